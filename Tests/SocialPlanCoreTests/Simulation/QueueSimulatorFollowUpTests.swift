import XCTest
@testable import SocialPlanCore

/// Follow-ups spawned at their first contact's reply: exact arrival times, none for a first
/// contact never answered, tie order with the caller's arrivals, and no mention lost under
/// either queue discipline.
final class QueueSimulatorFollowUpTests: XCTestCase {
    private func run(_ mentions: [SimulatedMention], steps: [Int], delay: Double, levels: Int = 1,
                     discipline: QueueDiscipline = .priority) -> [Int: MentionOutcome] {
        var log = OutcomeLog()
        QueueSimulator(staffing: StaffingTimeline(stepSeconds: 900, agentsOnDuty: steps), priorityLevels: levels,
                       discipline: discipline, followUpDelay: delay)
            .run(arrivals: mentions, into: &log)
        XCTAssertEqual(Set(log.outcomes.map(\.mention.id)).count, log.outcomes.count, "each mention reported once")
        return Dictionary(uniqueKeysWithValues: log.outcomes.map { ($0.mention.id, $0) })
    }

    func testAFollowUpArrivesAfterTheReplyAndAnUnansweredMentionHasNone() throws {
        typealias Planned = SimulatedMention.PlannedFollowUp
        let outcomes = run([
            SimulatedMention(id: 0, arrival: 0, priority: 1, handleTime: 100, followUp: Planned(id: 10, handleTime: 50)),
            SimulatedMention(id: 3, arrival: 400, priority: 1, handleTime: 10),      // ties with follow-up 10
            SimulatedMention(id: 1, arrival: 800, priority: 1, handleTime: 200, followUp: Planned(id: 11, handleTime: 5)),
            SimulatedMention(id: 2, arrival: 810, priority: 1, handleTime: 10, followUp: Planned(id: 12, handleTime: 5)),
        ], steps: [1], delay: 300, levels: 2)
        let followUp = try XCTUnwrap(outcomes[10])
        XCTAssertEqual(followUp.mention.arrival, 400, "reply at 0 + 100, then 300 s")
        XCTAssertEqual(followUp.mention.firstContact, 0)
        XCTAssertTrue(followUp.mention.isFollowUp)
        XCTAssertEqual(followUp.mention.priority, 1)
        XCTAssertEqual(followUp.mention.handleTime, 50)
        XCTAssertEqual(outcomes[3]?.start, 400, "the caller's arrival at the same instant comes first")
        XCTAssertEqual(followUp.start, 410)
        XCTAssertNil(outcomes[11], "reply at 1000 is after the 900 s horizon: the customer writes next week")
        XCTAssertNil(outcomes[2]?.start)
        XCTAssertNil(outcomes[12], "a first contact still waiting at the horizon has no follow-up")
        XCTAssertEqual(outcomes.count, 5)
    }

