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
            var search = RotaScheduleSearch(minLength: minLength, maxLength: maxLength, rest: rest)
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

    /// The search skips rows where no shift can end and columns past the open intervals so far;
    /// it must still return exactly the shifts of the full table, ties included, so plans do
    /// not change. Checked against that table written plainly, on weeks large enough to have
    /// closed stretches, binding budgets and many ties (small integer weights).
    func testHourLimitedSearchReturnsTheFullTablesShifts() {
        var rng = TestRandom(seed: 14)
        var search = RotaScheduleSearch(minLength: 1, maxLength: 1, rest: 0)
        var limited = 0
        for index in 0..<150 {
            let count = rng.int(in: 20...90)
            let minLength = rng.int(in: 1...6)
            let maxLength = minLength + rng.int(in: 0...8)
            let rest = rng.int(in: 0...12)
            let budget = rng.int(in: 0...(count / 2))
            let weights = (0..<count).map { _ in Int64(rng.int(in: -2...3)) }
            var open = [Bool](repeating: false, count: count)
            var t = 0
            while t < count {
                let run = rng.int(in: 1...15)
                let isOpen = rng.chance(60)
                for u in t..<min(count, t + run) { open[u] = isOpen }
                t += run
            }
            if index % 2 == 0 { search = RotaScheduleSearch(minLength: minLength, maxLength: maxLength, rest: rest) }
            var fresh = RotaScheduleSearch(minLength: minLength, maxLength: maxLength, rest: rest)
            // Half the cases reuse a search whose memory holds an earlier, larger problem.
            if index % 2 == 1 { fresh.scratch = search.scratch }
            let found = fresh.best(weights: weights, open: open, budget: budget)
            let expected = FullTableSearch(minLength: minLength, maxLength: maxLength, rest: rest)
                .best(weights: weights, open: open, budget: budget)
            XCTAssertEqual(found, expected, "case \(index)")
            // Work beyond the free search's T·ΔL cells means the hour-limited table ran.
            if fresh.work > count * (maxLength - minLength + 1) { limited += 1 }
            search = fresh
        }
        XCTAssertGreaterThan(limited, 40, "most cases should need the hour-limited search")
    }
}

/// The one-member search as a plain table over (end, hours used), every length tried: slow,
/// obviously right, and with the planner's tie-breaks (the earliest end, then the shortest shift).
private struct FullTableSearch {
    let minLength: Int
    let maxLength: Int
    let rest: Int

    func best(weights: [Int64], open: [Bool], budget: Int) -> [Range<Int>] {
        let count = weights.count
        guard minLength <= maxLength, budget >= minLength, count >= minLength else { return [] }
        var prefix = [Int64](repeating: 0, count: count + 1)
        for t in 0..<count { prefix[t + 1] = prefix[t] + (open[t] ? weights[t] : 0) }
        let free = table(prefix: prefix, open: open, budget: count)
        if free.reduce(0, { $0 + $1.count }) <= budget { return free }
        return table(prefix: prefix, open: open, budget: budget)
    }

    private func table(prefix: [Int64], open: [Bool], budget: Int) -> [Range<Int>] {
        let count = prefix.count - 1
        var value = [[Int64]](repeating: [Int64](repeating: 0, count: budget + 1), count: count + 1)
        var lastEnd = [[Int]](repeating: [Int](repeating: -1, count: budget + 1), count: count + 1)
        var lengthAt = [[Int]](repeating: [Int](repeating: 0, count: budget + 1), count: count + 1)
        for end in 1...count {
            for used in 0...budget {
                value[end][used] = value[end - 1][used]
                lastEnd[end][used] = lastEnd[end - 1][used]
                var best = Int64.min
                var bestLength = 0
                for length in minLength...max(minLength, maxLength) where length <= maxLength && length <= used && length <= end {
                    let start = end - length
                    guard (start..<end).allSatisfy({ open[$0] }) else { break }
                    let before = start >= rest ? value[start - rest][used - length] : 0
                    let candidate = prefix[end] - prefix[start] + before
                    if candidate > best { best = candidate; bestLength = length }
                }
                if bestLength > 0, best > value[end][used] {
                    value[end][used] = best
                    lastEnd[end][used] = end
                    lengthAt[end][used] = bestLength
                }
            }
        }
        var shifts: [Range<Int>] = []
        var cursor = count
        var used = budget
        while cursor >= 0, lastEnd[cursor][used] >= 0 {
            let end = lastEnd[cursor][used]
            let length = lengthAt[end][used]
            shifts.append((end - length)..<end)
            cursor = end - length - rest
            used -= length
        }
        return shifts.reversed()
    }
}
