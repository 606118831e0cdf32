import XCTest
@testable import SocialPlanCore

/// Precise checks of the rules that reason about time: zones, daylight saving, coverage.
final class TimeRuleTests: XCTestCase {
    func testOsloDaylightSavingChangesAreFoundOncePerZone() throws {
        let changes = ClockChange.changes(in: "Europe/Oslo")
        XCTAssertEqual(changes.count, 24, "two a year from 2024 to 2035")
        let first = try XCTUnwrap(changes.first)
        XCTAssertEqual(first.kind, .skipped)
        XCTAssertEqual(first.dates, [LocalDate(year: 2024, month: 3, day: 31)])
        XCTAssertEqual("\(first.clockFrom)–\(first.clockTo)", "02:00–03:00")
        XCTAssertEqual(changes[1].kind, .repeated)
        XCTAssertEqual("\(changes[1].clockFrom)→\(changes[1].clockTo)", "03:00→02:00")
        XCTAssertTrue(ClockChange.changes(in: "Asia/Tokyo").isEmpty)
        XCTAssertTrue(ClockChange.changes(in: "Nowhere/Atlantis").isEmpty)
    }

    func testOsloWindowInTheSpringGapAndTheAutumnRepeat() throws {
        let text = """
            team:
              nils: { available: { sat-sun: "22:00-06:00" } }
            content:
              night-post: { by: [nils], every: 1/week, at: { sun: "02:00-04:00" } }
            """
        let found = RuleTestSupport.findings(DSTBoundaryRule.self, text)
        XCTAssertEqual(found.map(\.message), [
            "stream `night-post` posting window (Europe/Oslo): 02:00 on Sundays does not exist on 2026-03-29 (clocks go from 02:00 to 03:00) and happens twice on 2026-10-25 (clocks go back from 03:00 to 02:00)",
        ])
        XCTAssertEqual(found.first?.position, RuleTestSupport.position(of: "at:", in: text))
        XCTAssertEqual(found.first?.help, "move the boundary out of 02:00–03:00, e.g. to 03:00, so it happens exactly once every day")
    }

    func testNewYorkMemberAvailabilityInTheNovemberRepeat() throws {
        let text = """
            team:
              ola: { timezone: America/New_York, available: { sun: "01:30-03:00" } }
            """
        let found = RuleTestSupport.findings(DSTBoundaryRule.self, text)
        // 03:00 exists once on both change days; only 01:30 is flagged (repeated in November).
        XCTAssertEqual(found.map(\.message), [
            "member `ola` availability (America/New_York): 01:30 on Sundays happens twice on 2026-11-01 (clocks go back from 02:00 to 01:00)",
        ])
        XCTAssertEqual(found.first?.position, RuleTestSupport.position(of: "available:", in: text))
    }

    func testNewYorkStrategyWindowInTheMarchGap() throws {
        let text = """
            version: 1
            name: Brightdesk
            timezone: America/New_York
            team:
              sam: { available: { sun: "00:00-12:00" } }
            content:
              weekly-digest: { by: [sam], every: 1/week, at: { sun: "02:15-02:45" } }
            """
        let found = RuleTestSupport.findings(DSTBoundaryRule.self, text)
        XCTAssertEqual(found.map(\.message), [
            "stream `weekly-digest` posting window (America/New_York): 02:15 on Sundays does not exist on 2026-03-08 (clocks go from 02:00 to 03:00)",
            "stream `weekly-digest` posting window (America/New_York): 02:45 on Sundays does not exist on 2026-03-08 (clocks go from 02:00 to 03:00)",
        ])
    }

