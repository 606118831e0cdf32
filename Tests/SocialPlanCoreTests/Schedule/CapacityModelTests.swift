import XCTest
@testable import SocialPlanCore

/// The one capacity model (docs/staffing-math.md): each test pins a way the plan used to
/// disagree with the simulation.
final class CapacityModelTests: XCTestCase {
    private let week = "2026-W49"

    private func plan(_ text: String) throws -> (Strategy, WeekSchedule) {
        let loaded = StrategyLoader.load(text)
        XCTAssertFalse(loaded.diagnostics.contains { $0.severity == .error }, "\(loaded.diagnostics)")
        let strategy = try XCTUnwrap(loaded.strategy, "\(loaded.diagnostics)")
        return (strategy, WeekScheduler.schedule(strategy, week: try ISOWeek.parse(week).get()))
    }

    /// 4 mentions an hour, 6 minutes each, 95 % within an hour, 25 % shrinkage: one agent
    /// answering. The old per-interval ceiling planned two on duty (⌈1 / 0.75⌉).
    func testShrinkageOnALowVolumeWeekDoesNotDoubleTheRequirement() throws {
        let (_, schedule) = try plan(quietShop(limit: "1h"))
        let open = schedule.staffing.filter { $0.arrivals > 0 }
        XCTAssertEqual(open.count, 5 * 32)
        XCTAssertTrue(open.allSatisfy { $0.rawRequired == 1 }, "\(Set(open.map(\.rawRequired)))")
        XCTAssertTrue(open.allSatisfy { $0.required == 1 }, "\(Set(open.map(\.required)))")
        XCTAssertEqual(open[0].needed, 1 / 0.75, accuracy: 1e-9)
        // Over the week the plan asks for the answering hours, not twice them: 32 intervals a
        // day plus the three quarter-hours after 17:00 that drain work arriving just before (the
        // calendar clock keeps counting and the 1-hour limit spans four intervals).
        XCTAssertEqual(schedule.staffing.reduce(0) { $0 + $1.required }, 5 * 35)
    }

    /// The same shop with a 30-minute promise: a break is as long as the limit, so breaks must be
    /// covered and the interval plans ⌈1 / 0.75⌉ = 2 on duty.
    func testARealTimeLimitCoversBreaks() throws {
        let (_, schedule) = try plan(quietShop(limit: "30m"))
        let open = schedule.staffing.filter { $0.arrivals > 0 }
        XCTAssertTrue(open.allSatisfy { $0.rawRequired == 1 && $0.required == 2 }, "\(Set(open.map(\.required)))")
    }

    private func quietShop(limit: String) -> String {
        """
            version: 1
            name: Quiet shop
            timezone: Europe/Oslo
            team:
              ada: { roles: [care], available: { mon-fri: "09:00-17:00" } }
            care:
              hours: { mon-fri: "09:00-17:00" }
              staff: [role: care]
              handle_time: 6m
              shrinkage: 25%
              sla: { normal: { first_reply: \(limit), target: 95%, clock: calendar } }
            mentions:
              per_week: 160
              profile:
                mon-fri: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
                sat,sun: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
            """
    }

    /// About four arrivals in the hour with a 12-minute handle time and a 1-hour limit: the
    /// work is 0.8 agent-hours, so two agents are plenty; the old per-interval occupancy cap
    /// asked for five or more.
    func testAOneHourLimitWithFourArrivalsAndTwelveMinuteHandleNeedsTwoAtMost() throws {
        let (_, schedule) = try plan("""
            version: 1
            name: Burst
            timezone: Europe/Oslo
            team:
              ada: { roles: [care], available: { tue: "14:00-17:00" } }
            care:
              hours: { tue: "14:00-17:00" }
              staff: [role: care]
              handle_time: 12m
              max_occupancy: 80%
              sla: { normal: { first_reply: 1h, target: 90% } }
            mentions:
              per_week: 4
              profile:
                tue: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]
                mon,wed,thu,fri,sat,sun: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
            """)
        let busiest = try XCTUnwrap(schedule.staffing.max { $0.required < $1.required })
        XCTAssertGreaterThan(busiest.required, 0)
        XCTAssertLessThanOrEqual(busiest.required, 2)
    }

    /// A reply session is care work: it counts as capacity and the member's care shift can run
    /// through it.
    func testAReplySessionCountsAsCareCapacityAndDoesNotEndAShift() throws {
        let (_, schedule) = try plan("""
            version: 1
            name: Sessions
            timezone: Europe/Oslo
            team:
              ada: { roles: [care], available: { mon: "08:00-16:00" } }
            content:
              inbox:
                kind: reply-session
                by: [ada]
                every: 1/week
                at: { mon: "11:00-11:30" }
                duration: 30m
            care:
              hours: { mon: "08:00-16:00" }
              staff: [role: care]
              handle_time: 5m
              rota: { min_shift: 8h }
              sla: { normal: { first_reply: 1h, target: 90% } }
            mentions:
              per_week: 40
              profile:
                mon: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]
                tue,wed,thu,fri,sat,sun: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
            """)
        let session = try XCTUnwrap(schedule.posts.first { $0.kind == .replySession })
        let i = try XCTUnwrap(schedule.timeline.interval(containing: session.start))
        XCTAssertGreaterThanOrEqual(schedule.staffing[i].scheduled, 1)
        // One 8-hour shift is only possible if the session does not break her availability.
        XCTAssertEqual(schedule.shifts.count, 1, "\(schedule.shifts)")
        XCTAssertEqual(schedule.shifts.first?.minutes, 480)
        XCTAssertTrue(schedule.gaps.isEmpty, "\(schedule.gaps)")
    }

