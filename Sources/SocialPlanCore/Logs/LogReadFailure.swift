/// Why a log cannot be read at all: it is empty, its header is not the expected one, or it is
/// not text. Reading stops; nothing after the failure is reported.
public struct LogReadFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line concerned, when there is one.
    public var line: Int?
    /// One lowercase line, e.g. `not a TWCS log: expected columns …; found …`.
    public var message: String
    /// What to do about it.
    public var help: String?

    /// Creates a failure.
    public init(line: Int?, message: String, help: String? = nil) {
        self.line = line
        self.message = message
        self.help = help
    }

    /// `line 1: not a TWCS log: …`, or the message alone.
    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}
