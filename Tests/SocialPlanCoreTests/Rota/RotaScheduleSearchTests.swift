import XCTest
@testable import SocialPlanCore

/// The one-member search against enumeration, with and without an hour budget.
final class RotaScheduleSearchTests: XCTestCase {
    func testSearchMatchesEnumerationWithAndWithoutBudget() {
        var rng = TestRandom(seed: 4)
        for index in 0..<300 {
            let count = rng.int(in: 6...14)
            let minLength = rng.int(in: 1...4)
            let maxLength = minLength + rng.int(in: 0...4)
            let rest = rng.int(in: 0...5)
            let budget = rng.chance(50) ? rng.int(in: 0...count) : count
            let weights = (0..<count).map { _ in Int64(rng.int(in: -5...9)) }
            let open = (0..<count).map { _ in !rng.chance(15) }
            let search = RotaScheduleSearch(minLength: minLength, maxLength: maxLength, rest: rest)
            let found = search.best(weights: weights, open: open, budget: budget)
            let member = RotaMember(id: "x", available: open, maxIntervals: budget)
            let problem = RotaProblem(
                intervalCount: count, requirement: [], members: [member],
                minShiftIntervals: minLength, maxShiftIntervals: maxLength, minRestIntervals: rest
            )
            let best = RotaBruteForce.weeksOf(member, in: problem).map { RotaScoring.value(of: $0, weights: weights) }.max() ?? 0
            XCTAssertEqual(RotaScoring.value(of: found, weights: weights), best, "case \(index)")
            // And what it found is a legal week.
            XCTAssertLessThanOrEqual(found.reduce(0) { $0 + $1.count }, budget, "case \(index)")
            for (i, shift) in found.enumerated() {
                XCTAssertTrue((minLength...maxLength).contains(shift.count), "case \(index)")
                XCTAssertTrue(shift.allSatisfy { open[$0] }, "case \(index)")
                if i > 0 { XCTAssertGreaterThanOrEqual(shift.lowerBound - found[i - 1].upperBound, rest, "case \(index)") }
            }
        }
    }
}
