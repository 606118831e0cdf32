/// One SLA measure before and after a change, matched by name (priority and metric, `urgent
/// first_reply`): its forecast in each strategy, or nil where the strategy has no such promise.
public struct SLAComparison: Sendable {
    /// Which way the share of simulated weeks kept moved.
    public enum Direction: String, Sendable, Hashable {
        /// More weeks kept (▲).
        case better
        /// Fewer weeks kept (▼).
        case worse
        /// The same share.
        case same
        /// Only the new strategy has it.
        case added
        /// Only the old strategy has it.
        case removed
    }

    /// `urgent first_reply`.
    public var name: String
    /// The forecast with the old strategy.
    public var before: SLAForecast?
    /// The forecast with the new strategy.
    public var after: SLAForecast?

    /// Creates a comparison.
    public init(name: String, before: SLAForecast?, after: SLAForecast?) {
        self.name = name
        self.before = before
        self.after = after
    }

    /// The share of weeks kept after against before.
    public var direction: Direction {
        guard let before else { return .added }
        guard let after else { return .removed }
        let a = before.weeksKept.share, b = after.weeksKept.share
        return b > a ? .better : b < a ? .worse : .same
    }

    /// True when the verdict gets worse: meets → too close to call or misses, too close to call →
    /// misses, or a new SLA that misses (a new one too close to call is not a finding: a renamed
    /// priority is a new SLA, and its old verdict may have been just as close). A verdict of no
    /// mentions on either side is no judgement, so never worse.
    public var verdictGetsWorse: Bool {
        guard let after, let rankAfter = Self.rank(after.verdict) else { return false }
        guard let before else { return rankAfter == 0 }
        guard let rankBefore = Self.rank(before.verdict) else { return false }
        return rankAfter < rankBefore
    }

    /// misses 0, too close to call 1, meets 2; nil for no mentions.
    static func rank(_ verdict: SLAVerdict) -> Int? {
        switch verdict {
        case .misses: 0
        case .tooCloseToCall: 1
        case .meets: 2
        case .noMentions: nil
        }
    }

    /// The SLAs of `old` and `new` paired by name: the new report's order, then those only the old one has.
    ///
    /// Complexity: O(m²) in the number of measures (a handful).
    public static func pair(_ old: [SLAForecast], _ new: [SLAForecast]) -> [SLAComparison] {
        var pairs = new.map { after in SLAComparison(name: after.measure.name, before: old.first { $0.measure.name == after.measure.name }, after: after) }
        pairs += old.filter { b in !new.contains { $0.measure.name == b.measure.name } }
            .map { SLAComparison(name: $0.measure.name, before: $0, after: nil) }
        return pairs
    }
}
