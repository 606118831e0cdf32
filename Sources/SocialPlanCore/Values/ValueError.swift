/// Why a scalar could not be read as the value a key expects.
public struct ValueError: Error, Sendable, Hashable {
    /// One lowercase line, e.g. "`25:00` is not a clock time".
    public var message: String
    /// What valid input looks like.
    public var help: String?

    /// Creates an error.
    public init(_ message: String, help: String? = nil) {
        self.message = message
        self.help = help
    }
}
