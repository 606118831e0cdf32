import XCTest
@testable import SocialPlanCore

/// The rota thinned by shrinkage, and a whole simulated week end to end (SimulationInput suite).
final class SimulationInputStaffingTests: XCTestCase {
    func testAnsweringNeverExceedsOnDutyAndTheTotalIsTheFlooredCapacity() throws {
        let (strategy, schedule) = try SimulationInputFixture.load()
        let care = try XCTUnwrap(strategy.care)
        XCTAssertEqual(care.shrinkage.partsPerMillion, 250_000)
        let timeline = StaffingTimeline.answering(schedule: schedule, care: care)
        let onDuty = schedule.staffing.map(\.scheduled)
        XCTAssertEqual(timeline.stepSeconds, 900)
        XCTAssertEqual(timeline.agentsOnDuty.count, schedule.timeline.intervalCount)
        XCTAssertEqual(timeline.horizon, Double(schedule.timeline.end - schedule.timeline.start))
        XCTAssertTrue(zip(timeline.agentsOnDuty, onDuty).allSatisfy { $0 <= $1 && $0 >= 0 })
        XCTAssertGreaterThan(onDuty.reduce(0, +), 0)
        // Every prefix answers the exact capacity rounded down.
        var paid = 0, answered = 0
        for (a, d) in zip(timeline.agentsOnDuty, onDuty) {
            paid += d
            answered += a
            XCTAssertEqual(answered, paid * 750_000 / 1_000_000)
        }
    }

    func testSmallCrewsAreThinnedFairly() throws {
        var (strategy, schedule) = try SimulationInputFixture.load()
        for i in schedule.staffing.indices { schedule.staffing[i].scheduled = i < 8 ? 4 : (i < 16 ? 1 : 0) }
        let timeline = StaffingTimeline.answering(schedule: schedule, care: strategy.care)
        XCTAssertEqual(Array(timeline.agentsOnDuty.prefix(16)), [3, 3, 3, 3, 3, 3, 3, 3, 0, 1, 1, 1, 0, 1, 1, 1])
        XCTAssertTrue(timeline.agentsOnDuty.dropFirst(16).allSatisfy { $0 == 0 })
        strategy.care = nil
        XCTAssertEqual(StaffingTimeline.answering(schedule: schedule, care: nil).agentsOnDuty, schedule.staffing.map(\.scheduled))
    }

    func testWarmUpReplaysSundaysRota() throws {
        let (strategy, schedule) = try SimulationInputFixture.load()
        var care = try XCTUnwrap(strategy.care)
        care.shrinkage = Percentage(partsPerMillion: 0)
        let timeline = StaffingTimeline.answering(schedule: schedule, care: care, warmUpIntervals: SimulationSpan.day)
        let n = schedule.timeline.intervalCount
        let onDuty = schedule.staffing.map(\.scheduled)
        XCTAssertEqual(timeline.agentsOnDuty, Array(onDuty[(n - 96)..<n]) + onDuty)
    }

    func testAWholeWeekRunsThroughTheQueueSimulatorWithoutLosingAMention() throws {
        let (strategy, schedule) = try SimulationInputFixture.load()
        for warmUp in [0, SimulationSpan.day] {
            var random = SimulationRandom(seed: 2026)
            let stream = MentionStreamGenerator.generate(schedule: schedule, strategy: strategy, warmUpIntervals: warmUp, random: &random)
            let staffing = StaffingTimeline.answering(schedule: schedule, care: strategy.care, warmUpIntervals: warmUp)
            XCTAssertEqual(staffing.horizon, stream.span.horizon)
            let simulator = QueueSimulator(staffing: staffing, priorityLevels: stream.priorities.levels,
                                           followUpDelay: stream.followUpDelay)
            var log = OutcomeLog()
            simulator.run(arrivals: stream.mentions, into: &log)
            XCTAssertFalse(stream.mentions.isEmpty)
            let spawned = log.outcomes.filter(\.mention.isFollowUp)
            XCTAssertGreaterThan(spawned.count, 0)
            XCTAssertLessThanOrEqual(spawned.count, stream.plannedFollowUpCount)
            XCTAssertEqual(log.outcomes.count, stream.mentions.count + spawned.count)
            XCTAssertEqual(Set(log.outcomes.map(\.mention.id)).count, log.outcomes.count, "each mention reported once")
            XCTAssertTrue(Set(stream.mentions.map(\.id)).isSubset(of: Set(log.outcomes.map(\.mention.id))))
            let answered = log.outcomes.filter(\.isAnswered).count
            XCTAssertGreaterThan(answered, stream.mentions.count / 2)
            XCTAssertEqual(answered + log.outcomes.filter { !$0.isAnswered }.count, log.outcomes.count)
        }
    }

    func testADaylightSavingWeekHasItsOwnLengthForStreamAndStaffing() throws {
        let (strategy, _) = try SimulationInputFixture.load()
        let schedule = WeekScheduler.schedule(strategy, week: try ISOWeek.parse("2026-W13").get())
        XCTAssertEqual(schedule.timeline.intervalCount, 668)  // 29 March: clocks go forward
        var random = SimulationRandom(seed: 13)
        let stream = MentionStreamGenerator.generate(schedule: schedule, strategy: strategy, warmUpIntervals: SimulationSpan.day, random: &random)
        let staffing = StaffingTimeline.answering(schedule: schedule, care: strategy.care, warmUpIntervals: SimulationSpan.day)
        XCTAssertEqual(staffing.agentsOnDuty.count, 668 + 96)
        XCTAssertEqual(stream.span.horizon, staffing.horizon)
        XCTAssertTrue(stream.mentions.allSatisfy { $0.arrival < staffing.horizon })
        // Monday 00:00 of the week maps to the timeline's start instant.
        XCTAssertEqual(stream.span.instant(stream.span.weekStart, in: schedule.timeline), Double(schedule.timeline.start))
        XCTAssertEqual(stream.span.instant(stream.span.horizon, in: schedule.timeline), Double(schedule.timeline.end))
    }
}
