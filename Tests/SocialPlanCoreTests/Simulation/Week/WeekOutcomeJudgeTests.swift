import XCTest
@testable import SocialPlanCore

/// Simulated outcomes judged on business clocks: DESIGN §5's Friday evening, opening time,
/// holidays, split hours, unanswered mentions at the end of the week, follow-ups, warm-up.
final class WeekOutcomeJudgeTests: XCTestCase {
    typealias F = SLAFixture
    static let week = (try? ISOWeek.parse("2026-W49").get()) ?? ISOWeek(year: 2026, week: 49)
    static let timeline = WeekTimeline(week: week, zone: F.zone)     // Mon 30 Nov – Sun 6 Dec 2026
    static let measures = [
        SLAMeasure(level: 0, priority: "normal", metric: .firstReply, limitSeconds: 1800, target: 0.9, clock: .business),
        SLAMeasure(level: 0, priority: "normal", metric: .nextReply, limitSeconds: 3600, target: 0.9, clock: .business),
    ]

    private func judge(_ calendar: BusinessCalendar, warmUp: Int = 0) -> WeekOutcomeJudge {
        let span = SimulationSpan(timeline: Self.timeline, warmUpIntervals: warmUp)
        return WeekOutcomeJudge(replication: 0, span: span, timeline: Self.timeline, measures: Self.measures, levels: 1,
                                calendar: calendar)
    }

    /// An outcome for a mention at `arrival` (a real instant) started at `start` (nil: never) taking `handle` seconds.
    private func outcome(id: Int = 0, _ arrival: Int, start: Int?, handle: Double = 0, warmUp: Int = 0,
                         followingUp firstContact: Int? = nil) -> MentionOutcome {
        let origin = Double(Self.timeline.start - warmUp * 900)
        return MentionOutcome(mention: SimulatedMention(id: id, arrival: Double(arrival) - origin, priority: 0, handleTime: handle,
                                                        firstContact: firstContact),
                              start: start.map { Double($0) - origin })
    }

    func testFridayEveningMentionIsPendingAtTheWeekEndAndThursdayEveningIsDueNextMorning() {
        var j = judge(F.officeHours)
        j.record(outcome(F.at("2026-12-04", 16, 45), start: nil))                                // due Mon 7 Dec 09:15
        j.record(outcome(F.at("2026-12-03", 16, 45), start: F.at("2026-12-04", 9, 5), handle: 300))  // reply 09:10, due 09:15
        j.record(outcome(F.at("2026-12-03", 16, 50), start: F.at("2026-12-04", 9, 16), handle: 300)) // reply 09:21, due 09:20
        let r = j.finish()
        XCTAssertEqual(r.tallies[0].pending, 1)
        XCTAssertEqual(r.tallies[0].met, 1)
        XCTAssertEqual(r.tallies[0].breached, 1)
        XCTAssertEqual(r.tallies[0].breachedUnanswered, 0)
    }

    func testReplyBeforeOpeningCountsZeroBusinessMinutes() {
        var j = judge(F.officeHours)
        j.record(outcome(F.at("2026-12-01", 6, 0), start: F.at("2026-12-01", 8, 40), handle: 300))   // replied 08:45
        let r = j.finish()
        XCTAssertEqual(r.tallies[0].met, 1)
        XCTAssertEqual(r.tallies[0].p50, 0, "no business time passed before opening")
    }

    func testHolidayDoesNotCountAndUnansweredPastDueIsABreach() {
        var j = judge(F.calendar(F.hours(F.weekdays, "09:00-17:00"), holidays: ["2026-12-02"]))
        j.record(outcome(F.at("2026-12-02", 10, 0), start: F.at("2026-12-03", 9, 20), handle: 0))   // due Thu 09:30
        j.record(outcome(F.at("2026-12-02", 10, 0), start: F.at("2026-12-03", 9, 40), handle: 0))   // after the due instant
        j.record(outcome(F.at("2026-11-30", 10, 0), start: nil))                                     // due Mon 10:30, never answered
        let r = j.finish()
        XCTAssertEqual(r.tallies[0].met, 1)
        XCTAssertEqual(r.tallies[0].breached, 1)
        XCTAssertEqual(r.tallies[0].breachedUnanswered, 1)
        XCTAssertEqual(r.intervalBreaches.reduce(0, +), 2)
        XCTAssertEqual(r.intervalBreaches[Self.timeline.interval(containing: F.at("2026-11-30", 10, 0)) ?? -1], 1)
    }

    func testSplitHoursSkipTheLunchBreak() {
        var j = judge(F.calendar(F.hours(F.weekdays, "08:00-11:30", "12:00-20:00")))
        j.record(outcome(F.at("2026-12-01", 11, 20), start: F.at("2026-12-01", 12, 15), handle: 0))  // due 12:20
        j.record(outcome(F.at("2026-12-01", 11, 20), start: F.at("2026-12-01", 12, 25), handle: 0))
        let r = j.finish()
        XCTAssertEqual([r.tallies[0].met, r.tallies[0].breached], [1, 1])
    }

    func testFollowUpsAreJudgedOnNextReplyAndWarmUpMentionsAreLeftOut() {
        var j = judge(F.officeHours, warmUp: 96)
        j.record(outcome(id: 7, F.at("2026-12-01", 10, 0), start: F.at("2026-12-01", 10, 50), handle: 0, warmUp: 96, followingUp: 3))
        j.record(outcome(id: 1, F.at("2026-11-29", 20, 0), start: F.at("2026-11-30", 9, 0), handle: 600, warmUp: 96))
        let r = j.finish()
        XCTAssertEqual(r.tallies[1].met, 1, "a 50-minute next reply meets the 1h limit")
        XCTAssertEqual(r.tallies[0].mentions, 0, "Sunday's warm-up mention belongs to the previous week")
        XCTAssertEqual(r.arrivals, 1)
        XCTAssertEqual(r.busySeconds.reduce(0, +), 600, accuracy: 1e-6, "its handling still occupies Monday morning")
        XCTAssertEqual(r.peakBacklog[0], 1, "and it waits across midnight")
    }
}
