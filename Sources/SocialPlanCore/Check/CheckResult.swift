/// What `check` found: the simulated week and the suggested fix (``SuggestedFix/Outcome``
/// `.notNeeded` when every target holds).
public struct CheckResult: Sendable {
    /// The strategy checked.
    public var strategy: Strategy
    /// The week's simulation report.
    public var report: SimulationReport
    /// The suggested fix.
    public var fix: SuggestedFix

    /// Whether the check fails: a target is missed, or (with `strict`) too close to call.
    public func fails(strict: Bool) -> Bool {
        switch report.verdict {
        case .misses: return true
        case .tooCloseToCall: return strict
        default: return false
        }
    }
}
