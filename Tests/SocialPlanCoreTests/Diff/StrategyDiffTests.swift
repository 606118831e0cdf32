import Foundation
import XCTest
@testable import SocialPlanCore
import SocialPlanTestSupport

/// The outcome half of the diff: both strategies simulated for one week from one seed, SLAs
/// paired by name, gaps paired by time, and the verdicts that get worse.
final class StrategyDiffTests: XCTestCase {
    /// Two people share a desk Ana cannot keep alone (Tests/SocialPlanCLITests/Fixtures/diff).
    static var desk: String { (try? PackageRoot.text("Tests/SocialPlanCLITests/Fixtures/diff/two-desk.yaml")) ?? "" }

    /// The same desk without Ben.
    static var withoutBen: String {
        (try? PackageRoot.text("Tests/SocialPlanCLITests/Fixtures/diff/two-desk-without-ben.yaml")) ?? ""
    }

    static func diff(_ old: String, _ new: String, replications: Int = 8, seed: UInt64 = 1) throws -> StrategyDiff {
        StrategyDiff.run(old: try DiffFixture.load(old), new: try DiffFixture.load(new), week: DiffFixture.week, seed: seed,
                         replications: .fixed(replications))
    }

    func testTheSameStrategyIsNoChangeAndPassesTheVerdict() throws {
        let diff = try Self.diff(Self.desk, Self.desk)
        XCTAssertTrue(diff.isSame)
        XCTAssertEqual(diff.headline, "no changes")
        XCTAssertEqual(diff.worseVerdicts.count, 0)
        XCTAssertEqual(diff.slas.map(\.direction), [.same])
        XCTAssertEqual(diff.oldReport.replications, 8)
    }

    /// With the same seed the same mentions arrive in both weeks, so taking away a care
    /// person can only make each week's met share lower or equal: never a better share.
    func testRemovingACarePersonNeverMakesAShareBetterWithTheSameSeed() throws {
        XCTAssertNotEqual(Self.withoutBen, Self.desk, "the edit bites")
        for seed: UInt64 in [1, 2, 3] {
            let diff = try Self.diff(Self.desk, Self.withoutBen, seed: seed)
            let sla = try XCTUnwrap(diff.slas.first)
            let before = try XCTUnwrap(sla.before), after = try XCTUnwrap(sla.after)
            XCTAssertLessThanOrEqual(after.weeksKept.successes, before.weeksKept.successes, "seed \(seed)")
            XCTAssertLessThan(try XCTUnwrap(after.attainment).mean, try XCTUnwrap(before.attainment).mean, "seed \(seed)")
            XCTAssertEqual(diff.changes.map(\.words), ["removed ben (Ben Dahl; care; Mon–Fri 10:00–18:00)"])
            XCTAssertGreaterThan(diff.gaps.shortfallAfter, diff.gaps.shortfallBefore, "one person fewer leaves more short")
        }
    }

    func testAVerdictThatGetsWorseIsTheFinding() {
        let check = { (old: String, new: String) throws -> StrategyDiff in try Self.diff(old, new, replications: 20) }
        guard let diff = try? check(Self.desk, Self.withoutBen) else { return XCTFail("loads") }
        let sla = diff.slas[0]
        XCTAssertEqual(sla.before?.verdict, .meets, "two people keep 80 % within 30 minutes")
        XCTAssertEqual(sla.after?.verdict, .misses, "one cannot")
        XCTAssertTrue(sla.verdictGetsWorse)
        XCTAssertEqual(sla.direction, .worse)
        XCTAssertEqual(diff.worseVerdicts.map(\.name), ["normal first_reply"])
        XCTAssertTrue(diff.headline.hasPrefix("1 change to people; 1 SLA gets worse: normal first_reply 100% → "), diff.headline)
        XCTAssertEqual(diff.verdictLine, "verdict: 1 SLA gets a worse verdict: normal first_reply meets → misses")
        // The other way round: a better verdict is no finding.
        guard let back = try? check(Self.withoutBen, Self.desk) else { return XCTFail("loads") }
        XCTAssertEqual(back.worseVerdicts.count, 0)
        XCTAssertEqual(back.slas[0].direction, .better)
        XCTAssertEqual(back.verdictLine, "verdict: no SLA gets a worse verdict")
    }

