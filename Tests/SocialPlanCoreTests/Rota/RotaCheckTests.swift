import XCTest
@testable import SocialPlanCore

/// The validator itself must catch each broken rule, or the property tests prove nothing.
final class RotaCheckTests: XCTestCase {
    private let problem = RotaProblem(
        intervalCount: 100, requirement: [Int](repeating: 1, count: 100),
        members: [
            RotaMember(id: "a", available: RotaFixtures.mask(100, [0..<60]), maxIntervals: 20, fixedShifts: [65..<70]),
            RotaMember(id: "b", available: [Bool](repeating: true, count: 100)),
        ],
        minShiftIntervals: 4, maxShiftIntervals: 12, minRestIntervals: 10
    )

    private func solution(_ shifts: [RotaShift]) -> RotaSolution { RotaSolution(problem: problem, shifts: shifts) }
    private func fixedA() -> RotaShift { RotaShift(member: 0, intervals: 65..<70, isFixed: true) }

    func testAValidSolutionPasses() {
        XCTAssertEqual(problem.check(solution([fixedA(), RotaShift(member: 0, intervals: 0..<10, isFixed: false)])), [])
    }

    func testEachBrokenRuleIsReported() {
        let cases: [(String, [RotaShift])] = [
            ("intervals, allowed", [fixedA(), RotaShift(member: 0, intervals: 0..<3, isFixed: false)]),
            ("intervals, allowed", [fixedA(), RotaShift(member: 1, intervals: 0..<13, isFixed: false)]),
            ("not available", [fixedA(), RotaShift(member: 0, intervals: 55..<62, isFixed: false)]),
            ("overlap", [fixedA(), RotaShift(member: 1, intervals: 0..<8, isFixed: false), RotaShift(member: 1, intervals: 4..<12, isFixed: false)]),
            ("of rest", [fixedA(), RotaShift(member: 1, intervals: 0..<8, isFixed: false), RotaShift(member: 1, intervals: 17..<25, isFixed: false)]),
            ("of rest", [fixedA(), RotaShift(member: 0, intervals: 50..<60, isFixed: false)]),
            ("limit 20", [fixedA(), RotaShift(member: 0, intervals: 0..<12, isFixed: false), RotaShift(member: 0, intervals: 22..<34, isFixed: false)]),
            ("fixed shifts", [RotaShift(member: 0, intervals: 0..<10, isFixed: false)]),
            ("outside the week", [fixedA(), RotaShift(member: 1, intervals: 95..<104, isFixed: false)]),
            ("does not exist", [fixedA(), RotaShift(member: 7, intervals: 0..<8, isFixed: false)]),
        ]
        for (expected, shifts) in cases {
            let problems = problem.check(solution(shifts))
            XCTAssertTrue(problems.contains { $0.contains(expected) }, "expected '\(expected)' in \(problems)")
        }
    }

    func testMisstatedTotalsAndOrderAreReported() {
        var bad = solution([fixedA(), RotaShift(member: 1, intervals: 0..<8, isFixed: false)])
        bad.shortfall += 1
        bad.overstaffing += 1
        bad.coverage[0] = 5
        bad.intervalsPerMember = [0, 0]
        bad.shifts.reverse()
        let problems = problem.check(bad)
        for expected in ["shortfall", "overstaffing", "coverage", "intervals per member", "not sorted"] {
            XCTAssertTrue(problems.contains { $0.contains(expected) }, "expected '\(expected)' in \(problems)")
        }
    }
}
