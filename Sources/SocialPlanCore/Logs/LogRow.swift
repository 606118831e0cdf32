/// One decoded row of a log with its values borrowed from the reader's buffers: valid only
/// during the call that hands it over. The audit reads rows as they are, so a 500 MB log makes
/// no ``LogMessage`` and no `String` per row; ``message`` is the owned form, for everything else.
///
/// The values are the ones ``LogMessage`` would hold: ids in normal form, the author trimmed,
/// the text with `""` undoubled.
struct LogRow {
    /// The message's own id, normalised.
    var id: UnsafeBufferPointer<UInt8>
    /// The author, trimmed (not empty).
    var author: UnsafeBufferPointer<UInt8>
    /// True when a customer wrote it.
    var inbound: Bool
    /// Seconds since 1970-01-01 UTC, inside ``LogTimestampParser/supportedRange``.
    var createdAt: Int
    /// The text (empty when the log has none).
    var text: UnsafeBufferPointer<UInt8>
    /// The id it answers, normalised; nil for a thread root.
    var inResponseTo: UnsafeBufferPointer<UInt8>?
    /// The responses column as written (`"5,7"`), when the log maps one.
    var responses: UnsafeBufferPointer<UInt8>?
    /// Mapped columns, trimmed; nil when absent or empty. Bytes too, so that a row holds no
    /// reference-counted value and is copied as plain memory.
    var priority: UnsafeBufferPointer<UInt8>?, agent: UnsafeBufferPointer<UInt8>?, status: UnsafeBufferPointer<UInt8>?
    /// The 1-based line on which the record starts.
    var line: Int

    /// The row as an owned message; `responseIDs` is read from the responses column when
    /// `withResponses`. Complexity: O(length of the row).
    func message(withResponses: Bool = true) -> LogMessage {
        var m = LogMessage(id: String(decoding: id, as: UTF8.self), author: String(decoding: author, as: UTF8.self),
                           inbound: inbound, createdAt: createdAt, text: String(decoding: text, as: UTF8.self),
                           inResponseTo: inResponseTo.map { String(decoding: $0, as: UTF8.self) },
                           priority: priority.map(Self.text), agent: agent.map(Self.text), status: status.map(Self.text), line: line)
        if withResponses, let responses { m.responseIDs = LogRowDecoder.idList(UnsafeRawBufferPointer(responses)) }
        return m
    }

    /// UTF-8 bytes as text; invalid UTF-8 becomes U+FFFD.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
}

extension LogMessage {
    /// Calls `body` with the message as a row borrowing its strings. Complexity: O(1) for
    /// native strings; a copy of a string that is not contiguous UTF-8.
    func withRow<R>(_ body: (LogRow) -> R) -> R {
        var id = self.id, author = self.author, text = self.text
        return id.withUTF8 { i in
            author.withUTF8 { a in
                text.withUTF8 { t in
                    Self.withUTF8(inResponseTo) { p in
                        Self.withUTF8(priority.flatMap { $0.isEmpty ? nil : $0 }) { pr in
                            Self.withUTF8(agent.flatMap { $0.isEmpty ? nil : $0 }) { ag in
                                Self.withUTF8(status.flatMap { $0.isEmpty ? nil : $0 }) { st in
                                    body(LogRow(id: i, author: a, inbound: inbound, createdAt: createdAt, text: t, inResponseTo: p,
                                                priority: pr, agent: ag, status: st, line: line))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Calls `body` with the UTF-8 of `text`, or nil.
    private static func withUTF8<R>(_ text: String?, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        guard var text else { return body(nil) }
        return text.withUTF8 { body($0) }
    }
}
