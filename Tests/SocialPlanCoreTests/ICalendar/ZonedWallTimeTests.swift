import Foundation
import XCTest
@testable import SocialPlanCore

/// Wall times become instants by RFC 5545's rule: gaps move forward, repeats take the first.
final class ZonedWallTimeTests: XCTestCase {
    private func instant(_ wall: ZonedWallTime) -> Int? { wall.instant.map { Int($0.timeIntervalSince1970) } }
    private func utc(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int = 0) -> Int {
        Int(VTimezoneEvaluator.date(DateComponents(year: y, month: m, day: d, hour: h, minute: min)).timeIntervalSince1970)
    }

    func testOrdinaryWallTimesMapToTheirInstant() {
        XCTAssertEqual(instant(ICalendarSamples.oslo(3, 28, 9)), utc(2026, 3, 28, 8))    // +01:00
        XCTAssertEqual(instant(ICalendarSamples.oslo(3, 30, 9)), utc(2026, 3, 30, 7))    // +02:00
        XCTAssertEqual(instant(ICalendarSamples.newYork(3, 9, 9)), utc(2026, 3, 9, 13))  // -04:00
    }

    func testWallTimeInASpringForwardGapMovesForwardByTheGap() {
        let oslo = ICalendarSamples.oslo(3, 29, 2, 30)
        XCTAssertEqual(instant(oslo), utc(2026, 3, 29, 1, 30))
        XCTAssertEqual(oslo.resolved.basicFormat, "20260329T033000", "written as the wall time it becomes")
        let newYork = ICalendarSamples.newYork(3, 8, 2, 30)
        XCTAssertEqual(instant(newYork), utc(2026, 3, 8, 7, 30))
        XCTAssertEqual(newYork.resolved.basicFormat, "20260308T033000")
    }

    func testRepeatedWallTimeMeansItsFirstOccurrence() {
        XCTAssertEqual(instant(ICalendarSamples.oslo(10, 25, 2, 30)), utc(2026, 10, 25, 0, 30))      // +02:00
        XCTAssertEqual(ICalendarSamples.oslo(10, 25, 2, 30).resolved.basicFormat, "20261025T023000")
        XCTAssertEqual(instant(ICalendarSamples.newYork(11, 1, 1, 30)), utc(2026, 11, 1, 5, 30))     // -04:00
    }

    func testOutOfRangeFieldsAreCarried() {
        let carried = ZonedWallTime(year: 2026, month: 13, day: 32, hour: 24, minute: 60, zone: "Europe/Oslo")
        XCTAssertEqual(carried.resolved.basicFormat, "20270202T010000")
        let back = ZonedWallTime(year: 2026, month: 1, day: 0, hour: -1, minute: 0, zone: "Etc/UTC")
        XCTAssertEqual(back.resolved.basicFormat, "20251230T230000Z")
    }

    func testUTCZonesAreWrittenWithZ() {
        let wall = ZonedWallTime(year: 2026, month: 3, day: 29, hour: 2, minute: 30, zone: "Etc/UTC")
        XCTAssertEqual(wall.resolved.form, .utc)
        XCTAssertEqual(instant(wall), utc(2026, 3, 29, 2, 30))
        XCTAssertEqual(wall.resolved.basicFormat, "20260329T023000Z")
    }

    func testUnknownZoneIsFloatingAndHasNoInstant() {
        let wall = ZonedWallTime(year: 2026, month: 3, day: 29, hour: 9, minute: 0, zone: "Mars/Olympus_Mons")
        XCTAssertNil(wall.instant)
        XCTAssertEqual(wall.resolved.form, .floating)
        XCTAssertEqual(wall.resolved.basicFormat, "20260329T090000")
    }

    /// Property: for random wall times, Foundation shows the resolved instant as the same wall
    /// time, unless the wall time is in a gap, where it shows a later one by exactly the gap.
    func testResolvedInstantShowsTheWallTimeOrTheGapShift() throws {
        var random = TestRandom(seed: 2026)
        let zones = ["Europe/Oslo", "America/New_York", "Australia/Lord_Howe", "America/Santiago", "Asia/Tokyo"]
        for sample in 0..<3000 {
            let zone = zones[Int.random(in: 0..<zones.count, using: &random)]
            let timeZone = try XCTUnwrap(TimeZone(identifier: zone))
            var day = DateComponents(year: Int.random(in: 2024...2028, using: &random), month: Int.random(in: 1...12, using: &random),
                                     day: Int.random(in: 1...28, using: &random))
            let changes = clockChangeDays(timeZone)
            if sample % 2 == 0, !changes.isEmpty {             // half the samples on the days clocks change
                day = changes[Int.random(in: 0..<changes.count, using: &random)]
            }
            let wall = ZonedWallTime(year: day.year ?? 0, month: day.month ?? 0, day: day.day ?? 0,
                                     hour: Int.random(in: 0...23, using: &random),
                                     minute: [0, 15, 30, 45][Int.random(in: 0..<4, using: &random)], zone: zone)
            let resolved = wall.resolved
            let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(resolved.instant)))
            XCTAssertEqual(resolved.wallSeconds, resolved.instant + offset, "written wall time must be the instant's")
            let shift = resolved.wallSeconds - wall.wallSeconds
            if shift != 0 {
                let before = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(resolved.instant - 7200)))
                XCTAssertEqual(shift, offset - before, "\(wall): only a gap may move a wall time, by the gap")
                XCTAssertGreaterThan(shift, 0)
            } else {
                let earlier = resolved.instant - 3600
                let earlierWall = earlier + timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(earlier)))
                XCTAssertNotEqual(earlierWall, wall.wallSeconds, "\(wall): an hour earlier shows the same time: not the first occurrence")
            }
        }
    }

    /// The local dates on which `timeZone` changes its clocks in 2024–2028, read from Foundation.
    private func clockChangeDays(_ timeZone: TimeZone) -> [DateComponents] {
        var days: [DateComponents] = []
        var cursor = Date(timeIntervalSince1970: TimeInterval(utc(2024, 1, 1, 0)))
        while let next = timeZone.nextDaylightSavingTimeTransition(after: cursor), next.timeIntervalSince1970 < TimeInterval(utc(2029, 1, 1, 0)) {
            let local = next.addingTimeInterval(TimeInterval(timeZone.secondsFromGMT(for: next.addingTimeInterval(-1))))
            days.append(VTimezoneEvaluator.utcCalendar.dateComponents([.year, .month, .day], from: local))
            cursor = next
        }
        return days
    }
}
