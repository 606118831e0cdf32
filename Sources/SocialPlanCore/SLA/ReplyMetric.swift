/// Which reply an SLA limit measures (DESIGN §5).
public enum ReplyMetric: String, Sendable, Hashable, Codable, CaseIterable {
    /// From the customer's mention to the first public reply.
    case firstReply = "first_reply"
    /// From the oldest unanswered customer follow-up in a thread to the next reply.
    case nextReply = "next_reply"
}

extension ServiceLevel {
    /// The limit this promise sets for `metric`, if it sets one.
    public func limit(for metric: ReplyMetric) -> TimeSpan? {
        switch metric {
        case .firstReply: firstReply
        case .nextReply: nextReply
        }
    }
}
