/// Counts of one read: every data row is either used (became a message) or skipped, so
/// `rowsRead == rowsUsed + rowsSkipped` always holds. The header and blank lines are not rows.
public struct LogReadSummary: Sendable, Hashable {
    /// Data rows (records or JSON lines) seen, header and blank lines excluded.
    public var rowsRead = 0
    /// Rows that became messages.
    public var rowsUsed = 0
    /// Rows skipped, by reason.
    public var skippedByKind: [LogSkipKind: Int] = [:]
    /// Bytes fed, including the header.
    public var bytesRead = 0

    /// Creates an empty summary.
    public init() {}

    /// Rows skipped, all reasons.
    public var rowsSkipped: Int { skippedByKind.values.reduce(0, +) }

    /// Adds the counts of another read (the rest of the same log).
    mutating func add(_ other: LogReadSummary) {
        rowsRead += other.rowsRead
        rowsUsed += other.rowsUsed
        bytesRead += other.bytesRead
        skippedByKind.merge(other.skippedByKind, uniquingKeysWith: +)
    }

    mutating func count(_ skip: LogSkip) {
        rowsRead += 1
        skippedByKind[skip.kind, default: 0] += 1
    }
}
