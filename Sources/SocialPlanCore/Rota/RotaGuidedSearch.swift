/// Guided local search: escapes the local optima of `RotaBestResponse` by making the intervals
/// that stay short more and more valuable, and keeps the best plan seen.
///
/// Each round adds one unit of penalty to every interval still short in the current plan, then
/// re-plans (one member at a time, short interval t's value times `1 + penalty[t]`) only the
/// members who could cover a penalised interval. The plan this leads to is judged on the true
/// objective (weighted shortfall, overstaffing); the best one is restored at the end and
/// polished with true weights. Penalties shift effort toward the stubborn gaps and let members
/// trade an easy interval for a hard one a colleague cannot reach. Stops at `shortfallFloor`
/// (then the weighted shortfall is provably optimal), after `patience` rounds without a better
/// plan, after `rounds` rounds, or when the workspace's work budget is spent. O(G · sweep) for
/// G rounds. `report` hears before each round.
enum RotaGuidedSearch {
    /// Runs `rounds` rounds; the workspace ends at the best plan found. True when it improved.
    @discardableResult
    static func improve(
        _ workspace: inout RotaWorkspace, rounds: Int = 60, patience: Int = 20, report: (RotaProgress) -> Void = { _ in }
    ) -> Bool {
        let instance = workspace.instance
        let start = workspace.objective
        let floor = shortfallFloor(instance)
        var best = (objective: start, planned: workspace.planned)
        var penalty = [Int](repeating: 0, count: instance.intervalCount)
        var sinceBest = 0
        for round in 0..<rounds where best.objective.weightedShortfall > floor && sinceBest < patience {
            guard !workspace.isOverBudget else { break }
            report(RotaProgress(step: .guidedSearch, completed: round, total: rounds, work: workspace.work))
            sinceBest += 1
            let short = (0..<instance.intervalCount).filter { workspace.coverage[$0] < instance.requirement[$0] }
            if short.isEmpty { break }
            for t in short { penalty[t] += 1 }
            let dirty = (0..<instance.memberCount).map { m in short.contains { instance.open[m][$0] } }
            guard dirty.contains(true) else { break }
            RotaBestResponse.improve(&workspace, penalty: penalty, dirty: dirty, maxSweeps: 4)
            RotaBestResponse.improve(&workspace)
            let objective = workspace.objective
            if objective < best.objective {
                best = (objective, workspace.planned)
                sinceBest = 0
            }
        }
        for member in 0..<instance.memberCount where workspace.planned[member] != best.planned[member] {
            workspace.setPlanned(best.planned[member], for: member)
        }
        return best.objective < start
    }

    /// A lower bound on the weighted shortfall: what remains where even everyone who could be on
    /// duty would not be enough, the first missing agent counted `uncoveredWeight` times where
    /// nobody at all could be on duty. Valid because coverage never exceeds `reachable` and the
    /// weighted shortfall of an interval only falls as coverage rises. Guided search stops once it
    /// is reached. O(M·T).
    static func shortfallFloor(_ instance: RotaInstance) -> Int {
        var reachable = instance.fixedCoverage
        for member in 0..<instance.memberCount where instance.budget[member] >= instance.minLength {
            var start = 0
            let open = instance.open[member]
            while start < instance.intervalCount {
                guard open[start] else { start += 1; continue }
                var end = start
                while end < instance.intervalCount, open[end] { end += 1 }
                if end - start >= instance.minLength { for t in start..<end { reachable[t] += 1 } }
                start = end
            }
        }
        return RotaObjective(requirement: instance.requirement, coverage: reachable).weightedShortfall
    }
}
