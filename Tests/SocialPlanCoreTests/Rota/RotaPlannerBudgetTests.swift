import XCTest
@testable import SocialPlanCore
import SocialPlanTestSupport

/// The planner's work budget and its progress reports: a budget stops the improvement steps at
/// the same point every time, the plan stays valid, and progress arrives in step order.
final class RotaPlannerBudgetTests: XCTestCase {
    /// A busy week for 14 members with hour limits, so every step has work to do.
    private func busyWeek() -> RotaProblem {
        var rng = TestRandom(seed: 31)
        let week = 672
        let requirement = (0..<week).map { t -> Int in
            let hour = (t % 96) / 4
            return (7..<22).contains(hour) ? 2 + (hour >= 10 && hour < 14 ? 2 : 0) + rng.int(in: 0...1) : 0
        }
        let members = (0..<14).map { index -> RotaMember in
            let from = [7, 9, 12, 15][index % 4]
            let days = index % 5 == 4 ? [5, 6, 2] : [0, 1, 2, 3, 4]
            let hours = days.map { RotaFixtures.at($0, from)..<RotaFixtures.at($0, min(24, from + 9)) }
            return RotaMember(id: "m\(index)", available: RotaFixtures.mask(week, hours), maxIntervals: [150, 80, 60][index % 3])
        }
        return RotaProblem(intervalCount: week, requirement: requirement, members: members)
    }

    func testTheSameProblemGivesTheSamePlanWithAndWithoutABindingBudget() {
        let problem = busyWeek()
        let full = RotaPlanner.plan(problem)
        XCTAssertEqual(RotaPlanner.plan(problem), full)
        for limit in [2_000_000, 20_000_000] {
            let limited = RotaPlanner.plan(problem, workLimit: limit)
            XCTAssertEqual(problem.check(limited), [], "limit \(limit)")
            XCTAssertEqual(RotaPlanner.plan(problem, workLimit: limit), limited, "limit \(limit) not deterministic")
        }
        // The default budget is far above what this week needs: it gives the unlimited plan.
        XCTAssertEqual(RotaPlanner.plan(problem, workLimit: .max), full)
    }

    func testABudgetStopsTheSearchEarly() {
        let problem = busyWeek()
        var workspace = RotaWorkspace(RotaInstance(problem))
        RotaGreedyStart.fill(&workspace)
        let greedyWork = workspace.work
        XCTAssertGreaterThan(greedyWork, 0)
        // A budget spent by the greedy start leaves the greedy plan as it is.
        let stopped = RotaPlanner.plan(problem, workLimit: greedyWork)
        XCTAssertEqual(stopped, workspace.solution(for: problem))
        // No budget at all: only fixed shifts (there are none here).
        XCTAssertEqual(RotaPlanner.plan(problem, workLimit: 0).shifts, [])
        // With the full search the plan is better than the greedy one.
        let full = RotaPlanner.plan(problem)
        let objective = { (solution: RotaSolution) in
            RotaObjective(requirement: problem.requirement, coverage: solution.coverage)
        }
        XCTAssertLessThan(objective(full), objective(stopped))
    }

    func testProgressIsReportedStepByStep() {
        let problem = busyWeek()
        var reports: [RotaProgress] = []
        let solution = RotaPlanner.plan(problem) { reports.append($0) }
        XCTAssertEqual(solution, RotaPlanner.plan(problem), "reporting must not change the plan")
        XCTAssertEqual(reports.first?.step, .greedyStart)
        let steps = reports.map(\.step.rawValue)
        XCTAssertEqual(steps, steps.sorted(), "steps run in order")
        XCTAssertTrue(reports.contains { $0.step == .guidedSearch }, "\(Set(reports.map(\.step)))")
        let fractions = reports.map(\.fraction)
        XCTAssertEqual(fractions, fractions.sorted(), "progress never goes back")
        XCTAssertTrue(fractions.allSatisfy { (0...1).contains($0) })
    }

    /// `schedule` passes the planner's reports on (the CLI draws its progress bar from them)
    /// and plans the same week as without them.
    func testTheWeekSchedulerPassesProgressOn() throws {
        let text = try String(contentsOf: PackageRoot.file("Strategies/fjordkaffe.yaml"), encoding: .utf8)
        let strategy = try XCTUnwrap(StrategyLoader.load(text).strategy)
        let week = try ISOWeek.parse("2026-W49").get()
        var reports: [RotaProgress] = []
        let schedule = WeekScheduler.schedule(strategy, week: week) { reports.append($0) }
        XCTAssertEqual(reports.first?.step, .greedyStart)
        XCTAssertEqual(reports.last?.fraction, 1, "the last report says the plan is done")
        XCTAssertGreaterThan(reports.last?.work ?? 0, 0)
        XCTAssertEqual(schedule.shifts, WeekScheduler.schedule(strategy, week: week).shifts)
    }
}
