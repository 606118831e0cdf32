/// Which reply-time limit a mention is measured against.
public enum AuditMetric: String, Sendable, Hashable, Codable, CaseIterable {
    /// A customer's first message in a thread (or one whose parent is missing from the log).
    case firstReply = "first_reply"
    /// A customer's follow-up after a reply by the account.
    case nextReply = "next_reply"
}

/// One audited mention: what it was measured against and how it went (docs/audit.md).
public struct AuditRow: Sendable, Hashable {
    /// The mention's id as written in the log (normalised).
    public var id: String
    /// The account it is attributed to.
    public var account: String
    /// Its priority (an SLA priority).
    public var priority: String
    /// The limit it is measured against.
    public var metric: AuditMetric
    /// The limit in seconds on the SLA's clock; nil when the SLA has no such limit (not measured).
    public var targetSeconds: Int?
    /// When the customer wrote it.
    public var createdAt: Int
    /// The due instant; nil when not measured or a business clock never reaches the limit.
    public var dueAt: Int?
    /// The account's reply that answered it, if any.
    public var repliedAt: Int?
    /// The agent who signed that reply, if one can be told.
    public var agent: String?
    /// Real seconds from the mention to the reply (or to observation end when unanswered).
    public var elapsedCalendarSeconds: Int
    /// Business seconds over the same stretch.
    public var elapsedBusinessSeconds: Int
    /// The outcome; nil when not measured (the priority's SLA has no limit for `metric`).
    public var status: ReplyStatus?
    /// For a follow-up, when the account's message it follows was sent.
    public var previousReplyAt: Int?

    /// Elapsed calendar time in whole minutes (rounded down).
    public var elapsedCalendarMinutes: Int { elapsedCalendarSeconds / 60 }
    /// Elapsed business time in whole minutes (rounded down).
    public var elapsedBusinessMinutes: Int { elapsedBusinessSeconds / 60 }
    /// `met`, `breached`, `pending`, `breached_unanswered`, `closed` or `not_measured`.
    public var statusText: String { status?.rawValue ?? "not_measured" }
}
