import Foundation
import XCTest
@testable import SocialPlanCore

/// `VTIMEZONE`s come from the tz database's real transitions and say what it says.
final class TimeZoneDefinitionTests: XCTestCase {
    /// Seconds since 1970 of a UTC date-time.
    private func utc(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int = 0) -> Int {
        Int(VTimezoneEvaluator.date(DateComponents(year: y, month: m, day: d, hour: h, minute: min)).timeIntervalSince1970)
    }

    private func transitions(_ zone: String, year: Int) throws -> [ZoneTransition] {
        let timeZone = try XCTUnwrap(TimeZone(identifier: zone))
        return ZoneTransition.all(in: timeZone, window: utc(year, 1, 1, 0)..<utc(year + 1, 1, 1, 0))
    }

    func testOsloTransitionsIn2026AreTheRealOnes() throws {
        let found = try transitions("Europe/Oslo", year: 2026)
        XCTAssertEqual(found.map(\.instant), [utc(2026, 3, 29, 1), utc(2026, 10, 25, 1)])
        XCTAssertEqual(found.map(\.onset.basicFormat), ["20260329T020000", "20261025T030000"])
        XCTAssertEqual(found.map { "\(UTCOffset.format($0.offsetBefore))→\(UTCOffset.format($0.offsetAfter))" },
                       ["+0100→+0200", "+0200→+0100"])
        XCTAssertEqual(found.map(\.isDaylight), [true, false])
    }

    func testNewYorkTransitionsIn2026AreTheRealOnes() throws {
        let found = try transitions("America/New_York", year: 2026)
        XCTAssertEqual(found.map(\.instant), [utc(2026, 3, 8, 7), utc(2026, 11, 1, 6)])
        XCTAssertEqual(found.map(\.onset.basicFormat), ["20260308T020000", "20261101T020000"])
        XCTAssertEqual(found.map { "\(UTCOffset.format($0.offsetBefore))→\(UTCOffset.format($0.offsetAfter))" },
                       ["-0500→-0400", "-0400→-0500"])
        XCTAssertEqual(found.map(\.isDaylight), [true, false])
    }

    func testGoldenVTimezonesExpandToThe2026Transitions() {
        let evaluator = VTimezoneEvaluator(ICalendarWriter.render(ICalendarSamples.golden))
        XCTAssertEqual(evaluator.order, ["America/New_York", "Europe/Oslo"])
        func described(_ zone: String) -> [String] {
            evaluator.onsets(in: zone, years: 2026...2026).map {
                "\(Int($0.instant.timeIntervalSince1970)) \(UTCOffset.format($0.offsetFrom))→\(UTCOffset.format($0.offsetTo)) \($0.isDaylight ? "DAYLIGHT" : "STANDARD")"
            }
        }
        XCTAssertEqual(described("Europe/Oslo"), ["\(utc(2026, 3, 29, 1)) +0100→+0200 DAYLIGHT",
                                                  "\(utc(2026, 10, 25, 1)) +0200→+0100 STANDARD"])
        XCTAssertEqual(described("America/New_York"), ["\(utc(2026, 3, 8, 7)) -0500→-0400 DAYLIGHT",
                                                       "\(utc(2026, 11, 1, 6)) -0400→-0500 STANDARD"])
    }

    func testExplicitStyleListsEveryTransitionWithItsLocalOnset() throws {
        let timeZone = try XCTUnwrap(TimeZone(identifier: "Europe/Oslo"))
        let definition = TimeZoneDefinition(zone: "Europe/Oslo", timeZone: timeZone,
                                            covering: utc(2026, 3, 29, 7)...utc(2026, 3, 30, 14), style: .explicitTransitions)
        let lines = definition.observances.map {
            "\($0.isDaylight ? "D" : "S") \($0.onset.basicFormat) \(UTCOffset.format($0.offsetFrom)) \(UTCOffset.format($0.offsetTo))"
        }
        XCTAssertEqual(lines, [
            "S 20240101T010000 +0100 +0100",                       // the state at the window start
            "D 20240331T020000 +0100 +0200", "S 20241027T030000 +0200 +0100",
            "D 20250330T020000 +0100 +0200", "S 20251026T030000 +0200 +0100",
            "D 20260329T020000 +0100 +0200", "S 20261025T030000 +0200 +0100",
            "D 20270328T020000 +0100 +0200", "S 20271031T030000 +0200 +0100",
        ])
        XCTAssertTrue(definition.observances.allSatisfy { $0.rule == nil })
    }

    func testZoneWithoutDaylightSavingGetsOneStandardFrom1970() throws {
        let event = CalendarEvent(uid: "tokyo", summary: "Post",
                                  start: ZonedWallTime(year: 2026, month: 6, day: 1, hour: 9, minute: 0, zone: "Asia/Tokyo"),
                                  end: ZonedWallTime(year: 2026, month: 6, day: 1, hour: 9, minute: 0, zone: "Asia/Tokyo"),
                                  transparent: true)
        let text = ICalendarWriter.render(ICalendarDocument(stamp: ICalendarSamples.stamp, events: [event]))
        let evaluator = VTimezoneEvaluator(text)
        let observances = try XCTUnwrap(evaluator.zones["Asia/Tokyo"])
        XCTAssertEqual(observances.count, 1)
        XCTAssertEqual(observances.first?.isDaylight, false)
        XCTAssertEqual(observances.first?.dtstart, "19700101T000000")
        XCTAssertEqual(observances.first.map { [$0.offsetFrom, $0.offsetTo] }, [32_400, 32_400])
        XCTAssertTrue(text.contains("TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\n"))
    }

