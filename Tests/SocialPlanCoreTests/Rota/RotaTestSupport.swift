@testable import SocialPlanCore

enum RotaFixtures {
    /// Interval of `day` (0 = Monday) at `hour`:00 in a 672-interval week.
    static func at(_ day: Int, _ hour: Int) -> Int { day * 96 + hour * 4 }

    /// A mask of `count` flags, true inside the given ranges.
    static func mask(_ count: Int, _ ranges: [Range<Int>]) -> [Bool] {
        var mask = [Bool](repeating: false, count: count)
        for range in ranges { for t in range.clamped(to: 0..<count) { mask[t] = true } }
        return mask
    }

    /// A requirement of `count` entries, `level` inside the given ranges and 0 elsewhere.
    static func requirement(_ count: Int, _ ranges: [Range<Int>], level: Int = 1) -> [Int] {
        mask(count, ranges).map { $0 ? level : 0 }
    }

    /// A random problem: availability in random blocks, a bumpy requirement, some hour limits
    /// and fixed shifts (which may break the rules, as strategies are allowed to).
    static func randomProblem(_ rng: inout TestRandom, intervals: ClosedRange<Int>, members: ClosedRange<Int>) -> RotaProblem {
        let count = rng.int(in: intervals)
        let minLength = rng.int(in: 1...6)
        let maxLength = minLength + rng.int(in: 0...10)
        let rest = rng.int(in: 0...12)
        var level = rng.int(in: 0...2)
        let requirement = (0..<count).map { _ -> Int in
            if rng.chance(15) { level = max(0, min(4, level + rng.int(in: -1...1))) }
            return level
        }
        let people = (0..<rng.int(in: members)).map { index -> RotaMember in
            var available = [Bool](repeating: false, count: count)
            var t = rng.int(in: 0...5)
            while t < count {
                let length = rng.int(in: 1...(2 * maxLength + 2))
                for u in t..<min(count, t + length) { available[u] = true }
                t += length + rng.int(in: 1...(rest + 6))
            }
            let limit: Int? = rng.chance(40) ? rng.int(in: 0...(count / 2)) : nil
            var fixed: [Range<Int>] = []
            if rng.chance(25) {
                let start = rng.int(in: -2...(count - 1))
                fixed.append(start..<(start + rng.int(in: 1...(maxLength + 3))))
            }
            return RotaMember(id: "p\(index)", available: available, maxIntervals: limit, fixedShifts: fixed)
        }
        return RotaProblem(
            intervalCount: count, requirement: requirement, members: people,
            minShiftIntervals: minLength, maxShiftIntervals: maxLength, minRestIntervals: rest
        )
    }
}
