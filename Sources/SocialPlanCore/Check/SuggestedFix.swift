/// What the fix search found for a week where SLAs miss: the changes, the strategy with them,
/// and the verified outcome — a full re-check with another seed — per SLA.
public struct SuggestedFix: Sendable {
    /// Whether a fix was needed and found.
    public enum Outcome: String, Sendable, Hashable {
        /// No SLA misses: nothing to fix.
        case notNeeded = "not_needed"
        /// The changes make every missed SLA hold, in screening and in the verification run.
        case found
        /// Nothing in the candidate set made every missed SLA hold (``changes`` is the largest
        /// set tried, ``verification`` nil), or the verification run did not confirm it.
        case notFound = "not_found"
    }

    /// The result.
    public var outcome: Outcome
    /// The changes, in the order they apply.
    public var changes: [StrategyChange]
    /// The strategy with the changes made.
    public var strategy: Strategy
    /// The SLA measures that missed before the fix, in report order.
    public var missed: [SLAMeasure]
    /// The re-check with the fix: full replications from ``verificationSeed``; nil when no fix
    /// was verified.
    public var verification: SimulationReport?
    /// The seed of the verification run (the check's seed + 1).
    public var verificationSeed: UInt64
    /// Weeks planned and simulated while searching, the verification included.
    public var evaluations: Int

    /// Agent-hours a week the changes add at most.
    public var addedHours: Double { changes.reduce(0) { $0 + $1.addedHours } }

    /// The verified forecast of each missed SLA (same order as ``missed``).
    public var verifiedMissed: [SLAForecast] { missed.compactMap(verified) }

    /// The forecast of `measure` in the verification run; nil without one.
    public func verified(_ measure: SLAMeasure) -> SLAForecast? {
        verification?.slas.first { $0.measure.level == measure.level && $0.measure.metric == measure.metric }
    }
}
