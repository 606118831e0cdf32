import XCTest
@testable import SocialPlanCore

final class QueueSimulatorTests: XCTestCase {
    private func mention(_ id: Int, at arrival: Double, handle: Double, priority: Int = 0) -> SimulatedMention {
        SimulatedMention(id: id, arrival: arrival, priority: priority, handleTime: handle)
    }

    private func simulate(_ mentions: [SimulatedMention], steps: [Int], step: Double = 900,
                          priorities: Int = 1, discipline: QueueDiscipline = .priority) -> [Int: MentionOutcome] {
        var log = OutcomeLog()
        QueueSimulator(staffing: StaffingTimeline(stepSeconds: step, agentsOnDuty: steps), priorityLevels: priorities,
                       discipline: discipline)
            .run(arrivals: mentions, into: &log)
        XCTAssertEqual(log.outcomes.count, mentions.count, "every mention is reported")
        return Dictionary(uniqueKeysWithValues: log.outcomes.map { ($0.mention.id, $0) })
    }

    /// The same draws as ``StationaryQueueSimulation`` (gap, then handle time, per mention).
    private func stationaryArrivals(count: Int, rate: Double, aht: Double, seed: UInt64) -> [SimulatedMention] {
        Array(StationaryArrivals(count: count, arrivalsPerSecond: rate, meanHandleSeconds: aht, seed: seed))
    }

    func testAgreesExactlyWithTheFastPathOnAStationaryCase() {
        let rate = 200.0 / 3600, aht = 360.0
        let arrivals = stationaryArrivals(count: 50_000, rate: rate, aht: aht, seed: 99)
        var general = OutcomeSummary(waitLimit: 60, replyLimit: 900)
        QueueSimulator(staffing: .constant(agents: 25, seconds: 1e12)).run(arrivals: arrivals, into: &general)
        let fast = StationaryQueueSimulation(arrivalsPerSecond: rate, meanHandleSeconds: aht, agents: 25)
            .run(mentions: 50_000, seed: 99, waitLimit: 60, replyLimit: 900)
        XCTAssertEqual(general, fast)
        XCTAssertGreaterThan(fast.waited, 5_000)
        // An independent transcription of the draw order, so the stream itself is checked too.
        var random = SimulationRandom(seed: 99)
        var clock = 0.0
        for mention in arrivals.prefix(100) {
            clock += random.exponential(mean: 1 / rate)
            XCTAssertEqual(mention.arrival, clock)
            XCTAssertEqual(mention.handleTime, random.exponential(mean: aht))
        }
    }

    func testSameInputGivesIdenticalOutcomes() {
        let arrivals = stationaryArrivals(count: 5_000, rate: 0.05, aht: 360, seed: 3)
        var a = OutcomeLog(), b = OutcomeLog()
        let simulator = QueueSimulator(staffing: StaffingTimeline(stepSeconds: 900, agentsOnDuty: [20, 10, 25, 0, 18]))
        simulator.run(arrivals: arrivals, into: &a)
        simulator.run(arrivals: arrivals, into: &b)
        XCTAssertEqual(a.outcomes, b.outcomes)
    }

    func testHighPriorityWaitsLessThanLowUnderLoad() {
        var random = SimulationRandom(seed: 17)
        var clock = 0.0
        let arrivals = (0..<60_000).map { id -> SimulatedMention in
            clock += random.exponential(mean: 300.0 / 19)
            return SimulatedMention(id: id, arrival: clock, priority: random.uniform() < 0.3 ? 0 : 1,
                                    handleTime: random.exponential(mean: 300))
        }
        var log = OutcomeLog()
        QueueSimulator(staffing: .constant(agents: 20, seconds: 1e12), priorityLevels: 2).run(arrivals: arrivals, into: &log)
        var waits = [0.0, 0.0], counts = [0, 0]
        for outcome in log.outcomes {
            waits[outcome.mention.priority] += outcome.wait ?? .nan
            counts[outcome.mention.priority] += 1
        }
        let high = waits[0] / Double(counts[0]), low = waits[1] / Double(counts[1])
        XCTAssertEqual(counts[0] + counts[1], 60_000)
        XCTAssertLessThan(high * 5, low, "priority 0 mean wait \(high) s, priority 1 \(low) s")
    }

