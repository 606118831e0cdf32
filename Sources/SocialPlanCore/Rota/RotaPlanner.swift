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
    /// Complexity: each member search is O(T·ΔL) for T intervals and ΔL allowed shift lengths,
    /// O(T·B) when an hour limit of B intervals binds; the planner runs O(M) of them per sweep
    /// and a bounded number of sweeps (guided search ≤ 60 rounds, pair moves ≤ 240 pairs), so
    /// it is O(M·T·ΔL) per sweep in all. Measured: about 0.3 s for 50 members over a
    /// 672-interval week in a release build (docs/scheduling.md).
    public static func plan(_ problem: RotaProblem) -> RotaSolution {
        var workspace = RotaWorkspace(RotaInstance(problem))
        RotaGreedyStart.fill(&workspace)
        RotaBestResponse.improve(&workspace)
        RotaGuidedSearch.improve(&workspace)
        RotaPairReplan.improve(&workspace)
        for _ in 0..<8 {
            guard RotaRebalancing.improve(&workspace) else { break }
            guard RotaBestResponse.improve(&workspace) else { break }
        }
        return workspace.solution(for: problem)
    }
}
