/// Where one fact of the network table comes from.
public struct NetworkSource: Sendable, Hashable {
    /// The page or file read.
    public var url: String
    /// Which facts it supports, in a few words ("text limit 300 graphemes, 3000 bytes").
    public var supports: String
    /// The day it was read, `YYYY-MM-DD`.
    public var checked: String
    /// False when the source is not the network's own (a third-party guide or client), so
    /// the fact it supports is unverified.
    public var isOfficial: Bool

    /// Creates a source, checked on 2026-12-06 unless told.
    public init(_ url: String, supports: String, checked: String = "2026-12-06", isOfficial: Bool = true) {
        self.url = url
        self.supports = supports
        self.checked = checked
        self.isOfficial = isOfficial
    }
}
