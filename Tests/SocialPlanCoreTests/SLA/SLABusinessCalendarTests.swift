import XCTest
@testable import SocialPlanCore

/// The DESIGN §5 examples and the shapes of care hours: lunch breaks, holidays, past midnight, 24:00.
final class SLABusinessCalendarTests: XCTestCase {
    typealias F = SLAFixture

    func testMentionBeforeOpeningAnsweredBeforeOpeningCountsNothing() {
        // DESIGN: a mention at 06:00 answered at 08:45, before opening, counts 0 business minutes.
        let c = F.officeHours
        XCTAssertEqual(c.businessSeconds(from: F.at("2026-11-25", 6), to: F.at("2026-11-25", 8, 45)), 0)
        XCTAssertEqual(c.businessSeconds(from: F.at("2026-11-25", 6), to: F.at("2026-11-25", 9, 45)), 45 * 60)
        XCTAssertEqual(c.dueInstant(from: F.at("2026-11-25", 6), targetSeconds: 1800), F.at("2026-11-25", 9, 30))
    }

    func testFridayAfternoonIsDueMondayMorning() {
        // DESIGN: Fri 16:45, 30-minute business target, hours Mon–Fri 09–17 → due Mon 09:15.
        let c = F.officeHours
        let mention = F.at("2026-11-27", 16, 45)
        XCTAssertEqual(LocalDate.parse("2026-11-27").map(\.weekday), .success(.fri))
        XCTAssertEqual(c.dueInstant(from: mention, targetSeconds: 1800), F.at("2026-11-30", 9, 15))
        XCTAssertEqual(c.businessSeconds(from: mention, to: F.at("2026-11-30", 9, 15)), 1800)
        // A limit used up exactly at closing is due at closing, not at the next opening.
        XCTAssertEqual(c.dueInstant(from: mention, targetSeconds: 900), F.at("2026-11-27", 17))
    }

    func testHolidayOnMondaySkipsTheWholeDay() {
        let c = F.calendar(F.hours(F.weekdays, "09:00-17:00"), holidays: ["2026-11-30"])
        XCTAssertEqual(c.dueInstant(from: F.at("2026-11-27", 16, 45), targetSeconds: 1800), F.at("2026-12-01", 9, 15))
        XCTAssertFalse(c.isOpen(at: F.at("2026-11-30", 12)))
        // A holiday range closes every day in it.
        let christmas = F.calendar(F.hours(F.weekdays, "09:00-17:00"), holidays: ["2026-12-24..2026-12-28"])
        XCTAssertEqual(christmas.dueInstant(from: F.at("2026-12-23", 16, 45), targetSeconds: 1800), F.at("2026-12-29", 9, 15))
    }

    func testLunchBreakIsSkipped() {
        let c = F.calendar(F.hours(F.weekdays, "08:00-11:30", "12:00-16:00"))
        XCTAssertEqual(c.dueInstant(from: F.at("2026-11-25", 11), targetSeconds: 3600), F.at("2026-11-25", 12, 30))
        XCTAssertEqual(c.businessSeconds(from: F.at("2026-11-25", 11), to: F.at("2026-11-25", 13)), 90 * 60)
        XCTAssertEqual(c.businessSeconds(from: F.at("2026-11-25", 0), to: F.at("2026-11-26", 0)), 450 * 60)
        XCTAssertFalse(c.isOpen(at: F.at("2026-11-25", 11, 45)))
        XCTAssertTrue(c.isOpen(at: F.at("2026-11-25", 12)))
        XCTAssertFalse(c.isOpen(at: F.at("2026-11-25", 11, 30)))
        XCTAssertTrue(c.isOpen(at: F.at("2026-11-25", 11, 29, second: 59)))
    }

    func testPeriodPastMidnightWrapsFromSundayIntoMonday() {
        let c = F.calendar(F.hours([.sun], "22:00-02:00"))
        // Sun 2026-11-29 23:30 with a one-hour limit: 30 minutes on Sunday, 30 on Monday.
        XCTAssertEqual(c.dueInstant(from: F.at("2026-11-29", 23, 30), targetSeconds: 3600), F.at("2026-11-30", 0, 30))
        XCTAssertTrue(c.isOpen(at: F.at("2026-11-30", 1, 59)))
        XCTAssertFalse(c.isOpen(at: F.at("2026-11-30", 2)))
        XCTAssertFalse(c.isOpen(at: F.at("2026-11-30", 23)))
        XCTAssertEqual(c.businessSeconds(from: F.at("2026-11-23", 0), to: F.at("2026-11-30", 0)), 4 * 3600,
                       "the week before: Mon 00–02 carried over from the Sunday before, and Sun 22–24")
        // Spanning a week: the next opening is the following Sunday 22:00.
        XCTAssertEqual(c.dueInstant(from: F.at("2026-11-30", 1, 30), targetSeconds: 3600), F.at("2026-12-06", 22, 30))
    }

