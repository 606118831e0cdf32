import XCTest
@testable import SocialPlanCore

/// The adaptive replication of `check` and `simulate`: more weeks only while a verdict is too
/// close to call, doubling up to the cap, deterministic, and the same as a fixed run of the
/// final count.
final class WeekCheckTests: XCTestCase {
    func testTheBudgetDoublesUpToTheCap() {
        let budget = ReplicationBudget(initial: 20, cap: 200)
        var counts = [budget.initial]
        while let next = budget.next(after: counts[counts.count - 1]) { counts.append(next) }
        XCTAssertEqual(counts, [20, 40, 80, 160, 200])
        XCTAssertTrue(budget.extends)
        XCTAssertNil(ReplicationBudget.fixed(20).next(after: 20))
        XCTAssertFalse(ReplicationBudget.fixed(20).extends)
        XCTAssertEqual(ReplicationBudget(initial: 50, cap: 10).cap, 50, "the cap is never below the start")
        XCTAssertEqual(ReplicationBudget(initial: 1, cap: 3).next(after: 1), 2)
    }

    /// Fjordkaffe's plan from a small start: every look before the last left some SLA too
    /// close to call, and the run stopped at the first look that decided every SLA (or at the cap).
    func testExtendsOnlyWhileAVerdictIsTooCloseAndStopsWhenDecided() throws {
        let (strategy, schedule) = try SimulationInputFixture.load()
        let budget = ReplicationBudget(initial: 8, cap: 128)
        let report = WeekCheck.report(strategy: strategy, schedule: schedule, seed: 1, replications: budget)
        XCTAssertEqual(report.budget, budget)
        XCTAssertTrue([8, 16, 32, 64, 128].contains(report.replications), "\(report.replications)")
        XCTAssertTrue(report.extended, "8 weeks cannot show 80 % (at least 16 all kept are needed)")
        if report.replications < budget.cap {
            XCTAssertFalse(report.slas.contains { $0.verdict == .tooCloseToCall }, "stopped before the cap: every SLA decided")
        }
        let earlier = WeekCheck.report(strategy: strategy, schedule: schedule, seed: 1, replications: .fixed(report.replications / 2))
        XCTAssertTrue(earlier.slas.contains { $0.verdict == .tooCloseToCall }, "the look before the last was undecided")
    }

    func testSameSeedSameReportAndTheSameAsAFixedRunOfTheFinalCount() throws {
        let (strategy, schedule) = try SimulationInputFixture.load()
        let budget = ReplicationBudget(initial: 8, cap: 64)
        let a = WeekCheck.report(strategy: strategy, schedule: schedule, seed: 5, replications: budget)
        let b = WeekCheck.report(strategy: strategy, schedule: schedule, seed: 5, replications: budget)
        XCTAssertEqual(SimulationJSONRenderer.render(a, strategy: strategy), SimulationJSONRenderer.render(b, strategy: strategy))
        XCTAssertEqual(SimulationTextRenderer().render(a, strategy: strategy), SimulationTextRenderer().render(b, strategy: strategy))
        var fixed = WeekCheck.report(strategy: strategy, schedule: schedule, seed: 5, replications: .fixed(a.replications))
        XCTAssertEqual(fixed.budget, .fixed(a.replications))
        fixed.budget = budget
        XCTAssertEqual(SimulationJSONRenderer.render(fixed, strategy: strategy), SimulationJSONRenderer.render(a, strategy: strategy),
                       "weeks 0..<n are the same weeks however the run got to n")
    }

    /// Another seed, another sample: the same plan simulated from seeds 3 and 4 differs.
    func testAnotherSeedGivesAnotherSample() throws {
        let (strategy, schedule) = try SimulationInputFixture.load()
        let a = WeekCheck.report(strategy: strategy, schedule: schedule, seed: 3, replications: .fixed(4))
        let b = WeekCheck.report(strategy: strategy, schedule: schedule, seed: 4, replications: .fixed(4))
        XCTAssertEqual(a.replications, b.replications)
        XCTAssertNotEqual(SimulationJSONRenderer.render(a, strategy: strategy), SimulationJSONRenderer.render(b, strategy: strategy).replacingOccurrences(of: "\"seed\": \"4\"", with: "\"seed\": \"3\""),
                          "not only the seed line differs")
    }

    func testADecidedRunIsNotExtendedAndAnUndecidableOneStopsAtTheCap() throws {
        var (strategy, schedule) = try SimulationInputFixture.load()
        var care = try XCTUnwrap(strategy.care)
        for i in care.slas.indices { care.slas[i].target = Percentage(partsPerMillion: 10_000) }
        strategy.care = care
        let easy = WeekCheck.report(strategy: strategy, schedule: schedule, seed: 1, replications: ReplicationBudget(initial: 20, cap: 200))
        XCTAssertEqual(easy.replications, 20)
        XCTAssertEqual(easy.slas.map(\.verdict), Array(repeating: .meets, count: 4), "every week keeps a 1 % target: 20 of 20")
        XCTAssertFalse(easy.extended)

        care.confidence = Percentage(partsPerMillion: 999_000)
        strategy.care = care
        let strict = WeekCheck.report(strategy: strategy, schedule: schedule, seed: 1, replications: ReplicationBudget(initial: 4, cap: 24))
        XCTAssertEqual(strict.replications, 24, "4, 8, 16, then the cap")
        XCTAssertEqual(strict.verdict, .tooCloseToCall, "99.9 % cannot be shown by 24 weeks")
        XCTAssertTrue(strict.slas.allSatisfy { $0.weeksKept.successes == 24 })
    }

    func testProgressReportsEveryReplicationWithTheGrowingTotal() throws {
        let (strategy, schedule) = try SimulationInputFixture.load()
        final class Seen: @unchecked Sendable {
            let lock = NSLock()
            var totals: [Int] = []
        }
        let seen = Seen()
        let report = WeekCheck.report(strategy: strategy, schedule: schedule, seed: 1, replications: ReplicationBudget(initial: 4, cap: 16),
                                      progress: { total in seen.lock.withLock { seen.totals.append(total) } })
        XCTAssertEqual(seen.totals.count, report.replications)
        XCTAssertEqual(seen.totals.first, 4)
        XCTAssertEqual(seen.totals.max(), report.replications)
        XCTAssertEqual(seen.totals, seen.totals.sorted(), "the total only grows")
    }

    /// `check` is the report of the same inputs followed by the fix search: with no target
    /// missed, the fix is not needed, nothing else is simulated and the exit rule follows the
    /// verdict (too close to call fails only with --strict).
    func testCheckIsTheReportPlusTheFixAndOwnsTheExitRule() throws {
        let (strategy, _) = try SimulationInputFixture.load()
        let week = try ISOWeek.parse("2026-W49").get()
        let result = WeekCheck.check(strategy: strategy, week: week, seed: 3, replications: .fixed(4))
        let report = WeekCheck.report(strategy: strategy, week: week, seed: 3, replications: .fixed(4))
        XCTAssertEqual(SimulationRendering.render(SimulationView(report: result.report, strategy: strategy), as: .json),
                       SimulationRendering.render(SimulationView(report: report, strategy: strategy), as: .json))
        XCTAssertEqual(result.report.verdict, .tooCloseToCall, "4 weeks cannot decide an 80 % share")
        XCTAssertEqual(result.fix.outcome, .notNeeded, "nothing missed, no search")
        XCTAssertEqual(result.fix.evaluations, 0)
        XCTAssertFalse(result.fails(strict: false))
        XCTAssertTrue(result.fails(strict: true))
    }
}
