/// Whether an SLA promise holds often enough, read from the 95 % Wilson interval of the share
/// of simulated weeks that keep it (``SLAForecast/weeksKept``) against the share wanted
/// (`care.confidence`).
public enum SLAVerdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// The whole interval is at or above the confidence: the promise is kept often enough.
    case meets
    /// The whole interval is below the confidence: too many weeks break the promise.
    case misses
    /// The interval contains the confidence: more simulated weeks or more cover would tell.
    case tooCloseToCall = "too_close_to_call"
    /// No mention of this priority and metric was judged in any simulated week.
    case noMentions = "no_mentions"

    /// The verdict for `weeksKept` against `confidence` (0…1); `judgedWeeks` is how many weeks
    /// had a mention to judge (none: ``noMentions``).
    ///
    /// Complexity: O(1).
    public static func judge(weeksKept: ProportionSummary, confidence: Double, judgedWeeks: Int) -> SLAVerdict {
        guard judgedWeeks > 0 else { return .noMentions }
        if weeksKept.lower >= confidence { return .meets }
        if weeksKept.upper < confidence { return .misses }
        return .tooCloseToCall
    }

    /// Words for reports: `meets`, `misses`, `too close to call`, `no mentions`.
    public var words: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}
