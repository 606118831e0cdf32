import XCTest
@testable import SocialPlanCore

/// Whole weeks of the bundled Fjordkaffe strategy: no mention lost, determinism, what-ifs and
/// the report built from the replications.
final class WeekSimulationTests: XCTestCase {
    private func simulation(seed: UInt64 = 7, whatIf: WhatIf = WhatIf()) throws -> WeekSimulation {
        let (strategy, schedule) = try SimulationInputFixture.load()
        return WeekSimulation(strategy: strategy, schedule: whatIf.schedule(schedule, strategy: strategy), seed: seed)
    }

    func testNoMentionIsLost() throws {
        let sim = try simulation()
        for index in 0..<3 {
            let r = sim.replicate(index)
            XCTAssertGreaterThan(r.arrivals, 100)
            XCTAssertEqual(r.answered + r.unanswered, r.arrivals)
            XCTAssertEqual(r.tallies.reduce(0) { $0 + $1.mentions } + r.notMeasured, r.arrivals)
            XCTAssertEqual(r.intervalArrivals.reduce(0, +), r.arrivals)
            XCTAssertEqual(r.intervalBreaches.reduce(0, +), r.breaches)
            let answeredJudged = r.tallies.reduce(0) { $0 + $1.answered }
            XCTAssertLessThanOrEqual(answeredJudged, r.answered)
        }
    }

    func testSameSeedSameWeekAndOtherSeedsOtherWeeks() throws {
        let a = try simulation(seed: 7), b = try simulation(seed: 7), c = try simulation(seed: 8)
        XCTAssertEqual(a.replicate(2), b.replicate(2))
        XCTAssertNotEqual(a.replicate(2), a.replicate(3))
        XCTAssertNotEqual(a.replicate(2), c.replicate(2))
    }

    func testCareQueueChoosesTheDisciplineAndEachIsDeterministic() throws {
        var (strategy, schedule) = try SimulationInputFixture.load()
        XCTAssertEqual(try simulation().discipline, QueueDiscipline.default)
        strategy.care?.queue = .earliestDeadline
        let a = WeekSimulation(strategy: strategy, schedule: schedule, seed: 7)
        let b = WeekSimulation(strategy: strategy, schedule: schedule, seed: 7)
        XCTAssertEqual(a.discipline, .earliestDeadline)
        XCTAssertEqual(a.replicate(2), b.replicate(2))
        strategy.care?.queue = .priority
        let p = WeekSimulation(strategy: strategy, schedule: schedule, seed: 7).replicate(2)
        XCTAssertEqual(p.arrivals - p.answered - p.unanswered, 0)
        XCTAssertNotEqual(a.replicate(2).tallies, p.tallies, "the same customers, served in another order")
    }

    func testReportDoesNotDependOnTheOrderReplicationsFinish() throws {
        let sim = try simulation()
        let runs = (0..<6).map(sim.replicate)
        let (strategy, _) = try SimulationInputFixture.load()
        let inOrder = SimulationJSONRenderer.render(SimulationReport(simulation: sim, replications: runs), strategy: strategy)
        let shuffled = SimulationJSONRenderer.render(SimulationReport(simulation: sim, replications: runs.reversed()), strategy: strategy)
        XCTAssertEqual(inOrder, shuffled)
    }

    func testReportAddsUpAndGapBreachesAreAPartOfAllBreaches() throws {
        let sim = try simulation()
        let report = SimulationReport(simulation: sim, replications: (0..<4).map(sim.replicate))
        XCTAssertEqual(report.slas.map(\.measure.name), ["urgent first_reply", "urgent next_reply", "normal first_reply", "normal next_reply"])
        XCTAssertEqual(report.intervals.count, report.schedule.timeline.intervalCount)
        XCTAssertEqual(report.intervals.reduce(0) { $0 + $1.arrivals }, report.arrivals.mean, accuracy: 1e-6)
        XCTAssertLessThanOrEqual(report.breachesInGaps, report.breaches.mean + 1e-9)
        XCTAssertEqual(report.gaps.count, report.schedule.gaps.count)
        let team = try XCTUnwrap(report.teamOccupancy)
        XCTAssertGreaterThan(team.mean, 0.1)
        XCTAssertEqual(Set(report.members.map(\.member)), Set(report.schedule.shifts.map(\.member)))
    }

    func testScalingTheVolumeScalesArrivalsAndKeepsTheRota() throws {
        let base = try simulation(), doubled = try simulation(whatIf: WhatIf(volumeScale: 2))
        let a = (0..<4).map { Double(base.replicate($0).arrivals) }.reduce(0, +)
        let b = (0..<4).map { Double(doubled.replicate($0).arrivals) }.reduce(0, +)
        XCTAssertEqual(b / a, 2, accuracy: 0.15)
        XCTAssertEqual(doubled.schedule.shifts, base.schedule.shifts)
        XCTAssertGreaterThanOrEqual(doubled.schedule.totalShortfall, base.schedule.totalShortfall)
    }

    func testWithoutAMemberPlansTheWeekAsIfTheyWereAway() throws {
        let (strategy, schedule) = try SimulationInputFixture.load()
        let whatIf = WhatIf(without: ["kari"])
        let changed = whatIf.strategy(strategy, week: schedule.timeline.week)
        let replanned = WeekScheduler.schedule(changed, week: schedule.timeline.week)
        XCTAssertTrue(schedule.shifts.contains { $0.member == "kari" })
        XCTAssertFalse(replanned.shifts.contains { $0.member == "kari" })
        XCTAssertFalse(replanned.posts.contains { $0.author == "kari" })
        XCTAssertGreaterThan(replanned.totalShortfall, schedule.totalShortfall)
    }
}
