/// The first two objectives, compared lexicographically: weighted shortfall, then overstaffing.
///
/// The weighted shortfall counts the first missing agent of an interval `RotaScoring.uncoveredWeight`
/// times and every further one once: shortfall + (K − 1) · uncovered. An interval with nobody on
/// duty leaves every mention in it waiting, one agent short answers most of them, so a plan may
/// not buy a second agent somewhere with an empty interval elsewhere. The plain `shortfall` (what
/// users see) and `uncovered` are kept for reports and tests.
struct RotaObjective: Sendable, Hashable, Comparable {
    /// Σ max(0, requirement − coverage): missing agent-intervals, all alike.
    var shortfall: Int
    /// Intervals that need someone and have nobody on duty.
    var uncovered: Int
    /// Σ max(0, coverage − requirement).
    var overstaffing: Int

    init(shortfall: Int, uncovered: Int, overstaffing: Int) {
        self.shortfall = shortfall
        self.uncovered = uncovered
        self.overstaffing = overstaffing
    }

    /// The objective of `coverage` against `requirement` (requirements ≤ 0 need nobody). O(T).
    init(requirement: [Int], coverage: [Int]) {
        var short = 0
        var uncovered = 0
        var over = 0
        for t in requirement.indices {
            let gap = requirement[t] - coverage[t]
            if gap > 0 { short += gap } else { over -= gap }
            if requirement[t] > 0 && coverage[t] == 0 { uncovered += 1 }
        }
        self.init(shortfall: short, uncovered: uncovered, overstaffing: over)
    }

    /// shortfall + (K − 1) · uncovered, K = `RotaScoring.uncoveredWeight`.
    var weightedShortfall: Int { shortfall + (RotaScoring.uncoveredWeight - 1) * uncovered }

    static func < (lhs: RotaObjective, rhs: RotaObjective) -> Bool {
        (lhs.weightedShortfall, lhs.overstaffing) < (rhs.weightedShortfall, rhs.overstaffing)
    }
}