    func testPriorityThenOldestFirstOrder() {
        // One agent busy until 100; then queued mentions go priority 0 oldest first, then priority 1.
        let outcomes = simulate([
            mention(0, at: 0, handle: 100),
            mention(1, at: 10, handle: 10, priority: 1),
            mention(2, at: 20, handle: 10, priority: 0),
            mention(3, at: 30, handle: 10, priority: 0),
            mention(4, at: 40, handle: 10, priority: 1),
        ], steps: [1], priorities: 2)
        XCTAssertEqual(outcomes[2]?.start, 100)
        XCTAssertEqual(outcomes[3]?.start, 110)
        XCTAssertEqual(outcomes[1]?.start, 120)
        XCTAssertEqual(outcomes[4]?.start, 130)
    }

    func testStrictPriorityAndEarliestDeadlineServeTheSameQueueInDifferentOrders() {
        // One agent busy until 100; six mentions queue behind it, 10 s each.
        let stream = [
            mention(0, at: 0, handle: 100),
            SimulatedMention(id: 1, arrival: 10, priority: 1, handleTime: 10, due: 150),
            SimulatedMention(id: 2, arrival: 20, priority: 0, handleTime: 10, due: 1000),
            SimulatedMention(id: 4, arrival: 25, priority: 1, handleTime: 10, due: 500),
            SimulatedMention(id: 3, arrival: 30, priority: 0, handleTime: 10, due: 500),
            SimulatedMention(id: 6, arrival: 30, priority: 1, handleTime: 10, due: 500),
            SimulatedMention(id: 5, arrival: 35, priority: 0, handleTime: 10),   // no deadline
        ]
        func starts(_ discipline: QueueDiscipline) -> [Int: Double] {
            simulate(stream, steps: [1], priorities: 2, discipline: discipline).compactMapValues(\.start)
        }
        // Priority 0 first (oldest first), then priority 1; deadlines are ignored.
        XCTAssertEqual(starts(.priority), [0: 0, 2: 100, 3: 110, 5: 120, 1: 130, 4: 140, 6: 150])
        // Smallest due first; equal dues by arrival (4 before 3), then id (3 before 6); no deadline last.
        XCTAssertEqual(starts(.earliestDeadline), [0: 0, 1: 100, 4: 110, 3: 120, 6: 130, 2: 140, 5: 150])
    }

    func testEarliestDeadlineWithoutDeadlinesIsFirstComeFirstServed() {
        let arrivals = stationaryArrivals(count: 3_000, rate: 0.05, aht: 300, seed: 5).map {
            SimulatedMention(id: $0.id, arrival: $0.arrival, priority: $0.id % 2, handleTime: $0.handleTime)
        }
        let steps = [12, 8, 14, 0, 10, 12, 9, 11]
        let fifo = simulate(arrivals.map { var m = $0; m.priority = 0; return m }, steps: steps)
        let edf = simulate(arrivals, steps: steps, priorities: 2, discipline: .earliestDeadline)
        XCTAssertEqual(fifo.mapValues(\.start), edf.mapValues(\.start))
    }

    func testAnHourWithoutAgentsBuildsABacklogThatIsThenCleared() {
        // 2 agents for 30 min, nobody 00:30–01:30, 2 agents again until 04:00; one mention a
        // minute, 30 s each.
        let arrivals = (0..<240).map { mention($0, at: Double($0) * 60, handle: 30) }
        let outcomes = simulate(arrivals, steps: [2, 2, 0, 0, 0, 0] + Array(repeating: 2, count: 10))
        XCTAssertTrue(outcomes.values.allSatisfy(\.isAnswered))
        XCTAssertEqual(outcomes[29]?.wait, 0)
        XCTAssertEqual(outcomes[30]?.wait, 3600, "arrived at the start of the empty hour")
        let backlog = outcomes.values.filter { $0.mention.arrival < 5400 && ($0.start ?? 0) >= 5400 }
        XCTAssertEqual(backlog.count, 60)
        let lastOfBacklog = backlog.compactMap(\.start).max() ?? .infinity
        XCTAssertEqual(lastOfBacklog, 5400 + 29 * 30, "two agents clear sixty 30 s mentions in 15 min")
        XCTAssertEqual(outcomes[110]?.wait, 0, "backlog cleared at 01:44:30, so 01:50 does not wait")
    }

    func testAgentFinishesTheMentionInHandAfterShiftEndThenLeaves() {
        let outcomes = simulate([
            mention(0, at: 800, handle: 500),   // in hand at the 900 s shift end, finishes at 1300
            mention(1, at: 850, handle: 10),    // queued behind it: the agent goes home at 1300
            mention(2, at: 950, handle: 10),
        ], steps: [1, 0, 0])
        XCTAssertEqual(outcomes[0]?.start, 800)
        XCTAssertEqual(outcomes[0]?.reply, 500)
        XCTAssertNil(outcomes[1]?.start)
        XCTAssertNil(outcomes[2]?.start)
    }

