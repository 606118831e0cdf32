import XCTest
@testable import SocialPlanCore

/// Due times for the earliest-deadline queue agree with the judge's clocks: business hours,
/// next_reply for follow-ups, calendar clocks, missing limits and the warm-up offset.
final class MentionDeadlinesTests: XCTestCase {
    typealias F = SLAFixture
    static let timeline = WeekOutcomeJudgeTests.timeline       // Mon 30 Nov – Sun 6 Dec 2026
    static let measures = [
        SLAMeasure(level: 0, priority: "urgent", metric: .firstReply, limitSeconds: 1800, target: 0.9, clock: .calendar),
        SLAMeasure(level: 1, priority: "normal", metric: .firstReply, limitSeconds: 1800, target: 0.9, clock: .business),
        SLAMeasure(level: 1, priority: "normal", metric: .nextReply, limitSeconds: 3600, target: 0.9, clock: .business),
    ]

    private func deadlines(warmUp: Int) -> (MentionDeadlines, origin: Int) {
        let span = SimulationSpan(timeline: Self.timeline, warmUpIntervals: warmUp)
        let d = MentionDeadlines(measures: Self.measures, levels: 2, calendar: F.officeHours, span: span, timeline: Self.timeline)
        return (d, Self.timeline.start - warmUp * 900)
    }

    func testABusinessClockMentionOutsideCareHoursIsDueWhenTheJudgeSaysSo() {
        for warmUp in [0, SimulationSpan.day] {
            let (d, origin) = deadlines(warmUp: warmUp)
            let clock = SLAClock(clock: .business, calendar: F.officeHours)
            let end = Self.timeline.end
            // Friday 16:45: 15 business minutes left on Friday, the rest on Monday 7 Dec.
            let friday = F.at("2026-12-04", 16, 45)
            let due = d.due(arrival: Double(friday - origin), priority: 1, isFollowUp: false)
            XCTAssertEqual(due, Double(F.at("2026-12-07", 9, 15) - origin), "warm-up \(warmUp)")
            XCTAssertEqual(due, Double((clock.evaluate(start: friday, targetSeconds: 1800, reply: nil, observationEnd: end).due ?? 0) - origin))
            // Tuesday 06:00, before opening: the clock starts at 09:00.
            let early = F.at("2026-12-01", 6, 0)
            XCTAssertEqual(d.due(arrival: Double(early - origin), priority: 1, isFollowUp: false), Double(F.at("2026-12-01", 9, 30) - origin))
            // A follow-up counts next_reply (1h): Thursday 16:45 → Friday 09:45.
            let thursday = F.at("2026-12-03", 16, 45)
            let followUpDue = d.due(arrival: Double(thursday - origin), priority: 1, isFollowUp: true)
            XCTAssertEqual(followUpDue, Double((clock.evaluate(start: thursday, targetSeconds: 3600, reply: nil, observationEnd: end).due ?? 0) - origin))
            XCTAssertEqual(followUpDue, Double(F.at("2026-12-04", 9, 45) - origin))
        }
    }

    func testCalendarClocksAddTheLimitAndMissingLimitsHaveNoDeadline() {
        let (d, origin) = deadlines(warmUp: 0)
        let saturday = Double(F.at("2026-12-05", 23, 50) - origin)
        XCTAssertEqual(d.due(arrival: saturday, priority: 0, isFollowUp: false), saturday + 1800)
        XCTAssertEqual(d.due(arrival: saturday, priority: 0, isFollowUp: true), .infinity, "urgent has no next_reply")
        XCTAssertEqual(d.due(arrival: saturday, priority: 7, isFollowUp: true), d.due(arrival: saturday, priority: 1, isFollowUp: true),
                       "out-of-range priorities are clamped as the judge clamps them")
        XCTAssertEqual(MentionDeadlines.none.due(arrival: 10, priority: 0, isFollowUp: false), .infinity)
    }
}
