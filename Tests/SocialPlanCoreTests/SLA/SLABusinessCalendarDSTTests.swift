import XCTest
@testable import SocialPlanCore

/// Care hours on the nights the clocks change (Europe/Oslo, 2026-03-29 and 2026-10-25, both Sundays).
final class SLABusinessCalendarDSTTests: XCTestCase {
    typealias F = SLAFixture

    private func openSeconds(on date: String, _ c: BusinessCalendar) -> Int {
        let d = F.day(date)
        return c.businessSeconds(from: F.at(date, 0), to: F.clock.instant(of: d.adding(days: 1), minute: 0))
    }

    func testSpringForwardCountsOnlyWallTimesThatOccur() {
        // 01:00–04:00 on the spring night: 01:00–02:00 CET and 03:00–04:00 CEST, 2 real hours.
        XCTAssertEqual(openSeconds(on: "2026-03-29", F.calendar(F.hours([.sun], "01:00-04:00"))), 2 * 3600)
        // A period ending inside the skipped hour ends when the clock jumps.
        XCTAssertEqual(openSeconds(on: "2026-03-29", F.calendar(F.hours([.sun], "01:00-02:30"))), 3600)
        // A period wholly inside the skipped hour never happens.
        XCTAssertEqual(openSeconds(on: "2026-03-29", F.calendar(F.hours([.sun], "02:00-03:00"))), 0)
        // The whole day is 23 hours long.
        XCTAssertEqual(openSeconds(on: "2026-03-29", F.calendar(.always)), 23 * 3600)
        XCTAssertEqual(openSeconds(on: "2026-03-22", F.calendar(F.hours([.sun], "01:00-04:00"))), 3 * 3600)
    }

    func testFallBackCountsTheRepeatedHourTwice() {
        // 01:00–04:00 on the autumn night: 01:00–03:00 CEST, then 02:00–04:00 CET, 4 real hours.
        XCTAssertEqual(openSeconds(on: "2026-10-25", F.calendar(F.hours([.sun], "01:00-04:00"))), 4 * 3600)
        // 02:30–05:00: 02:30–03:00 CEST, 02:30–03:00 CET and 03:00–05:00 CET = 3 hours; the
        // stretch 02:00–02:30 CET reads before 02:30 and is closed.
        let c = F.calendar(F.hours([.sun], "02:30-05:00"))
        XCTAssertEqual(openSeconds(on: "2026-10-25", c), 3 * 3600)
        let firstHalfPastTwo = 1_792_888_200 // 2026-10-25 00:30 UTC = 02:30 CEST
        XCTAssertTrue(c.isOpen(at: firstHalfPastTwo))
        XCTAssertFalse(c.isOpen(at: firstHalfPastTwo + 1800), "02:00 CET, the second 02:00")
        XCTAssertTrue(c.isOpen(at: firstHalfPastTwo + 3600), "02:30 CET, the second 02:30")
        XCTAssertEqual(openSeconds(on: "2026-10-25", F.calendar(.always)), 25 * 3600)
    }

    func testDueAcrossTheChange() {
        // Open 00:00–06:00 on Sundays; a 4-hour limit from 00:00 ends at wall 05:00 in spring
        // (one hour skipped) and at wall 03:00 in autumn (one hour repeated).
        let c = F.calendar(F.hours([.sun], "00:00-06:00"))
        XCTAssertEqual(c.dueInstant(from: F.at("2026-03-29", 0), targetSeconds: 4 * 3600), F.at("2026-03-29", 5))
        let autumn = c.dueInstant(from: F.at("2026-10-25", 0), targetSeconds: 4 * 3600)
        XCTAssertEqual(autumn.map { F.clock.wallTime(at: $0).minute }, 180)
        XCTAssertEqual(autumn.map { $0 - F.at("2026-10-25", 0) }, 4 * 3600)
    }

    func testUnknownZoneReadsAsUTC() {
        let c = BusinessCalendar(hours: F.hours([.thu], "00:00-01:00"), holidays: [], zone: "Nowhere/Atlantis", from: 0, to: 86_400 * 7)
        XCTAssertEqual(c.openIntervals, [0..<3600], "1970-01-01 was a Thursday")
    }
}
