/// What happened to one simulated mention: answered (with its start time) or still waiting
/// when the horizon ended. Unanswered mentions are reported, never dropped.
public struct MentionOutcome: Sendable, Hashable {
    /// The mention as it was fed in.
    public var mention: SimulatedMention
    /// When an agent started on it, in seconds; `nil` when it was still waiting at the horizon end.
    public var start: Double?

    /// Creates an outcome.
    ///
    /// Complexity: O(1).
    public init(mention: SimulatedMention, start: Double?) {
        self.mention = mention
        self.start = start
    }

    /// Whether an agent started on the mention before the horizon ended.
    public var isAnswered: Bool { start != nil }

    /// Queue wait `start − arrival` in seconds, `nil` when unanswered.
    public var wait: Double? { start.map { $0 - mention.arrival } }

    /// Reply time `wait + handle time` in seconds (what the customer sees), `nil` when unanswered.
    public var reply: Double? { start.map { $0 - mention.arrival + mention.handleTime } }
}
