/// What a ``LogReader`` reports as it reads: a message, a skipped row, or the failure that
/// stops reading.
public enum LogReadEvent: Sendable, Hashable {
    /// A row read into a message.
    case message(LogMessage)
    /// A row that could not be used, with the reason; reading goes on.
    case skipped(LogSkip)
    /// The log cannot be read at all (empty, wrong header, binary); later feeds are ignored.
    case failed(LogReadFailure)
}

/// ``LogReadEvent`` with the row borrowed rather than owned (``LogReader/feedRows(_:_:)``):
/// the row is valid only during the call that hands it over.
enum LogRowEvent {
    case row(LogRow)
    case skipped(LogSkip)
    case failed(LogReadFailure)

    /// The owned event.
    func event(withResponses: Bool) -> LogReadEvent {
        switch self {
        case .row(let row): return .message(row.message(withResponses: withResponses))
        case .skipped(let s): return .skipped(s)
        case .failed(let f): return .failed(f)
        }
    }
}