    func testPeriodPastMidnightIsCheckedOnTheDayItEnds() {
        let text = """
            team:
              kari: { roles: [care], available: { mon-sun: "00:00-24:00" } }
            care:
              hours: { sat: "22:00-02:30" }
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90% }
            """
        let found = RuleTestSupport.findings(DSTBoundaryRule.self, text)
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found.first?.message.hasPrefix("care hours (Europe/Oslo): 02:30 on Sundays does not exist on 2026-03-29") ?? false,
                      found.first?.message ?? "")
    }

    func testCareStaffInAnotherZoneAreSeenOnTheStrategyClock() throws {
        // Ola works 08:00–12:00 in New York: 14:00–18:00 in Oslo, so 18:00–20:00 stays open.
        let text = """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
              ola: { roles: [care], timezone: America/New_York, available: { mon-fri: "08:00-12:00" } }
            care:
              hours: { mon-fri: "08:00-20:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90% }
            """
        let found = RuleTestSupport.findings(CareHoursUncoveredRule.self, text)
        XCTAssertEqual(found.map(\.message), ["care hours Mon–Fri 18:00–20:00 have nobody from care staff available"])
        XCTAssertEqual(found.first?.position, RuleTestSupport.position(of: "hours:", in: text))
        XCTAssertEqual(found.first?.notes.first?.position, RuleTestSupport.position(of: "staff:", in: text))
        XCTAssertEqual(found.first?.notes.first?.message, "care staff is named here: kari and ola")
    }

    func testUncoveredBlocksStopAtFiveThenCount() {
        let text = """
            team:
              kari: { roles: [care], available: { mon-sun: "10:00-11:00" } }
            care:
              hours: { mon: "08:00-12:00", tue: "08:30-12:00", wed: "09:00-12:00", thu: "09:30-12:00", fri: "08:15-12:00", sat: "08:45-12:00", sun: "09:15-12:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90% }
            """
        let found = RuleTestSupport.findings(CareHoursUncoveredRule.self, text)
        XCTAssertEqual(found.map(\.message), [
            "care hours Mon 08:00–10:00, every day 11:00–12:00, Tue 08:30–10:00, Wed 09:00–10:00, Thu 09:30–10:00 and 3 more have nobody from care staff available",
        ])
    }

    func testCalendarClockSaysHowMuchOfTheWeekIsCovered() {
        let found = RuleTestSupport.findings(CalendarClockPartTimeRule.self, CalendarClockPartTimeRule.description.triggering[0])
        XCTAssertEqual(found.first?.message, "sla `urgent` counts on the calendar clock, but care hours cover 60 of 168 hours a week, so mentions after hours will breach")
    }

    func testOverbookingUsesTheMembersOwnZone() {
        // 03:00–05:00 in New York is 09:00–11:00 in Oslo: exactly the window; 04:30–12:00
        // overlaps the 09:00–11:00 window by only 30 minutes a day.
        XCTAssertEqual(RuleTestSupport.findings(MemberOverbookedRule.self, MemberOverbookedRule.description.nonTriggering[2]).map(\.message), [])
        let shifted = MemberOverbookedRule.description.nonTriggering[2].replacingOccurrences(of: "03:00-05:00", with: "04:00-05:00")
        let found = RuleTestSupport.findings(MemberOverbookedRule.self, shifted)
        XCTAssertEqual(found.map(\.message), [])   // 1h inside the window: the 1h session fits
        let tooShort = MemberOverbookedRule.description.nonTriggering[2].replacingOccurrences(of: "03:00-05:00", with: "04:30-12:00")
        XCTAssertEqual(RuleTestSupport.findings(MemberOverbookedRule.self, tooShort).map(\.message), [
            "member `ola` is the only author of `community-hour`, which needs 1h on Mon–Fri, but is available only 30m inside its windows on those days",
        ])
    }

    func testMemberOverbookedPointsAtTheBindingLimit() {
        let text = MemberOverbookedRule.description.triggering[0]
        let found = RuleTestSupport.findings(MemberOverbookedRule.self, text)
        XCTAssertEqual(found.map(\.message), [
            "member `ola` is the only author of streams that need 12h30m a week (`community-hour` 10h, `follow-back` 2h30m), but max_hours_per_week is 10",
        ])
        XCTAssertEqual(found.first?.position, RuleTestSupport.position(of: "max_hours_per_week:", in: text))
        XCTAssertEqual(found.first?.notes.count, 2)
    }
}