    func testHolidayTestUsesTheInstantsOwnDate() {
        // Every night 22:00–02:00; Monday 2026-11-30 is a holiday: Sunday's period stops at
        // midnight, Monday's own period is closed, and its part on Tuesday is open.
        let c = F.calendar(F.hours(Weekday.allCases, "22:00-02:00"), holidays: ["2026-11-30"])
        XCTAssertTrue(c.isOpen(at: F.at("2026-11-29", 23, 59)))
        XCTAssertFalse(c.isOpen(at: F.at("2026-11-30", 0, 30)))
        XCTAssertFalse(c.isOpen(at: F.at("2026-11-30", 22, 30)))
        XCTAssertTrue(c.isOpen(at: F.at("2026-12-01", 0)))
        XCTAssertEqual(c.dueInstant(from: F.at("2026-11-29", 23, 30), targetSeconds: 3600), F.at("2026-12-01", 0, 30))
    }

    func testMidnightEndAndWholeDays() {
        let evenings = F.calendar(F.hours(F.weekdays, "18:00-24:00"))
        XCTAssertTrue(evenings.isOpen(at: F.at("2026-11-30", 23, 59, second: 59)))
        XCTAssertFalse(evenings.isOpen(at: F.at("2026-12-01", 0)))
        XCTAssertEqual(evenings.dueInstant(from: F.at("2026-11-30", 23, 30), targetSeconds: 3600), F.at("2026-12-01", 18, 30))
        XCTAssertEqual(evenings.dueInstant(from: F.at("2026-11-30", 18), targetSeconds: 6 * 3600), F.at("2026-12-01", 0))
        // Whole days touching each other merge into one open range: Mon 00:00 … Wed 00:00.
        let twoDays = F.calendar(F.hours([.mon, .tue], "00:00-24:00"))
        let week = twoDays.openIntervals.filter { $0.lowerBound >= F.at("2026-11-30", 0) && $0.lowerBound < F.at("2026-12-07", 0) }
        XCTAssertEqual(week, [F.at("2026-11-30", 0)..<F.at("2026-12-02", 0)])
    }

    func testOverlappingPeriodsCountOnce() {
        let c = F.calendar(F.hours([.wed], "09:00-12:00", "11:00-13:00"))
        XCTAssertEqual(c.businessSeconds(from: F.at("2026-11-25", 0), to: F.at("2026-11-26", 0)), 4 * 3600)
    }

    func testNoHoursNeverFallDue() {
        let c = F.calendar(.none)
        XCTAssertTrue(c.openIntervals.isEmpty)
        XCTAssertNil(c.dueInstant(from: F.at("2026-11-25", 9), targetSeconds: 60))
        XCTAssertEqual(c.dueInstant(from: F.at("2026-11-25", 9), targetSeconds: 0), F.at("2026-11-25", 9))
        XCTAssertEqual(c.businessSeconds(from: F.from, to: F.to), 0)
    }

    func testOutsideTheSpanIsClosedAndDueBeyondItIsNil() {
        let c = BusinessCalendar(hours: .always, holidays: [], zone: F.zone, from: 1000, to: 2000)
        c._checkInvariants()
        XCTAssertEqual(c.openIntervals, [1000..<2000])
        XCTAssertEqual(c.businessSeconds(from: 0, to: 5000), 1000)
        XCTAssertFalse(c.isOpen(at: 999))
        XCTAssertFalse(c.isOpen(at: 2000))
        XCTAssertEqual(c.dueInstant(from: 500, targetSeconds: 1000), 2000)
        XCTAssertNil(c.dueInstant(from: 500, targetSeconds: 1001))
        XCTAssertEqual(c.businessSeconds(from: 1800, to: 1200), 0, "time runs forward")
        // Extreme instants and limits neither trap nor wrap.
        XCTAssertFalse(c.isOpen(at: .max))
        XCTAssertFalse(c.isOpen(at: .min))
        XCTAssertEqual(c.businessSeconds(from: .min, to: .max), 1000)
        XCTAssertNil(c.dueInstant(from: 500, targetSeconds: .max))
        XCTAssertNil(SLAClock(clock: .calendar, calendar: c).due(from: 500, targetSeconds: .max))
    }

    func testBuildsFromCare() {
        var hours = WeeklyHours.none
        hours[.mon] = [TimePeriod(start: ClockTime(hour: 9, minute: 0), end: ClockTime(hour: 17, minute: 0))]
        let care = Care(hours: hours, holidays: [Located(DateSpan(first: F.day("2026-11-30"), last: F.day("2026-11-30")),
                                                         at: SourcePosition(line: 1, column: 1))],
                        positions: KeyPositions(own: SourcePosition(line: 1, column: 1)))
        let c = BusinessCalendar(care: care, zone: F.zone, from: F.from, to: F.to)
        XCTAssertFalse(c.isOpen(at: F.at("2026-11-30", 10)))
        XCTAssertTrue(c.isOpen(at: F.at("2026-12-07", 10)))
    }
}
