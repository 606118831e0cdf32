/// Bounds that keep hostile input from costing time, memory or stack.
public struct YAMLLimits: Sendable, Hashable {
    /// Largest accepted input, in bytes (16 MiB by default).
    public var maxBytes: Int
    /// Deepest accepted nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes the document may hold once aliases are expanded (billion-laughs guard).
    public var maxNodes: Int

    /// Creates limits.
    public init(maxBytes: Int = 16 << 20, maxDepth: Int = 64, maxNodes: Int = 1_000_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    /// The limits used unless a caller says otherwise.
    public static let standard = YAMLLimits()
}
