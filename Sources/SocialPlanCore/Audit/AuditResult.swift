/// The audit of a reply log: per account and SLA line, the rows per mention and what could
/// not be counted (docs/audit.md).
public struct AuditResult: Sendable, Hashable {
    /// Accounts by name.
    public var accounts: [AuditAccountReport]
    /// One row per attributed mention, sorted by account, created_at, id.
    public var rows: AuditRows
    /// Totals and what was left out.
    public var counts: AuditCounts
    /// When observation ended (pending vs breached unanswered).
    public var observationEnd: Int
    /// The zone of the heatmap.
    public var zone: String
    /// Remarks about bad data, one line each, lowercase.
    public var notes: [String]

    /// The report of `account`.
    public func account(_ name: String) -> AuditAccountReport? { accounts.first { $0.account == name } }
}

/// What the audit read and what it could not count.
public struct AuditCounts: Sendable, Hashable {
    /// Messages added.
    public var messages = 0
    /// Messages whose id was already seen (ignored).
    public var duplicateIDs = 0
    /// Mentions attributed to an audited account (rows), including not measured ones.
    public var mentions = 0
    /// Mentions with no reply by any audited account and no `@handle` naming one.
    public var unattributed = 0
    /// Mentions that belong to an account not audited (answered by it, or following its reply).
    public var otherAccounts = 0
    /// Mentions outside `since`/`until`.
    public var outsidePeriod = 0
    /// Mentions whose SLA has no limit for their metric.
    public var notMeasured = 0
    /// Replies timestamped before the message they answer (ignored as bad data).
    public var badOrderReplies = 0
    /// Messages answering an id that is not in the log.
    public var missingParents = 0
}
