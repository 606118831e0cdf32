/// The best week for one member: the set of shifts with the largest total weight that respects
/// the shift length, rest and hours rules.
///
/// A shift is a run `[s, e)` of open intervals with `minLength ≤ e − s ≤ maxLength`; two shifts
/// need `e₁ + rest ≤ s₂`; all lengths add up to at most `budget`.
///
/// Dynamic programming over the end of the last shift. Without a binding budget:
/// `best(x) = max(best(x − 1), max_L w[x−L, x) + best(x − L − rest))`, O(T·ΔL) with
/// ΔL = maxLength − minLength + 1 — about 20 000 steps for a week. When that answer exceeds the
/// budget B, the same recursion runs with the hours used as a second index in O(T·B)
/// (`RotaScheduleSearch+Budget.swift`). Ties go to the earliest end and then the shortest shift,
/// so the result is deterministic.
///
/// A search keeps its memory between calls (`Scratch`) and counts its `work`: the table cells
/// it computed (an hour-limited cell counts 3, its cost against a free one), a measure of effort
/// that is the same on every machine.
struct RotaScheduleSearch: Sendable {
    let minLength: Int
    let maxLength: Int
    let rest: Int
    /// Table cells computed so far by this search (a deterministic measure of effort).
    var work = 0
    var scratch = Scratch()

    init(minLength: Int, maxLength: Int, rest: Int) {
        self.minLength = minLength
        self.maxLength = maxLength
        self.rest = rest
    }

    /// The best shifts for `weights` inside `open`, within `budget` intervals, sorted by start.
    mutating func best(weights: [Int64], open: [Bool], budget: Int) -> [Range<Int>] {
        let count = weights.count
        guard minLength <= maxLength, budget >= minLength, count >= minLength else { return [] }
        var prefix = [Int64](repeating: 0, count: count + 1)
        var runStart = [Int](repeating: 0, count: count + 1)
        for t in 0..<count {
            prefix[t + 1] = prefix[t] + (open[t] ? weights[t] : 0)
            runStart[t + 1] = open[t] ? runStart[t] : t + 1
        }
        work += count * (maxLength - minLength + 1)
        let free = unconstrained(prefix: prefix, runStart: runStart)
        if free.reduce(0, { $0 + $1.count }) <= budget { return free }
        return constrained(prefix: prefix, runStart: runStart, budget: budget)
    }

    private func unconstrained(prefix: [Int64], runStart: [Int]) -> [Range<Int>] {
        let count = prefix.count - 1
        var bestUpTo = [Int64](repeating: 0, count: count + 1)
        var lastEnd = [Int](repeating: -1, count: count + 1)
        var lengthAt = [Int](repeating: 0, count: count + 1)
        let (minLength, maxLength, rest) = (self.minLength, self.maxLength, self.rest)
        prefix.withUnsafeBufferPointer { prefix in
            bestUpTo.withUnsafeMutableBufferPointer { bestUpTo in
                for end in 1...count {
                    bestUpTo[end] = bestUpTo[end - 1]
                    lastEnd[end] = lastEnd[end - 1]
                    let longest = min(maxLength, end - runStart[end])
                    guard longest >= minLength else { continue }
                    var best = Int64.min
                    var bestLength = 0
                    for length in minLength...longest {
                        let start = end - length
                        let before = start >= rest ? bestUpTo[start - rest] : 0
                        let value = prefix[end] - prefix[start] + before
                        if value > best { best = value; bestLength = length }
                    }
                    lengthAt[end] = bestLength
                    if best > bestUpTo[end] { bestUpTo[end] = best; lastEnd[end] = end }
                }
            }
        }
        var shifts: [Range<Int>] = []
        var cursor = count
        while cursor >= 0, lastEnd[cursor] >= 0 {
            let end = lastEnd[cursor]
            let start = end - lengthAt[end]
            shifts.append(start..<end)
            cursor = start - rest
        }
        return shifts.reversed()
    }
}
