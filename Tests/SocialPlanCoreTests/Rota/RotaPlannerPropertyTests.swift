import XCTest
@testable import SocialPlanCore
import SocialPlanTestSupport

/// Invariants over many generated problems: every plan is valid, consistent and repeatable.
/// An ordinary run checks the first 100 small and 2 large problems of each sequence;
/// `SOCIALPLAN_SLOW_TESTS=1` checks 300 and 6.
final class RotaPlannerPropertyTests: XCTestCase {
    func testSmallProblemsGiveValidConsistentRepeatablePlans() {
        var rng = TestRandom(seed: 1)
        for index in 0..<SlowTests.pick(fast: 100, slow: 300) {
            let problem = RotaFixtures.randomProblem(&rng, intervals: 10...120, members: 1...5)
            assertSound(problem, label: "small #\(index)")
        }
    }

    func testLargeProblemsGiveValidConsistentRepeatablePlans() {
        var rng = TestRandom(seed: 2)
        for index in 0..<SlowTests.pick(fast: 2, slow: 6) {
            let problem = RotaFixtures.randomProblem(&rng, intervals: 600...700, members: 10...25)
            assertSound(problem, label: "large #\(index)")
        }
    }

    private func assertSound(_ problem: RotaProblem, label: String, file: StaticString = #filePath, line: UInt = #line) {
        let solution = RotaPlanner.plan(problem)
        XCTAssertEqual(problem.check(solution), [], label, file: file, line: line)
        // Totals recomputed independently of the planner's own bookkeeping.
        var coverage = [Int](repeating: 0, count: problem.intervalCount)
        for (member, _) in problem.members.enumerated() {
            var onDuty = Set<Int>()
            for shift in solution.shifts where shift.member == member { onDuty.formUnion(shift.intervals) }
            for t in onDuty { coverage[t] += 1 }
            XCTAssertEqual(solution.intervalsPerMember[member], onDuty.count, "\(label) duty", file: file, line: line)
        }
        XCTAssertEqual(solution.coverage, coverage, "\(label) coverage", file: file, line: line)
        let needed = (0..<problem.intervalCount).map { max(0, problem.requirement[$0]) }
        XCTAssertEqual(solution.shortfall, zip(needed, coverage).reduce(0) { $0 + max(0, $1.0 - $1.1) }, label, file: file, line: line)
        XCTAssertEqual(solution.overstaffing, zip(needed, coverage).reduce(0) { $0 + max(0, $1.1 - $1.0) }, label, file: file, line: line)
        // Fixed shifts are all there, as given (clipped to the week).
        for (member, person) in problem.members.enumerated() {
            let expected = person.fixedShifts.map { $0.clamped(to: 0..<problem.intervalCount) }.filter { !$0.isEmpty }
            let actual = solution.shifts.filter { $0.member == member && $0.isFixed }.map(\.intervals)
            XCTAssertEqual(actual.count, expected.count, "\(label) fixed", file: file, line: line)
            XCTAssertTrue(expected.allSatisfy(actual.contains), "\(label) fixed", file: file, line: line)
        }
        // Nobody is double-booked by the planner.
        for (index, shift) in solution.shifts.enumerated() where !shift.isFixed {
            for other in solution.shifts[(index + 1)...] where other.member == shift.member {
                XCTAssertFalse(shift.intervals.overlaps(other.intervals), "\(label) double-booked", file: file, line: line)
            }
        }
        XCTAssertEqual(RotaPlanner.plan(problem), solution, "\(label) not deterministic", file: file, line: line)
    }
}
