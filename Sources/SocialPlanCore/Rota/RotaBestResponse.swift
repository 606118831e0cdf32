/// Local improvement by re-planning one member's whole week at a time.
///
/// With everyone else fixed, a member's best week under the lexicographic objective is exactly
/// a `RotaScheduleSearch` over `RotaScoring` weights, so each step can only improve
/// (weighted shortfall, overstaffing, scarcity tie-break), and a change is kept only when it is strictly
/// better. That makes the objective a potential: the loop ends, at a plan no single member can
/// improve alone. Members are re-planned only while something they could cover has changed
/// since their last turn. One sweep costs O(M·T·ΔL) (plus O(T·B·ΔL) for each member whose hour
/// limit B binds); sweeps are capped at `maxSweeps`, and members are not re-planned once the
/// workspace's work budget is spent.
enum RotaBestResponse {
    /// Re-plans members until none can improve; returns true when anything changed.
    @discardableResult
    ///
    /// `penalty` adds guided-local-search weight to short intervals; `dirty` limits the first
    /// sweep to some members (all by default).
    static func improve(
        _ workspace: inout RotaWorkspace, penalty: [Int]? = nil, dirty initial: [Bool]? = nil, maxSweeps: Int = 60
    ) -> Bool {
        let instance = workspace.instance
        let scoring = RotaScoring(instance)
        var dirty = initial ?? [Bool](repeating: true, count: instance.memberCount)
        var changedAny = false
        for _ in 0..<maxSweeps {
            var changed = false
            for member in 0..<instance.memberCount where dirty[member] {
                guard !workspace.isOverBudget else { return changedAny }
                dirty[member] = false
                let weights = scoring.weights(for: member, in: workspace, penalty: penalty)
                let current = workspace.planned[member]
                let proposal = workspace.search.best(weights: weights, open: instance.open[member], budget: instance.budget[member])
                guard RotaScoring.value(of: proposal, weights: weights) > RotaScoring.value(of: current, weights: weights) else {
                    continue
                }
                workspace.setPlanned(proposal, for: member)
                markAffected(by: current, and: proposal, except: member, in: instance, dirty: &dirty)
                changed = true
                changedAny = true
            }
            if !changed { break }
        }
        return changedAny
    }

    /// Flags every other member who could cover an interval whose coverage just changed. O(M·T).
    static func markAffected(
        by old: [Range<Int>], and new: [Range<Int>], except member: Int,
        in instance: RotaInstance, dirty: inout [Bool]
    ) {
        var delta = [Int](repeating: 0, count: instance.intervalCount)
        for shift in old { for t in shift { delta[t] -= 1 } }
        for shift in new { for t in shift { delta[t] += 1 } }
        let touched = delta.indices.filter { delta[$0] != 0 }
        guard !touched.isEmpty else { return }
        for other in 0..<instance.memberCount where other != member && !dirty[other] {
            let open = instance.open[other]
            if touched.contains(where: { open[$0] }) { dirty[other] = true }
        }
    }
}
