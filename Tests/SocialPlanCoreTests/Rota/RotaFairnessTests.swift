import XCTest
@testable import SocialPlanCore

final class RotaFairnessTests: XCTestCase {
    func testMovesTowardProportionalDutyAreFairer() {
        // Capacities 40 and 20: 30/0 is less fair than 20/10, which is the proportional split.
        XCTAssertTrue(RotaFairness.moveIsFairer(length: 10, from: 0, to: 1, duty: [30, 0], capacity: [40, 20]))
        XCTAssertFalse(RotaFairness.moveIsFairer(length: 10, from: 0, to: 1, duty: [20, 10], capacity: [40, 20]))
        XCTAssertFalse(RotaFairness.moveIsFairer(length: 10, from: 1, to: 0, duty: [20, 10], capacity: [40, 20]))
    }

    func testLeastLoadedComesFirstAndMembersWithoutCapacityLast() {
        XCTAssertEqual(RotaFairness.leastLoadedFirst(duty: [10, 0, 5, 5], capacity: [20, 0, 40, 10]), [2, 0, 3, 1])
    }

    func testPlannerSplitsDutyInProportionToCapacity() {
        // Five identical weekday shifts; one member can give 3 days, the other 2 (hour limits).
        let week = 672
        let days = (0..<5).map { RotaFixtures.at($0, 9)..<RotaFixtures.at($0, 17) }
        let everywhere = [Bool](repeating: true, count: week)
        let problem = RotaProblem(
            intervalCount: week, requirement: RotaFixtures.requirement(week, days),
            members: [
                RotaMember(id: "small", available: everywhere, maxIntervals: 64),
                RotaMember(id: "large", available: everywhere, maxIntervals: 320),
            ]
        )
        let solution = RotaPlanner.plan(problem)
        XCTAssertEqual(problem.check(solution), [])
        XCTAssertEqual(solution.shortfall, 0)
        XCTAssertEqual(solution.overstaffing, 0)
        // Proportional is 26.7 : 133.3 intervals (a share of 5/12 each); shifts may be split.
        XCTAssertEqual(solution.intervalsPerMember.reduce(0, +), 160)
        let shares = zip(solution.intervalsPerMember, [64.0, 320.0]).map { Double($0) / $1 }
        XCTAssertEqual(shares[0], shares[1], accuracy: 0.05, "\(solution.intervalsPerMember)")
    }
}
