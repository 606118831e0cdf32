/// Plans a week of care shifts: the entry point of the rota module.
public enum RotaPlanner {
    /// Chooses shifts for `problem`'s members; see `RotaProblem` for the rules and the objective.
    ///
    /// Steps (each keeps every hard rule and never makes (weighted shortfall, overstaffing) worse;
    /// the weighted shortfall counts an interval's first missing agent 3 times, see `RotaObjective`):
    /// 1. fixed shifts are placed as given;
    /// 2. members take turns adding their most useful shift (`RotaGreedyStart`);
    /// 3. each member's whole week is re-planned optimally given the others until nobody can
    ///    improve (`RotaBestResponse`, a dynamic programme per member);
    /// 4. guided local search penalises stubborn gaps to escape that local optimum
    ///    (`RotaGuidedSearch`);
    /// 5. pairs of members are cleared and re-planned together (`RotaPairReplan`);
    /// 6. fairness moves hand shifts or parts of shifts to less loaded members without changing
    ///    coverage (`RotaRebalancing`), alternating with step 3 until neither changes anything.
    ///
    /// Deterministic: no randomness, every tie broken by member index, then start, then length.
    ///
    /// **Work budget.** The steps count their work in table cells of the member searches (and
    /// the like elsewhere), which depends on the problem alone; once `workLimit` is reached the
    /// improvement steps stop and the plan so far — valid, and never worse than the greedy start
    /// — is returned. The same problem stops at the same point on every machine, so the plan
    /// stays deterministic. `RotaPlanner.workLimit` is far above what a team of 80 needs
    /// (docs/scheduling.md, "Speed"); it bounds the time for teams of hundreds.
    ///
    /// `progress` is called as the steps advance (`RotaProgress`), from the calling thread, and
    /// once at the end with the step `fairness` complete and the plan's whole work.
    ///
    /// Complexity: each member search is O(T·ΔL) for T intervals and ΔL allowed shift lengths,
    /// O(T_open·B) when an hour limit of B intervals binds (T_open: the member's open intervals);
    /// the planner runs O(M) of them per sweep and a bounded number of sweeps (guided search ≤ 60
    /// rounds, pair moves ≤ 240 pairs), so it is O(M·T·ΔL) per sweep in all, and at most
    /// `workLimit` cells. Measured (release build, docs/scheduling.md): about 0.2 s for the
    /// 50-member speed week and for the mixed-contract team of 50, 0.07 s for that of 80.
    public static func plan(
        _ problem: RotaProblem, workLimit: Int = RotaPlanner.workLimit, progress: ((RotaProgress) -> Void)? = nil
    ) -> RotaSolution {
        var workspace = RotaWorkspace(RotaInstance(problem), workLimit: workLimit)
        let tell = progress ?? { _ in }
        tell(RotaProgress(step: .greedyStart))
        RotaGreedyStart.fill(&workspace)
        tell(RotaProgress(step: .bestResponse, work: workspace.work))
        RotaBestResponse.improve(&workspace)
        RotaGuidedSearch.improve(&workspace, report: tell)
        RotaPairReplan.improve(&workspace, report: tell)
        let rounds = 8
        for round in 0..<rounds {
            tell(RotaProgress(step: .fairness, completed: round, total: rounds, work: workspace.work))
            guard RotaRebalancing.improve(&workspace) else { break }
            guard RotaBestResponse.improve(&workspace) else { break }
        }
        tell(RotaProgress(step: .fairness, completed: rounds, total: rounds, work: workspace.work))
        return workspace.solution(for: problem)
    }

    /// The most work one plan may take, in table cells (an hour-limited cell counts 3): about
    /// 1–2 s of the planner on the project machine (release build). The comparison weeks, up to
    /// 80 members, use at most a sixth of it, so their plans do not depend on it; teams of
    /// many hundreds reach it and keep the plan they have by then (docs/scheduling.md, "Speed").
    public static let workLimit = 1_000_000_000
}
