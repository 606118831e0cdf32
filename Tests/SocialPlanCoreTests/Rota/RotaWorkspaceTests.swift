import XCTest
@testable import SocialPlanCore

/// The workspace's quick checks agree with the plain ones they replace in the planner's loops.
final class RotaWorkspaceTests: XCTestCase {
    /// `isFree` (the fairness step's check) says what `freeMask` says, piece by piece.
    func testIsFreeAgreesWithTheFreeMask() {
        var rng = TestRandom(seed: 21)
        var checked = 0
        var free = 0
        for _ in 0..<40 {
            let problem = RotaFixtures.randomProblem(&rng, intervals: 40...200, members: 2...6)
            var workspace = RotaWorkspace(RotaInstance(problem))
            RotaGreedyStart.fill(&workspace)
            let instance = workspace.instance
            for member in 0..<instance.memberCount {
                let mask = workspace.freeMask(of: member)
                for _ in 0..<30 {
                    let start = rng.int(in: 0...(instance.intervalCount - 1))
                    let piece = start..<min(instance.intervalCount, start + rng.int(in: 1...12))
                    let expected = piece.allSatisfy { mask[$0] }
                    XCTAssertEqual(workspace.isFree(piece, for: member), expected, "member \(member), \(piece)")
                    checked += 1
                    if expected { free += 1 }
                }
            }
        }
        XCTAssertGreaterThan(free, checked / 10, "too few free pieces to tell anything")
        XCTAssertLessThan(free, checked * 9 / 10, "too few pieces that are not free")
    }

    /// The competing pairs from bit masks are those whose open intervals meet, in index order.
    func testCompetitorsAreTheMembersWhoseOpenIntervalsMeet() {
        var rng = TestRandom(seed: 22)
        for index in 0..<30 {
            let problem = RotaFixtures.randomProblem(&rng, intervals: 10...300, members: 1...9)
            let instance = RotaInstance(problem)
            let expected = (0..<instance.memberCount).map { a in
                (0..<instance.memberCount).filter { b in
                    b != a && (0..<instance.intervalCount).contains { instance.open[a][$0] && instance.open[b][$0] }
                }
            }
            XCTAssertEqual(RotaPairReplan.competitors(instance), expected, "case \(index)")
        }
    }
}
