/// `socialplan triage`: which rule sent each sampled mention where, and how many mentions each
/// priority got by a rule and by default, so the keywords can be tuned (docs/audit.md, "Priority
/// (triage)").
public struct TriageReport: Sendable, Hashable {
    /// One priority's mentions.
    public struct PriorityCount: Sendable, Hashable {
        /// The SLA priority.
        public var priority: String
        /// Mentions at it.
        public var mentions: Int
        /// Of those, mentions no rule matched (the default priority's only).
        public var byDefault: Int
    }

    /// One sampled mention and what decided it.
    public struct Line: Sendable, Hashable {
        /// The message id.
        public var id: String
        /// The account it is counted for.
        public var account: String
        /// The priority given.
        public var priority: String
        /// What decided it; `column` when the log gave the priority.
        public var decidedBy: String
        /// The keyword, phrase or pattern as written in the strategy (nil: default or column).
        public var entry: String?
        /// The text as logged.
        public var text: String
        /// UTF-8 offsets of the matched words in `text`.
        public var spans: [Range<Int>]
    }

    /// The accounts covered (all audited accounts when none was asked for).
    public var accounts: [String]
    /// The priority nothing matched gets.
    public var defaultPriority: String?
    /// Mentions of those accounts.
    public var mentions: Int
    /// Per SLA priority, in `care.sla` order.
    public var priorities: [PriorityCount]
    /// The sample, in sample order (smallest id hash first).
    public var sample: [Line]
    /// How many mentions were asked for.
    public var sampleSize: Int
    /// The log read.
    public var source: AuditSource?
    /// Accounts asked for that the log never names (the command exits 2).
    public var unknownAccounts: [AuditUnknownAccount]
}
