import XCTest
@testable import SocialPlanCore

/// Issue 14 item 2: `check` and `simulate` know their most work before they start, and refuse
/// past the budget with the estimate and the replications that fit.
final class SimulationWorkTests: XCTestCase {
    func testTheFixSearchCountsEveryScreeningAndVerificationAtItsCap() {
        let week = ISOWeek(year: 2026, week: 49)
        // Default flags: 6 screenings of 20 weeks, verifications of 20 extended to at most 80.
        let standard = FixSearch(week: week, seed: 1, replications: ReplicationBudget(initial: 20, cap: 200))
        XCTAssertEqual(standard.verification, ReplicationBudget(initial: 20, cap: 80))
        XCTAssertEqual(standard.mostWeeks, 6 * 20 + 4 * 80)
        // --replications 1000: each verification starts at 1,000 weeks.
        XCTAssertEqual(FixSearch(week: week, seed: 1, replications: .fixed(1000)).mostWeeks, 6 * 20 + 4 * 1000)
    }

    func testTheEstimateIsTheBusiestWeekTimesEveryWeek() throws {
        let strategy = try StrategyChangeTests.load(FixSearchTests.capped)
        let busiest = Limits.busiestWeekEstimate(strategy)
        XCTAssertEqual(busiest, 60)
        let simulate = SimulationWork.simulate(strategy, replications: ReplicationBudget(initial: 20, cap: 200), volumeScale: 2)
        XCTAssertEqual(simulate.mentions, 120 * 200)
        let check = SimulationWork.check(strategy, replications: ReplicationBudget(initial: 20, cap: 200))
        XCTAssertEqual(check.weeks, 200 + 440)
        XCTAssertEqual(check.mentions, 60 * 640)
        XCTAssertFalse(check.isOverBudget)
    }

    /// `diff` simulates both strategies, each to its cap: twice the weeks, at the busier week.
    func testADiffCountsBothStrategiesRuns() throws {
        let strategy = try StrategyChangeTests.load(FixSearchTests.capped)
        let diff = SimulationWork.diff(old: strategy, new: strategy, replications: ReplicationBudget(initial: 20, cap: 200))
        XCTAssertEqual(diff.weeks, 400)
        XCTAssertEqual(diff.mentions, 60 * 400)
        let busy = SimulationWork(mentionsPerWeek: 30_000, reportWeeks: 1000, fixWeeks: 0, runs: 2)
        XCTAssertTrue(busy.isOverBudget, "60,000,000 mentions")
        XCTAssertTrue(busy.refusal.contains("up to 1,000 for each of 2 strategies' verdicts"), busy.refusal)
        // 30,000 × 2n ≤ 50,000,000.
        XCTAssertEqual(busy.replicationsThatFit, 833)
    }

    /// The case: 30,000 mentions a week checked with --replications 1000.
    func testABusyCheckWithAThousandReplicationsIsRefusedWithTheReplicationsThatFit() {
        let work = SimulationWork(mentionsPerWeek: 30_000, reportWeeks: 1000, fixWeeks: 6 * 20 + 4 * 1000)
        XCTAssertTrue(work.isOverBudget)
        XCTAssertEqual(work.refusal, "too much to simulate: about 154,000,000 mentions (about 30,000 in the busiest week × 5,120 weeks: "
                       + "up to 1,000 for the verdict and 4,120 for the fix search), more than 50,000,000, " + Limits.simulationWork.why)
        // n weeks for the verdict and 6 × 20 + 4n for the fix search: 30,000 × (5n + 120) ≤ 50,000,000.
        let fit = try? XCTUnwrap(work.replicationsThatFit)
        XCTAssertEqual(fit, 309)
        XCTAssertEqual(work.help, "use --replications 309 --max-replications 309 or fewer, or lower per_week, replies_per_post or the event factors (docs/limits.md)")
        let simulate = SimulationWork(mentionsPerWeek: 30_000, reportWeeks: 1000, fixWeeks: 0)
        XCTAssertFalse(simulate.isOverBudget, "30,000,000 mentions")
        XCTAssertEqual(SimulationWork(mentionsPerWeek: 60_000, reportWeeks: 1000, fixWeeks: 0).replicationsThatFit, 833)
    }

    func testTheBundledStrategiesAreWithinTheBudgetAtTheDefaultFlags() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var checked = 0
        for folder in ["Strategies", "Templates"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path).filter { $0.hasSuffix(".yaml") }
            for name in names {
                let text = try String(contentsOf: root.appendingPathComponent("\(folder)/\(name)"), encoding: .utf8)
                guard let strategy = StrategyLoader.load(text).strategy else { continue }
                let budget = ReplicationBudget(initial: 20, cap: ReplicationBudget.defaultCap)
                XCTAssertFalse(SimulationWork.check(strategy, replications: budget).isOverBudget, name)
                XCTAssertFalse(SimulationWork.check(strategy, replications: .fixed(1000)).isOverBudget, "\(name) with --replications 1000")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 3)
    }

    func testProgressGoesOnThroughTheFixSearch() throws {
        let strategy = try StrategyChangeTests.load(FixSearchTests.capped)
        let week = try ISOWeek.parse("2026-W49").get()
        let seen = Counter()
        let result = WeekCheck.check(strategy: strategy, week: week, seed: 1, replications: .fixed(20)) { planned in seen.add(planned) }
        XCTAssertEqual(result.fix.outcome, .found)
        let search = FixSearch(week: week, seed: 1, replications: .fixed(20))
        // Every simulated week is reported: the report's 20 and the search's.
        XCTAssertGreaterThan(seen.calls, 20, "the fix search's weeks are shown too")
        XCTAssertEqual(seen.largest, 20 + search.mostWeeks)
        XCTAssertLessThanOrEqual(seen.calls, 20 + search.mostWeeks)
    }
}

/// Counts progress calls from any thread.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var calls = 0
    private(set) var largest = 0

    func add(_ planned: Int) {
        lock.lock()
        defer { lock.unlock() }
        calls += 1
        largest = max(largest, planned)
    }
}