    /// A student capped at 20 hours a week gets at most 20 hours of care, sessions and tasks
    /// together, however much is needed.
    func testAStudentAtTwentyHoursGetsNoMoreThanTwentyHoursOfAllDuties() throws {
        let (_, schedule) = try plan("""
            version: 1
            name: Student
            timezone: Europe/Oslo
            team:
              sam: { roles: [care], available: { mon-fri: "08:00-18:00" }, max_hours_per_week: 20 }
            content:
              inbox:
                kind: reply-session
                by: [sam]
                every: 2/week
                at: { mon-fri: "08:00-09:00" }
                duration: 30m
              admin: { kind: task, by: [sam], every: 1/week, duration: 1h, at: { fri: "16:00-18:00" } }
            care:
              hours: { mon-fri: "08:00-18:00" }
              staff: [role: care]
              handle_time: 10m
              sla: { normal: { first_reply: 1h, target: 90% } }
            mentions:
              per_week: 300
              profile:
                mon-fri: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0]
                sat,sun: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
            """)
        let care = schedule.shifts.reduce(0) { $0 + $1.minutes }
        let duties = schedule.posts.filter { $0.author == "sam" }.reduce(0) { $0 + ($1.end - $1.start) / 60 }
        XCTAssertEqual(duties, 120)
        XCTAssertLessThanOrEqual(care + duties, 20 * 60)
        XCTAssertGreaterThan(care, 0)
        // The gap names the weekly limit as the reason.
        XCTAssertTrue(schedule.gaps.contains { $0.cover.contains { $0.member == "sam" && $0.reason == .weeklyLimit } })
    }

    /// Occupancy is work done over answering time: never above 100 %, even when the team is
    /// swamped and agents finish mentions after their shift.
    func testOccupancyNeverPassesOneHundredPercent() throws {
        let (strategy, schedule) = try plan("""
            version: 1
            name: Swamped
            timezone: Europe/Oslo
            team:
              ada: { roles: [care], available: { mon-fri: "09:00-12:00" } }
            care:
              hours: { mon-fri: "09:00-12:00" }
              staff: [role: care]
              handle_time: 20m
              shrinkage: 30%
              sla: { normal: { first_reply: 1h, target: 90% } }
            mentions:
              per_week: 400
              profile:
                mon-fri: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
                sat,sun: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
            """)
        let report = WeekCheck.report(strategy: strategy, schedule: schedule, seed: 3, replications: .fixed(4))
        let team = try XCTUnwrap(report.teamOccupancy)
        XCTAssertLessThanOrEqual(team.mean, 1 + 1e-12)
        XCTAssertGreaterThan(team.mean, 0.9)
        XCTAssertTrue(report.intervals.allSatisfy { ($0.occupancy ?? 0) <= 1 + 1e-12 })
        XCTAssertTrue(report.members.allSatisfy { ($0.occupancy?.mean ?? 0) <= 1 + 1e-12 })
        XCTAssertGreaterThan(report.overrunHours.mean, 0, "agents finish after their shift: counted apart")
    }

    func testMovedToOpenCarriesClosedWorkToTheNextOpenIntervalAcrossTheWeekEnd() {
        let moved = CareRequirement.movedToOpen([1, 2, 3, 4, 5], open: [false, true, false, true, false])
        let expected: [Double] = [0, 8, 0, 7, 0]   // 5 wraps round to 1 and 2; 3 joins 4
        XCTAssertEqual(moved, expected)
    }

    func testTrailingMeanLooksBackOverOpenIntervalsOnly() {
        let mean = CareRequirement.trailingMean([4, 0, 8, 0, 2], open: [true, false, true, false, true], window: 2)
        let expected: [Double] = [3, 0, 6, 0, 5]   // (2+4)/2, closed, (4+8)/2, closed, (8+2)/2
        XCTAssertEqual(mean, expected)
    }

    func testOnDutyRoundsTheFractionalNeedToTheNearestAgent() {
        XCTAssertEqual(CareRequirement.onDuty(answering: 0, keep: 0.75), 0)
        XCTAssertEqual(CareRequirement.onDuty(answering: 1, keep: 0.75), 1)    // 1.33
        XCTAssertEqual(CareRequirement.onDuty(answering: 2, keep: 0.75), 3)    // 2.67
        XCTAssertEqual(CareRequirement.onDuty(answering: 3, keep: 0.75), 4)    // 4.00
        XCTAssertEqual(CareRequirement.onDuty(answering: 1, keep: 0.4), 3)     // 2.5 rounds up
        XCTAssertEqual(CareRequirement.onDuty(answering: 21, keep: 0.7), 30)
    }
}