    /// Both sides judge the same simulated weeks: the run that stopped earlier is extended to
    /// the other's count, and each side's figures are those of a fixed run of that count.
    func testBothSidesJudgeTheSameWeeksAsAFixedRunOfTheFinalCount() throws {
        let old = try DiffFixture.load(Self.desk), new = try DiffFixture.load(Self.withoutBen)
        let diff = StrategyDiff.run(old: old, new: new, week: DiffFixture.week, seed: 4, replications: ReplicationBudget(initial: 4, cap: 32))
        let n = diff.oldReport.replications
        XCTAssertEqual(diff.newReport.replications, n)
        XCTAssertGreaterThan(n, 4, "4 weeks cannot decide the two-person desk's verdict: the run was extended")
        XCTAssertEqual(diff.oldReport.slas, WeekCheck.report(strategy: old, week: DiffFixture.week, seed: 4, replications: .fixed(n)).slas)
        XCTAssertEqual(diff.newReport.slas, WeekCheck.report(strategy: new, week: DiffFixture.week, seed: 4, replications: .fixed(n)).slas)
    }

    /// One progress count for both runs: a call per simulated week, the total only growing, and
    /// ending at both runs' weeks together.
    func testProgressCountsBothRunsTogether() throws {
        final class Seen: @unchecked Sendable {
            let lock = NSLock()
            var totals: [Int] = []
        }
        let seen = Seen()
        let diff = StrategyDiff.run(old: try DiffFixture.load(Self.desk), new: try DiffFixture.load(Self.withoutBen), week: DiffFixture.week,
                                    seed: 4, replications: ReplicationBudget(initial: 4, cap: 32),
                                    progress: { total in seen.lock.withLock { seen.totals.append(total) } })
        let n = diff.newReport.replications
        XCTAssertEqual(seen.totals.count, 2 * n)
        XCTAssertEqual(seen.totals.first, 8, "4 weeks of each run to start with")
        XCTAssertEqual(seen.totals.last, 2 * n)
        XCTAssertEqual(seen.totals, seen.totals.sorted(), "the total only grows")
    }

    func testVerdictRanks() {
        func forecast(_ kept: Int, of n: Int = 20) -> SLAForecast {
            let measure = SLAMeasure(level: 0, priority: "p", metric: .firstReply, limitSeconds: 600, target: 0.5, clock: .calendar)
            let tallies = (0..<n).map { i -> MeasureTally in
                var tally = MeasureTally()
                if i < kept { tally.met = 1 } else { tally.breached = 1 }
                return tally
            }
            return SLAForecast(measure: measure, tallies: tallies)
        }
        let meets = forecast(20), close = forecast(17), misses = forecast(5)
        XCTAssertEqual([meets.verdict, close.verdict, misses.verdict], [.meets, .tooCloseToCall, .misses])
        XCTAssertTrue(SLAComparison(name: "p", before: meets, after: close).verdictGetsWorse)
        XCTAssertTrue(SLAComparison(name: "p", before: close, after: misses).verdictGetsWorse)
        XCTAssertFalse(SLAComparison(name: "p", before: misses, after: close).verdictGetsWorse)
        XCTAssertTrue(SLAComparison(name: "p", before: nil, after: misses).verdictGetsWorse, "a new promise not kept")
        XCTAssertFalse(SLAComparison(name: "p", before: nil, after: close).verdictGetsWorse, "a new promise too close to call")
        XCTAssertFalse(SLAComparison(name: "p", before: nil, after: meets).verdictGetsWorse)
        XCTAssertFalse(SLAComparison(name: "p", before: meets, after: nil).verdictGetsWorse, "a promise dropped is a change, not a worse verdict")
        XCTAssertEqual(SLAComparison(name: "p", before: meets, after: nil).direction, .removed)
    }

    /// Gaps are paired by time: the plan without Ben has afternoon blocks the plan with him
    /// does not, and no block of the old plan is lost without a trace.
    func testGapsArePairedByTime() throws {
        let diff = try Self.diff(Self.desk, Self.withoutBen, replications: 2)
        let g = diff.gaps
        let old = diff.oldReport.schedule.gaps, new = diff.newReport.schedule.gaps
        XCTAssertEqual(g.closed.count + g.changed.reduce(0) { $0 + $1.before.count } + g.unchanged, old.count, "every old block accounted for")
        XCTAssertEqual(g.opened.count + g.changed.reduce(0) { $0 + $1.after.count } + g.unchanged, new.count, "every new block accounted for")
        XCTAssertFalse(g.isSame)
        let same = GapComparison(old: diff.newReport.schedule, new: diff.newReport.schedule)
        XCTAssertTrue(same.isSame)
        XCTAssertEqual(same.unchanged, new.count)
    }
}
