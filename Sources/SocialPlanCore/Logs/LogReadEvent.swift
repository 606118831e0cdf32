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
