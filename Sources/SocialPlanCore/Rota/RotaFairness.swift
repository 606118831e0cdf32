/// The third objective: duty spread across members in proportion to what each can give.
///
/// A member's *capacity* c is min(maxIntervals, intervals they are available or fixed); their
/// *duty* a is the intervals they are on. The planner minimises the spread
/// **F = Σ a² / c** over members with c > 0. For a fixed total of duty, F is smallest when every
/// a is proportional to c (setting the derivative 2a/c equal for all members), so lowering F moves
/// duty from members who give a larger share of their capacity to those who give less. Unlike the
/// largest ratio a/c it still rewards evening out members who are not the most loaded, and unlike
/// Σ (a/c)² it does not push small-capacity members toward zero.
public enum RotaFairness {
    /// Σ a² / c over members with capacity, for a solution of `problem`. O(M·T).
    public static func spread(of solution: RotaSolution, in problem: RotaProblem) -> Double {
        let capacity = RotaInstance(problem).capacity
        return zip(solution.intervalsPerMember, capacity).reduce(0) { sum, pair in
            pair.1 > 0 ? sum + Double(pair.0 * pair.0) / Double(pair.1) : sum
        }
    }

    /// The largest duty ÷ capacity over members with capacity (0 when there are none). O(M·T).
    public static func largestShare(of solution: RotaSolution, in problem: RotaProblem) -> Double {
        let capacity = RotaInstance(problem).capacity
        return zip(solution.intervalsPerMember, capacity).reduce(0) { largest, pair in
            pair.1 > 0 ? max(largest, Double(pair.0) / Double(pair.1)) : largest
        }
    }

    /// Does moving `length` intervals of duty from member `from` to member `to` lower F?
    /// Exact integer arithmetic. O(1).
    static func moveIsFairer(length: Int, from: Int, to: Int, duty: [Int], capacity: [Int]) -> Bool {
        change(length: length, from: from, to: to, duty: duty, capacity: capacity) < 0
    }

    /// The change in F from such a move, scaled by c_from · c_to (sign exact). O(1).
    static func change(length: Int, from: Int, to: Int, duty: [Int], capacity: [Int]) -> Int {
        guard capacity[from] > 0, capacity[to] > 0 else { return 0 }
        let a = duty[from]
        let b = duty[to]
        let lost = (a - length) * (a - length) - a * a
        let gained = (b + length) * (b + length) - b * b
        return lost * capacity[to] + gained * capacity[from]
    }

    /// Member indices ordered by duty ÷ capacity, lowest first, ties by index; members without
    /// capacity last. O(M log M).
    static func leastLoadedFirst(duty: [Int], capacity: [Int]) -> [Int] {
        duty.indices.sorted { x, y in
            if (capacity[x] > 0) != (capacity[y] > 0) { return capacity[x] > 0 }
            let lhs = duty[x] * max(1, capacity[y])
            let rhs = duty[y] * max(1, capacity[x])
            return lhs != rhs ? lhs < rhs : x < y
        }
    }
}
