import XCTest
@testable import SocialPlanCore

/// Hand-made weeks whose right answer is known.
final class RotaPlannerCaseTests: XCTestCase {
    private let week = 672
    private let at = RotaFixtures.at

    func testRequirementMatchingOneMembersAvailabilityIsCoveredExactly() {
        let hours = at(0, 9)..<at(0, 17)
        let problem = RotaProblem(
            intervalCount: week, requirement: RotaFixtures.requirement(week, [hours]),
            members: [RotaMember(id: "kari", available: RotaFixtures.mask(week, [hours]))]
        )
        let solution = RotaPlanner.plan(problem)
        XCTAssertEqual(problem.check(solution), [])
        XCTAssertEqual(solution.shortfall, 0)
        XCTAssertEqual(solution.overstaffing, 0)
        XCTAssertEqual(solution.shifts, [RotaShift(member: 0, intervals: hours, isFixed: false)])
    }

    func testAvailabilityShorterThanMinimumShiftIsNeverUsed() {
        // Blocks of 7 intervals (1 h 45 min) on each weekday, one short of the 2 h minimum.
        let blocks = (0..<5).map { at($0, 10)..<(at($0, 10) + 7) }
        let problem = RotaProblem(
            intervalCount: week, requirement: RotaFixtures.requirement(week, blocks),
            members: [
                RotaMember(id: "short", available: RotaFixtures.mask(week, blocks)),
                RotaMember(id: "elsewhere", available: RotaFixtures.mask(week, [at(5, 8)..<at(5, 20)])),
            ]
        )
        let solution = RotaPlanner.plan(problem)
        XCTAssertEqual(problem.check(solution), [])
        XCTAssertTrue(solution.shifts.isEmpty)
        XCTAssertEqual(solution.shortfall, 35)
    }

    func testMaximumHoursAreRespected() {
        let problem = RotaProblem(
            intervalCount: week, requirement: [Int](repeating: 1, count: week),
            members: [RotaMember(id: "capped", available: [Bool](repeating: true, count: week), maxIntervals: 40)]
        )
        let solution = RotaPlanner.plan(problem)
        XCTAssertEqual(problem.check(solution), [])
        XCTAssertEqual(solution.intervalsPerMember, [40])
        XCTAssertEqual(solution.shortfall, week - 40)
        XCTAssertEqual(solution.overstaffing, 0)
    }

    func testRestIsRespectedAcrossMidnight() {
        // Monday 14–22 and Tuesday 06–14 are 8 h apart: one person cannot do both in full.
        let monday = at(0, 14)..<at(0, 22)
        let tuesday = at(1, 6)..<at(1, 14)
        let problem = RotaProblem(
            intervalCount: week, requirement: RotaFixtures.requirement(week, [monday, tuesday]),
            members: [RotaMember(id: "solo", available: RotaFixtures.mask(week, [at(0, 14)..<at(2, 0)]))]
        )
        let solution = RotaPlanner.plan(problem)
        XCTAssertEqual(problem.check(solution), [])
        XCTAssertEqual(solution.shortfall, 12, "3 h of the 16 cannot be covered with 11 h of rest")
        XCTAssertEqual(solution.shifts.count, 2)
        if solution.shifts.count == 2 {
            XCTAssertGreaterThanOrEqual(solution.shifts[1].intervals.lowerBound - solution.shifts[0].intervals.upperBound, 44)
        }
    }

    func testTwoIdenticalMembersShareATwoShiftWeek() {
        let monday = at(0, 9)..<at(0, 17)
        let wednesday = at(2, 9)..<at(2, 17)
        let everywhere = [Bool](repeating: true, count: week)
        let problem = RotaProblem(
            intervalCount: week, requirement: RotaFixtures.requirement(week, [monday, wednesday]),
            members: [RotaMember(id: "ola", available: everywhere), RotaMember(id: "kari", available: everywhere)]
        )
        let solution = RotaPlanner.plan(problem)
        XCTAssertEqual(problem.check(solution), [])
        XCTAssertEqual(solution.shortfall, 0)
        XCTAssertEqual(solution.overstaffing, 0)
        XCTAssertEqual(solution.intervalsPerMember, [32, 32])
        XCTAssertEqual(Set(solution.shifts.map(\.member)), [0, 1])
    }

    func testImpossibleRequirementLeavesTheExpectedShortfall() {
        let hours = at(0, 9)..<at(0, 17)
        let problem = RotaProblem(
            intervalCount: week, requirement: RotaFixtures.requirement(week, [hours], level: 3),
            members: (0..<2).map { RotaMember(id: "m\($0)", available: RotaFixtures.mask(week, [hours])) }
        )
        let solution = RotaPlanner.plan(problem)
        XCTAssertEqual(problem.check(solution), [])
        XCTAssertEqual(solution.shortfall, 32)
        XCTAssertEqual(solution.overstaffing, 0)
    }

    func testFixedShiftsAreKeptAsGivenEvenWhenTheyBreakTheRules() {
        // A 1-hour fixed shift outside availability; the planner must keep 11 h away from it.
        let fixed = at(0, 0)..<at(0, 1)
        let problem = RotaProblem(
            intervalCount: week, requirement: RotaFixtures.requirement(week, [at(0, 9)..<at(0, 17)]),
            members: [RotaMember(id: "fixed", available: RotaFixtures.mask(week, [at(0, 8)..<at(0, 20)]), fixedShifts: [fixed])]
        )
        let solution = RotaPlanner.plan(problem)
        XCTAssertEqual(problem.check(solution), [])
        XCTAssertEqual(solution.shifts.first, RotaShift(member: 0, intervals: fixed, isFixed: true))
        XCTAssertEqual(solution.shifts.count, 2)
        XCTAssertEqual(solution.shifts.last, RotaShift(member: 0, intervals: at(0, 12)..<at(0, 17), isFixed: false),
                       "first start 11 h after the fixed end")
        XCTAssertEqual(solution.shortfall, 12)
    }

    func testFixedShiftsUsingAllHoursLeaveNothingMore() {
        let problem = RotaProblem(
            intervalCount: week, requirement: [Int](repeating: 1, count: week),
            members: [RotaMember(
                id: "full", available: [Bool](repeating: true, count: week), maxIntervals: 16,
                fixedShifts: [at(0, 9)..<at(0, 17)]
            )]
        )
        let solution = RotaPlanner.plan(problem)
        XCTAssertEqual(problem.check(solution), [])
        XCTAssertEqual(solution.shifts.map(\.isFixed), [true])
    }

    func testDaylightSavingWeekAndRaggedInputDoNotCrash() {
        let problem = RotaProblem(
            intervalCount: 668, requirement: [2, -1, 3],
            members: [RotaMember(id: "ragged", available: [Bool](repeating: true, count: 20), fixedShifts: [-5..<2, 660..<700])]
        )
        let solution = RotaPlanner.plan(problem)
        XCTAssertEqual(problem.check(solution), [])
        XCTAssertEqual(solution.coverage.count, 668)
        XCTAssertTrue(solution.shifts.contains(RotaShift(member: 0, intervals: 660..<668, isFixed: true)))
    }

    func testNoMembersMeansAllShort() {
        let problem = RotaProblem(intervalCount: week, requirement: [Int](repeating: 2, count: week), members: [])
        let solution = RotaPlanner.plan(problem)
        XCTAssertEqual(solution.shortfall, 2 * week)
        XCTAssertEqual(problem.check(solution), [])
    }
}