    /// A generated week of Fjordkaffe under both disciplines: every follow-up arrives exactly
    /// at its parent's reply + `after`, every parent answered in time spawns one, none is lost.
    func testAWholeWeekSpawnsEveryFollowUpAtItsParentsReply() throws {
        let (strategy, schedule) = try SimulationInputFixture.load()
        let simulation = WeekSimulation(strategy: strategy, schedule: schedule, seed: 7)
        for discipline in QueueDiscipline.allCases {
            var random = SimulationRandom(seed: 2026)
            let stream = MentionStreamGenerator.generate(schedule: schedule, strategy: strategy, warmUpIntervals: simulation.span.warmUpIntervals,
                                                         deadlines: simulation.deadlines, random: &random)
            var log = OutcomeLog()
            QueueSimulator(staffing: simulation.answering, priorityLevels: simulation.priorityLevels, discipline: discipline,
                           followUpDelay: stream.followUpDelay, deadlines: simulation.deadlines)
                .run(arrivals: stream.mentions, into: &log)
            let byID = Dictionary(uniqueKeysWithValues: log.outcomes.map { ($0.mention.id, $0) })
            XCTAssertEqual(byID.count, log.outcomes.count, "\(discipline): each mention reported once")
            let followUps = log.outcomes.filter(\.mention.isFollowUp)
            XCTAssertEqual(log.outcomes.count, stream.mentions.count + followUps.count)
            XCTAssertGreaterThan(followUps.count, 20)
            for f in followUps {
                let parent = try XCTUnwrap(byID[f.mention.firstContact ?? -1])
                let start = try XCTUnwrap(parent.start, "only answered first contacts have follow-ups")
                XCTAssertEqual(f.mention.arrival, start + parent.mention.handleTime + 1200)
                XCTAssertEqual(parent.mention.followUp?.id, f.mention.id)
                XCTAssertEqual(f.mention.priority, parent.mention.priority)
                XCTAssertEqual(f.mention.due, simulation.deadlines.due(arrival: f.mention.arrival, priority: f.mention.priority, isFollowUp: true))
            }
            let expected = stream.mentions.filter { m in
                guard m.followUp != nil, let start = byID[m.id]?.start else { return false }
                return start + m.handleTime + 1200 < stream.span.horizon
            }
            XCTAssertEqual(expected.count, followUps.count, "\(discipline): every parent answered in time spawns its follow-up")
            XCTAssertTrue(stream.mentions.contains { m in m.followUp != nil && byID[m.id]?.start == nil },
                          "some customers are still waiting at the horizon and write no follow-up")
        }
    }

    /// Property: random streams, rotas, deadlines and planned follow-ups never lose a mention;
    /// earliest-deadline never starts a mention while one with a smaller due time waits.
    func testNoMentionIsLostAndEarliestDeadlineHolds() {
        var random = SimulationRandom(seed: 47)
        for round in 0..<30 {
            let steps = (0..<16).map { _ in Int(random.next() % 5) }
            let levels = 1 + Int(random.next() % 3)
            let discipline: QueueDiscipline = round % 2 == 0 ? .earliestDeadline : .priority
            var clock = 0.0
            let count = Int(random.next() % 300)
            var nextFollowUpID = count
            let arrivals = (0..<count).map { id -> SimulatedMention in
                clock += random.exponential(mean: 40)
                var m = SimulatedMention(id: id, arrival: clock, priority: Int(random.next() % UInt64(levels)),
                                         handleTime: random.lognormal(mean: 200, cv: 1))
                m.due = random.uniform() < 0.1 ? .infinity : clock + 600 * Double(1 + m.priority) * random.uniform()
                if random.uniform() < 0.4 {
                    m.followUp = .init(id: nextFollowUpID, handleTime: random.exponential(mean: 100))
                    nextFollowUpID += 1
                }
                return m
            }
            let delay = 600 * random.uniform()
            var log = OutcomeLog()
            let timeline = StaffingTimeline(stepSeconds: 900, agentsOnDuty: steps)
            QueueSimulator(staffing: timeline, priorityLevels: levels, discipline: discipline, followUpDelay: delay)
                .run(arrivals: arrivals, into: &log)
            let spawned = log.outcomes.filter(\.mention.isFollowUp)
            XCTAssertEqual(log.outcomes.count, arrivals.count + spawned.count, "round \(round)")
            XCTAssertEqual(Set(log.outcomes.map(\.mention.id)).count, log.outcomes.count, "round \(round)")
            XCTAssertEqual(log.outcomes.filter(\.isAnswered).count + log.outcomes.filter { !$0.isAnswered }.count, log.outcomes.count)
            XCTAssertTrue(spawned.allSatisfy { $0.mention.arrival < timeline.horizon })
            guard discipline == .earliestDeadline else { continue }
            for outcome in log.outcomes {
                guard let start = outcome.start else { continue }
                let jumped = log.outcomes.contains { other in
                    other.mention.arrival <= start && (other.start ?? .infinity) > start && other.mention.due < outcome.mention.due
                }
                XCTAssertFalse(jumped, "round \(round): mention \(outcome.mention.id) started while an earlier deadline waited")
            }
        }
    }
}
