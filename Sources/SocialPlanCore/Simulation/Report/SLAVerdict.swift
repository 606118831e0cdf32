/// Whether a simulated week keeps an SLA promise, read from the 95 % confidence interval of
/// its attainment across replications.
public enum SLAVerdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// The whole interval is at or above the target.
    case meets
    /// The whole interval is below the target.
    case misses
    /// The interval contains the target: more replications or more staff would tell.
    case tooCloseToCall = "too_close_to_call"
    /// No mention of this priority and metric arrived in any replication.
    case noMentions = "no_mentions"

    /// The verdict for `attainment` (nil: nothing judged) against `target`.
    ///
    /// Complexity: O(1).
    public static func judge(_ attainment: ReplicationSummary?, target: Double) -> SLAVerdict {
        guard let attainment else { return .noMentions }
        if attainment.lower >= target { return .meets }
        if attainment.upper < target { return .misses }
        return .tooCloseToCall
    }

    /// Words for reports: `meets`, `misses`, `too close to call`, `no mentions`.
    public var words: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}
