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
    /// The log read and what its reader made of it, when the caller says (the command line does).
    public var source: AuditSource? = nil
    /// Audited accounts (`--account`) the log never names, with what it does name.
    public var unknownAccounts: [AuditUnknownAccount] = []

    /// True when any account's SLA line misses its target (judged mentions below the share promised).
    public var missesATarget: Bool { accounts.contains { $0.groups.contains { $0.targetMet == false } } }

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
    /// Follow-ups that only close the conversation (no clock runs; docs/audit.md).
    public var closed = 0
    /// Replies timestamped before the message they answer (ignored as bad data).
    public var badOrderReplies = 0
    /// Messages answering an id that is not in the log.
    public var missingParents = 0
    /// Weeks of the log before the planned ones (``RotaWeeks/limit``), whose replies are not
    /// judged against a rota.
    public var weeksWithoutRota = 0

    /// Adds what measuring other mentions counted (``unattributed`` … ``closed``).
    mutating func addMentionCounts(_ other: AuditCounts) {
        unattributed += other.unattributed
        otherAccounts += other.otherAccounts
        outsidePeriod += other.outsidePeriod
        notMeasured += other.notMeasured
        closed += other.closed
    }
}

/// Which log was read and how many of its rows were used or skipped, and why.
public struct AuditSource: Sendable, Hashable {
    /// The log's name as the user gave it (`-` is standard input).
    public var name: String
    /// The reader's counts.
    public var summary: LogReadSummary

    /// Creates a source description.
    public init(name: String, summary: LogReadSummary) {
        self.name = name
        self.summary = summary
    }

    /// `read 5000 rows: 4990 used, 10 skipped (7 bad-timestamp, 3 field-count)`.
    public var description: String {
        var text = "read \(summary.rowsRead) rows: \(summary.rowsUsed) used, \(summary.rowsSkipped) skipped"
        let kinds = summary.skippedByKind.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        if !kinds.isEmpty { text += " (" + kinds.map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ") + ")" }
        return text
    }
}
