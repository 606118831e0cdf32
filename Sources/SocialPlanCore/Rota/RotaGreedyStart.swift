/// The starting plan: members take turns adding their single most useful shift.
///
/// Each round visits members from the least loaded (duty ÷ capacity) to the most, and each adds
/// the one shift with the largest `RotaScoring` value that fits their free intervals and
/// remaining hours, provided it covers at least one short interval. Rounds repeat until nobody
/// adds anything. Taking turns spreads duty from the start, which the fairness step then only
/// polishes. A turn is O(T·ΔL) with prefix sums, so the start costs O(R·M·T·ΔL) for R rounds
/// (R ≤ shifts a member can fit in a week, about 8–12). Each turn counts T·ΔL work; turns stop
/// when the workspace's work budget is spent.
enum RotaGreedyStart {
    /// Fills `workspace` with a first plan.
    static func fill(_ workspace: inout RotaWorkspace) {
        let instance = workspace.instance
        let scoring = RotaScoring(instance)
        var active = [Bool](repeating: true, count: instance.memberCount)
        while active.contains(true) {
            for member in RotaFairness.leastLoadedFirst(duty: workspace.duty, capacity: instance.capacity) where active[member] {
                guard !workspace.isOverBudget else { return }
                workspace.count(work: instance.intervalCount * (instance.maxLength - instance.minLength + 1))
                let budget = workspace.remainingBudget(of: member)
                let weights = scoring.weights(for: member, in: workspace)
                guard let shift = bestShift(weights: weights, free: workspace.freeMask(of: member), budget: budget, instance: instance),
                      RotaScoring.value(of: [shift], weights: weights) > 0 else {
                    active[member] = false
                    continue
                }
                workspace.add(shift, to: member)
            }
        }
    }

    /// The single shift of largest weight inside `free`, at most `budget` long; ties go to the
    /// earliest start, then the shortest. O(T·ΔL).
    static func bestShift(weights: [Int64], free: [Bool], budget: Int, instance: RotaInstance) -> Range<Int>? {
        let count = instance.intervalCount
        let longestAllowed = min(instance.maxLength, budget)
        guard longestAllowed >= instance.minLength else { return nil }
        var prefix = [Int64](repeating: 0, count: count + 1)
        var runEnd = [Int](repeating: count, count: count + 1)
        for t in 0..<count { prefix[t + 1] = prefix[t] + weights[t] }
        for t in stride(from: count - 1, through: 0, by: -1) { runEnd[t] = free[t] ? runEnd[t + 1] : t }
        var best: (value: Int64, shift: Range<Int>)?
        for start in 0..<count where free[start] {
            let longest = min(longestAllowed, runEnd[start] - start)
            guard longest >= instance.minLength else { continue }
            for length in instance.minLength...longest {
                let value = prefix[start + length] - prefix[start]
                if best.map({ value > $0.value }) ?? true { best = (value, start..<(start + length)) }
            }
        }
        return best?.shift
    }
}