    func testIdleAgentsLeaveAtOnceAndBusyOnesStay() {
        let outcomes = simulate([
            mention(0, at: 0, handle: 2000),     // agent A busy until 2000
            mention(1, at: 100, handle: 100),    // agent B idle from 200
            mention(2, at: 1000, handle: 10),    // after the drop to 1 at 900: waits for A
        ], steps: [2, 1, 1, 1])
        XCTAssertEqual(outcomes[2]?.start, 2000)
    }

    func testMentionsWaitingOrArrivingAfterTheHorizonAreReportedUnanswered() {
        let outcomes = simulate([
            mention(0, at: 0, handle: 1000),
            mention(1, at: 10, handle: 10, priority: 1),
            mention(2, at: 950, handle: 10),
        ], steps: [1], priorities: 2)
        XCTAssertEqual(outcomes[0]?.start, 0)
        XCTAssertNil(outcomes[1]?.start)
        XCTAssertEqual(outcomes[1]?.mention.priority, 1)
        XCTAssertNil(outcomes[2]?.start)
    }

    func testSummaryCountsEveryArrivalAsAnsweredOrUnanswered() {
        let arrivals = stationaryArrivals(count: 3_000, rate: 0.1, aht: 300, seed: 8)
        var summary = OutcomeSummary(waitLimit: 60, replyLimit: 600)
        QueueSimulator(staffing: StaffingTimeline(stepSeconds: 900, agentsOnDuty: [30, 30, 0, 0, 10, 0, 0, 0]))
            .run(arrivals: arrivals, into: &summary)
        XCTAssertEqual(summary.arrivals, arrivals.count)
        XCTAssertEqual(summary.answered + summary.unanswered, 3_000)
        XCTAssertGreaterThan(summary.unanswered, 2_000, "arrivals after the 2 h horizon are unanswered")
        XCTAssertGreaterThan(summary.answered, 150)
    }

    /// Property: random streams and rotas never lose a mention, never start one before it
    /// arrives or after the horizon, keep FIFO within a priority and never exceed the staffing (on duty plus overtime finishing a mention).
    func testNoMentionIsLostAndQueueInvariantsHold() {
        var random = SimulationRandom(seed: 31)
        for round in 0..<30 {
            let steps = (0..<16).map { _ in Int(random.next() % 5) }
            let levels = 1 + Int(random.next() % 3)
            var clock = 0.0
            let count = Int(random.next() % 400)
            let arrivals = (0..<count).map { id -> SimulatedMention in
                clock += random.exponential(mean: 40)
                return SimulatedMention(id: id, arrival: clock, priority: Int(random.next() % UInt64(levels)),
                                        handleTime: random.lognormal(mean: 200, cv: 1))
            }
            var log = OutcomeLog()
            let timeline = StaffingTimeline(stepSeconds: 900, agentsOnDuty: steps)
            QueueSimulator(staffing: timeline, priorityLevels: levels).run(arrivals: arrivals, into: &log)
            XCTAssertEqual(log.outcomes.count, arrivals.count, "round \(round)")
            XCTAssertEqual(Set(log.outcomes.map(\.mention.id)), Set(arrivals.map(\.id)))
            var lastStart = [Double](repeating: -1, count: levels)
            for outcome in log.outcomes.sorted(by: { $0.mention.arrival < $1.mention.arrival }) {
                guard let start = outcome.start else { continue }
                XCTAssertGreaterThanOrEqual(start, outcome.mention.arrival)
                XCTAssertLessThan(start, timeline.horizon)
                XCTAssertGreaterThanOrEqual(start, lastStart[outcome.mention.priority], "FIFO within a priority")
                lastStart[outcome.mention.priority] = start
                let step = Int(start / 900)
                let inService = log.outcomes.filter {
                    guard let s = $0.start else { return false }
                    return s <= start && start < s + $0.mention.handleTime
                }.count
                // On duty now, plus at most the overtime of agents whose shift ended earlier.
                XCTAssertLessThanOrEqual(inService, steps[step] + (steps[..<step].max() ?? 0))
                XCTAssertGreaterThan(steps[step], 0, "only agents on duty start a mention")
            }
        }
    }
}
