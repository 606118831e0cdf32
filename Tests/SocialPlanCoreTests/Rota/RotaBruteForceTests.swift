import XCTest
@testable import SocialPlanCore

/// Tiny weeks solved by enumerating every plan: the planner must reach the optimum.
final class RotaBruteForceTests: XCTestCase {
    /// Both objectives must be optimal: the weighted shortfall (an interval's first missing agent
    /// counts `RotaScoring.uncoveredWeight` times), then the overstaffing at that value.
    func testPlannerReachesTheEnumeratedOptimumOnTinyWeeks() {
        var rng = TestRandom(seed: 3)
        var checked = 0
        for index in 0..<200 where checked < 60 {
            let problem = tinyProblem(&rng)
            guard let best = RotaBruteForce.optimum(problem, maxCombinations: 200_000) else { continue }
            let solution = RotaPlanner.plan(problem)
            XCTAssertEqual(problem.check(solution), [], "tiny #\(index)")
            let found = RotaObjective(requirement: problem.normalizedRequirement(), coverage: solution.coverage)
            XCTAssertEqual(found.shortfall, solution.shortfall, "tiny #\(index): plain shortfall reported")
            XCTAssertEqual(found.weightedShortfall, best.weightedShortfall, "tiny #\(index): weighted shortfall")
            XCTAssertEqual(solution.overstaffing, best.overstaffing, "tiny #\(index): overstaffing at optimal weighted shortfall")
            checked += 1
        }
        XCTAssertEqual(checked, 60, "enough tiny weeks small enough to enumerate")
    }

    func testEnumeratorFindsAKnownOptimum() {
        // Two people, 3 intervals needed twice with a 4-interval rest between: one each.
        let problem = RotaProblem(
            intervalCount: 12, requirement: [0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0],
            members: [RotaMember(id: "a", available: [Bool](repeating: true, count: 12)),
                      RotaMember(id: "b", available: [Bool](repeating: true, count: 12))],
            minShiftIntervals: 3, maxShiftIntervals: 4, minRestIntervals: 4
        )
        XCTAssertEqual(RotaBruteForce.optimum(problem, maxCombinations: 1_000_000), RotaObjective(shortfall: 0, uncovered: 0, overstaffing: 0))
        XCTAssertEqual(RotaPlanner.plan(problem).shortfall, 0)
    }

    private func tinyProblem(_ rng: inout TestRandom) -> RotaProblem {
        let count = rng.int(in: 10...14)
        let requirement = (0..<count).map { _ in rng.int(in: 0...2) }
        let members = (0..<rng.int(in: 1...3)).map { index in
            RotaMember(
                id: "t\(index)", available: (0..<count).map { _ in !rng.chance(20) },
                maxIntervals: rng.chance(30) ? rng.int(in: 2...8) : nil
            )
        }
        return RotaProblem(
            intervalCount: count, requirement: requirement, members: members,
            minShiftIntervals: rng.int(in: 2...3), maxShiftIntervals: rng.int(in: 3...6), minRestIntervals: rng.int(in: 1...4)
        )
    }
}

/// Exhaustive search over every member's every valid week (no fixed shifts). Exponential: only
/// for weeks of a dozen intervals.
enum RotaBruteForce {
    /// The best (weighted shortfall, overstaffing), or nil when there are more than `maxCombinations` plans.
    static func optimum(_ problem: RotaProblem, maxCombinations: Int) -> RotaObjective? {
        let weeks = problem.members.map { weeksOf($0, in: problem) }
        guard weeks.reduce(1, { min(Int.max / 2, $0 * $1.count) }) <= maxCombinations else { return nil }
        var best = RotaObjective(shortfall: Int.max / 4, uncovered: 0, overstaffing: Int.max)
        var coverage = [Int](repeating: 0, count: problem.intervalCount)
        func visit(_ member: Int) {
            guard member < weeks.count else {
                var objective = RotaObjective(shortfall: 0, uncovered: 0, overstaffing: 0)
                for t in 0..<problem.intervalCount {
                    objective.shortfall += max(0, problem.requirement[t] - coverage[t])
                    objective.overstaffing += max(0, coverage[t] - problem.requirement[t])
                    if problem.requirement[t] > 0 && coverage[t] == 0 { objective.uncovered += 1 }
                }
                if objective < best { best = objective }
                return
            }
            for week in weeks[member] {
                for shift in week { for t in shift { coverage[t] += 1 } }
                visit(member + 1)
                for shift in week { for t in shift { coverage[t] -= 1 } }
            }
        }
        visit(0)
        return best
    }

    /// Every set of shifts one member may work, the empty week included.
    static func weeksOf(_ member: RotaMember, in problem: RotaProblem) -> [[Range<Int>]] {
        var result: [[Range<Int>]] = []
        func extend(_ week: [Range<Int>], from start: Int, used: Int) {
            result.append(week)
            for begin in stride(from: start, to: problem.intervalCount, by: 1) {
                for length in problem.minShiftIntervals...problem.maxShiftIntervals {
                    let shift = begin..<(begin + length)
                    guard shift.upperBound <= problem.intervalCount, shift.allSatisfy({ member.available[$0] }),
                          used + length <= (member.maxIntervals ?? Int.max) else { continue }
                    extend(week + [shift], from: shift.upperBound + problem.minRestIntervals, used: used + length)
                }
            }
        }
        extend([], from: 0, used: 0)
        return result
    }
}
