/// A row of a log that was read but not used, with the reason in the user's words.
public struct LogSkip: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line on which the row starts.
    public var line: Int
    /// Why, as a stable id for counting.
    public var kind: LogSkipKind
    /// One lowercase line naming the column and the value, e.g.
    /// `created_at 'yesterday' is not a timestamp`.
    public var message: String

    /// Creates a skip.
    public init(line: Int, kind: LogSkipKind, message: String) {
        self.line = line
        self.kind = kind
        self.message = message
    }

    /// `line 812: created_at 'yesterday' is not a timestamp`.
    public var description: String { "line \(line): \(message)" }
}

/// Why a row was skipped. Raw values are stable ids (used in JSON output and counts).
public enum LogSkipKind: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The row has more or fewer fields than the header.
    case fieldCount = "field-count"
    /// A quote opened on the row's line and never closed (within the record bound or the file).
    case unterminatedQuote = "unterminated-quote"
    /// Text between a closing quote and the next separator (`"abc"def,`).
    case textAfterQuote = "text-after-quote"
    /// The row is longer than ``LogReader/defaultRecordBound``; it was dropped unread.
    case recordTooLong = "record-too-long"
    /// A required value (id, author, inbound, timestamp) is empty.
    case missingValue = "missing-value"
    /// An id that is not an id (TWCS ids are whole numbers).
    case badID = "bad-id"
    /// An inbound flag that is not true/false/1/0.
    case badInbound = "bad-inbound"
    /// A timestamp that does not match the format.
    case badTimestamp = "bad-timestamp"
    /// A JSON Lines line that is not a JSON object.
    case badJSON = "bad-json"

    /// Orders kinds by their id, for stable reports.
    public static func < (a: LogSkipKind, b: LogSkipKind) -> Bool { a.rawValue < b.rawValue }
}
