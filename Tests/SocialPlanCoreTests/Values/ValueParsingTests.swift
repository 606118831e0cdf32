import XCTest
@testable import SocialPlanCore

final class ValueParsingTests: XCTestCase {
    func testDurations() throws {
        XCTAssertEqual(try TimeSpan.parse("90s").get().seconds, 90)
        XCTAssertEqual(try TimeSpan.parse("1h30m").get().seconds, 5400)
        XCTAssertEqual(try TimeSpan.parse("2d").get().seconds, 172_800)
        XCTAssertEqual(TimeSpan(seconds: 5430).description, "1h30m30s")
        for bad in ["15", "1m1h", "1h1h", "m", "", "1.5h", "-5m", "1 h"] {
            XCTAssertThrowsError(try TimeSpan.parse(bad).get(), bad)
        }
    }

    func testClockTimesAndPeriods() throws {
        XCTAssertEqual(try ClockTime.parse("09:05").get().minutes, 545)
        XCTAssertEqual(try ClockTime.parse("9:05").get().minutes, 545)
        XCTAssertThrowsError(try ClockTime.parse("24:00").get())
        XCTAssertEqual(try ClockTime.parse("24:00", allowMidnightEnd: true).get().minutes, 1440)
        for bad in ["25:00", "12:60", "12", "12:5", "noon", "12:00:00"] {
            XCTAssertThrowsError(try ClockTime.parse(bad).get(), bad)
        }
        let night = try TimePeriod.parse("22:00-02:00").get()
        XCTAssertTrue(night.crossesMidnight)
        XCTAssertEqual(night.lengthMinutes, 240)
        XCTAssertEqual(try TimePeriod.parse("00:00-24:00").get().lengthMinutes, 1440)
        XCTAssertEqual(try TimePeriod.parse("08:00–20:00").get().lengthMinutes, 720, "en dash")
        XCTAssertEqual(try TimePeriod.parse("08:00-08:00").get().lengthMinutes, 1440, "end at start runs a full day")
    }

    func testWeekdaySets() throws {
        XCTAssertEqual(try Weekday.parseSet("mon-fri").get(), [.mon, .tue, .wed, .thu, .fri])
        XCTAssertEqual(try Weekday.parseSet("fri-mon").get(), [.mon, .fri, .sat, .sun])
        XCTAssertEqual(try Weekday.parseSet("mon,wed,fri").get(), [.mon, .wed, .fri])
        XCTAssertEqual(try Weekday.parseSet("Saturday").get(), [.sat])
        XCTAssertEqual(try Weekday.parseSet("daily").get().count, 7)
        XCTAssertThrowsError(try Weekday.parseSet("mon-fir").get())
        XCTAssertThrowsError(try Weekday.parseSet("mon,,fri").get())
    }

    func testPercentagesAreExact() throws {
        XCTAssertEqual(try Percentage.parse("90%").get().partsPerMillion, 900_000)
        XCTAssertEqual(try Percentage.parse("99.5 %").get().partsPerMillion, 995_000)
        XCTAssertEqual(try Percentage.parse("0.3").get().partsPerMillion, 300_000)
        XCTAssertEqual(Percentage(partsPerMillion: 995_000).description, "99.5%")
        XCTAssertEqual(Percentage(partsPerMillion: 123_450).description, "12.345%")
        XCTAssertThrowsError(try Percentage.parse("90").get())
        XCTAssertThrowsError(try Percentage.parse("ninety%").get())
    }

    func testDates() throws {
        XCTAssertEqual(try LocalDate.parse("2026-12-24").get().weekday, .thu)
        XCTAssertEqual(try LocalDate.parse("2024-02-29").get().adding(days: 1).description, "2024-03-01")
        XCTAssertThrowsError(try LocalDate.parse("2026-02-29").get())
        XCTAssertThrowsError(try LocalDate.parse("2026-13-01").get())
        XCTAssertThrowsError(try LocalDate.parse("26-12-24").get())
        let span = try DateSpan.parse("2026-12-24..2026-12-31").get()
        XCTAssertTrue(span.contains(try LocalDate.parse("2026-12-28").get()))
        XCTAssertTrue(try DateSpan.parse("2026-12-31..2026-12-24").get().isReversed)
    }

    func testDayNumbersRoundTripOverCenturies() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            XCTAssertEqual(LocalDate(dayNumber: n).dayNumber, n)
        }
        XCTAssertEqual(LocalDate(year: 1970, month: 1, day: 1).weekday, .thu)
    }

    func testCadences() throws {
        XCTAssertEqual(try Cadence.parse("3/week").get(), .perWeek(3))
        XCTAssertEqual(try Cadence.parse("2 / day").get(), .perDay(2))
        XCTAssertEqual(try Cadence.parse("weekdays").get().perWeekCount, 5)
        XCTAssertThrowsError(try Cadence.parse("0/week").get())
        XCTAssertThrowsError(try Cadence.parse("3/month").get())
    }

    func testSuggestions() {
        XCTAssertEqual(Suggestion.closest(to: "Europe/Olso", in: ZoneName.known), "Europe/Oslo")
        XCTAssertEqual(Suggestion.closest(to: "frist_reply", in: FormatSpec.sla.keyNames), "first_reply")
        XCTAssertNil(Suggestion.closest(to: "banana", in: FormatSpec.sla.keyNames))
        XCTAssertEqual(Suggestion.distance("kitten", "sitting"), 3)
    }
}
