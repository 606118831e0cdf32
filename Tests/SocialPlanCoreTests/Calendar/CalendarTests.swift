import XCTest
@testable import SocialPlanCore

final class CalendarTests: XCTestCase {
    private func date(_ s: String) throws -> LocalDate { try LocalDate.parse(s).get() }

    func testISOWeeks() throws {
        let w49 = try ISOWeek.parse("2026-W49").get()
        XCTAssertEqual(w49.monday, try date("2026-11-30"))
        XCTAssertEqual(w49.next.description, "2026-W50")
        XCTAssertEqual(ISOWeek.weeks(in: 2026), 53, "2026 starts on a Thursday")
        XCTAssertEqual(ISOWeek.weeks(in: 2027), 52)
        XCTAssertEqual(try ISOWeek.parse("2026-W53").get().next.description, "2027-W01")
        XCTAssertEqual(ISOWeek.containing(try date("2027-01-01")).description, "2026-W53")
        XCTAssertEqual(ISOWeek.containing(try date("2024-12-30")).description, "2025-W01")
        XCTAssertEqual(try ISOWeek.parse("2026w1").get().monday, try date("2025-12-29"))
        XCTAssertThrowsError(try ISOWeek.parse("2027-W53").get())
        XCTAssertThrowsError(try ISOWeek.parse("2026-49").get())
        XCTAssertThrowsError(try ISOWeek.parse("2026-W0").get())
    }

    func testWeeksWithAClockChangeHave167Or169Hours() throws {
        XCTAssertEqual(WeekTimeline(week: try ISOWeek.parse("2026-W13").get(), zone: "Europe/Oslo").hours, 167)
        XCTAssertEqual(WeekTimeline(week: try ISOWeek.parse("2026-W43").get(), zone: "Europe/Oslo").hours, 169)
        XCTAssertEqual(WeekTimeline(week: try ISOWeek.parse("2026-W43").get(), zone: "Europe/Oslo").intervalCount, 676)
        XCTAssertEqual(WeekTimeline(week: try ISOWeek.parse("2026-W49").get(), zone: "Europe/Oslo").intervalCount, 672)
        // New York changes on other dates.
        XCTAssertEqual(WeekTimeline(week: try ISOWeek.parse("2026-W13").get(), zone: "America/New_York").hours, 168)
        XCTAssertEqual(WeekTimeline(week: try ISOWeek.parse("2026-W10").get(), zone: "America/New_York").hours, 167)
    }

    /// The hour of the week is the wall clock's weekday and hour, across both of a year's
    /// clock changes, before 1970 and in a zone east of UTC.
    func testHourOfWeekIsTheWallClocksWeekdayAndHour() {
        for (zone, from) in [("Europe/Oslo", 1_774_000_000), ("America/New_York", -200_000_000), ("Australia/Sydney", 1_700_000_000)] {
            let clock = ZoneClock(zone: zone, from: from, to: from + 40_000_000)
            for instant in stride(from: from, to: from + 40_000_000, by: 3_541) {
                let wall = clock.wallTime(at: instant)
                XCTAssertEqual(clock.hourOfWeek(at: instant), (wall.date.weekday.rawValue - 1) * 24 + wall.minute / 60, "\(zone) \(instant)")
            }
        }
        // Monday 2026-12-07 00:30 in Oslo (UTC+1) is hour 0; the Sunday before, 23:30, is hour 167.
        let oslo = ZoneClock(zone: "Europe/Oslo", from: 1_790_000_000, to: 1_800_000_000)
        XCTAssertEqual(oslo.hourOfWeek(at: 1_796_599_800), 0)
        XCTAssertEqual(oslo.hourOfWeek(at: 1_796_599_800 - 3_600), 167)
    }

    func testWallTimesInGapsMoveForwardAndRepeatedOnesMeanTheFirst() throws {
        let oslo = ZoneClock(zone: "Europe/Oslo", from: 1_774_000_000, to: 1_796_000_000)
        let spring = try date("2026-03-29")
        // 02:30 does not exist: read with the winter offset, it shows as 03:30.
        let t = oslo.instant(of: spring, minute: 150)
        XCTAssertEqual(oslo.wallTime(at: t).minute, 210)
        XCTAssertFalse(oslo.exists(spring, minute: 150))
        XCTAssertTrue(oslo.exists(spring, minute: 180))
        // 02:30 on 2026-10-25 happens twice: the first is still summer time (UTC+2).
        let autumn = try date("2026-10-25")
        let first = oslo.instant(of: autumn, minute: 150)
        XCTAssertEqual(first, autumn.dayNumber * 86_400 + 150 * 60 - 7200)
        XCTAssertTrue(oslo.isRepeated(autumn, minute: 150))
        XCTAssertFalse(oslo.isRepeated(autumn, minute: 210))
        // Round trip on an ordinary day.
        let plain = try date("2026-06-10")
        XCTAssertEqual(oslo.wallTime(at: oslo.instant(of: plain, minute: 545)).minute, 545)
    }

    func testIntervalsCarryTheirLocalWallTime() throws {
        let timeline = WeekTimeline(week: try ISOWeek.parse("2026-W43").get(), zone: "Europe/Oslo")
        // Sunday 2026-10-25: 02:00–03:00 happens twice, so Sunday has 100 intervals.
        let sunday = try date("2026-10-25")
        let sundayIntervals = (0..<timeline.intervalCount).filter { timeline.wallTime(ofInterval: $0).date == sunday }
        XCTAssertEqual(sundayIntervals.count, 100)
        XCTAssertEqual(timeline.wallTime(ofInterval: timeline.intervalCount - 1).minute, 23 * 60 + 45)
    }
}
