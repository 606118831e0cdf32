/// Where a mention stands against its reply-time limit.
public enum ReplyStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Answered at or before the due instant.
    case met
    /// Answered after the due instant.
    case breached
    /// Unanswered, and not yet due when observation ends (a reply could still meet the limit).
    case pending
    /// Unanswered, and the due instant passed before observation ended.
    case breachedUnanswered = "breached_unanswered"
    /// A follow-up that only closes the conversation ("thanks, got it!"): no reply is owed, so
    /// no clock runs (the audit's; docs/audit.md, "Closed conversations").
    case closed

    /// True for the two breach outcomes (what a `90%` target counts against).
    public var isBreach: Bool { self == .breached || self == .breachedUnanswered }
}