    func testIrregularRulesFallBackToExplicitTransitions() throws {
        // Morocco leaves +01 for Ramadan: dates follow the lunar calendar, no yearly rule fits.
        let timeZone = try XCTUnwrap(TimeZone(identifier: "Africa/Casablanca"))
        let definition = TimeZoneDefinition(zone: "Africa/Casablanca", timeZone: timeZone,
                                            covering: utc(2026, 3, 1, 0)...utc(2026, 3, 7, 0))
        XCTAssertTrue(definition.observances.allSatisfy { $0.rule == nil })
        XCTAssertGreaterThan(definition.observances.count, 2)
    }

    func testRuleThatAgreesOnlyForAFewYearsIsNotUsed() throws {
        // Israel: "Friday on or after 23 March" is the last Friday of March 2024–2027, not in 2028.
        let timeZone = try XCTUnwrap(TimeZone(identifier: "Asia/Jerusalem"))
        let definition = TimeZoneDefinition(zone: "Asia/Jerusalem", timeZone: timeZone,
                                            covering: utc(2026, 3, 1, 0)...utc(2026, 3, 7, 0))
        XCTAssertTrue(definition.observances.allSatisfy { $0.rule == nil })
        XCTAssertTrue(definition.observances.contains { $0.onset.basicFormat == "20260327T020000" && $0.isDaylight })
    }

    func testHalfHourOffsetsAreWrittenWithMinutes() throws {
        let timeZone = try XCTUnwrap(TimeZone(identifier: "Australia/Lord_Howe"))
        let definition = TimeZoneDefinition(zone: "Australia/Lord_Howe", timeZone: timeZone,
                                            covering: utc(2026, 6, 1, 0)...utc(2026, 6, 7, 0))
        let text = definition.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("TZOFFSETTO:+1030"), text)
        XCTAssertTrue(text.contains("TZOFFSETTO:+1100"), text)
        XCTAssertEqual(UTCOffset.format(-(36 * 60 + 45)), "-003645")
        XCTAssertEqual(UTCOffset.format(0), "+0000")
        XCTAssertEqual(UTCOffset.format(-12_600), "-0330")
    }

    /// Property: in both styles, for zones with every kind of history, the `VTIMEZONE` alone
    /// gives Foundation's offset at every hour from a year before the event to a year after.
    func testEveryVTimezoneAgreesWithTheTzDatabaseHourByHour() throws {
        let zones = ["Europe/Oslo", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe",
                     "Africa/Casablanca", "America/Santiago", "Europe/Dublin", "Asia/Tehran",
                     "Pacific/Chatham", "America/Mexico_City", "Asia/Tokyo", "America/St_Johns", "Asia/Jerusalem"]
        for style in [TimeZoneDefinition.Style.yearlyRulesWhenExact, .explicitTransitions] {
            for zone in zones {
                let timeZone = try XCTUnwrap(TimeZone(identifier: zone), zone)
                let event = CalendarEvent(uid: zone, summary: zone,
                                          start: ZonedWallTime(year: 2026, month: 1, day: 5, hour: 9, minute: 0, zone: zone),
                                          end: ZonedWallTime(year: 2026, month: 12, day: 20, hour: 17, minute: 0, zone: zone),
                                          transparent: false)
                let text = ICalendarWriter.render(ICalendarDocument(stamp: ICalendarSamples.stamp, events: [event]),
                                                  timeZoneStyle: style)
                let evaluator = VTimezoneEvaluator(text)
                let hours = stride(from: utc(2025, 1, 5, 0), through: utc(2027, 12, 20, 0), by: 3600)
                    .map { Date(timeIntervalSince1970: TimeInterval($0)) }
                let ours = evaluator.offsets(in: zone, at: hours, years: 2020...2030)
                let mismatches = zip(hours, ours).filter { $0.1 != timeZone.secondsFromGMT(for: $0.0) }.map { "\($0.0)" }
                XCTAssertEqual(mismatches.prefix(3), [], "\(zone) \(style): \(mismatches.count) hours differ")
            }
        }
    }

    func testYearlyRuleFindsLastAndNthWeekdays() throws {
        let lastSundays = [(2024, 31), (2025, 30), (2026, 29)].map { CivilDateTime(year: $0.0, month: 3, day: $0.1, hour: 2) }
        let last = try XCTUnwrap(YearlyRule(fitting: lastSundays))
        XCTAssertEqual(last.recurrence, "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        XCTAssertEqual(last.onset(in: 2027).basicFormat, "20270328T020000")
        let secondSundays = [(2024, 10), (2025, 9), (2026, 8)].map { CivilDateTime(year: $0.0, month: 3, day: $0.1, hour: 2) }
        XCTAssertEqual(YearlyRule(fitting: secondSundays)?.recurrence, "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")
        let mixed = [CivilDateTime(year: 2024, month: 4, day: 7, hour: 0), CivilDateTime(year: 2029, month: 4, day: 8, hour: 0)]
        XCTAssertNil(YearlyRule(fitting: mixed), "first and second Sunday: no single rule")
    }
}
