/// Why a pattern was refused: the construct, where it is, and why.
public struct RegexSyntaxError: Error, Sendable, Hashable {
    /// One lowercase line naming the construct and why it is refused, e.g. "a look-ahead
    /// `(?=` cannot be matched in time proportional to the text".
    public var message: String
    /// Where the construct starts, counted in Unicode scalars from the start of the pattern.
    public var offset: Int
    /// What to write instead.
    public var help: String?

    /// Creates an error.
    public init(_ message: String, at offset: Int, help: String? = nil) {
        self.message = message
        self.offset = offset
        self.help = help
    }
}
