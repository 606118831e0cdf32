import YAMLTree

/// A value with the position it was written at, for list items that diagnostics point to.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value.
    public var value: Value
    /// Where it was written.
    public var position: SourcePosition

    /// Creates a located value.
    public init(_ value: Value, at position: SourcePosition) {
        self.value = value
        self.position = position
    }
}

/// Where each key of a mapping was written, so rules can point at `at:` or `every:`.
public struct KeyPositions: Sendable, Hashable {
    /// Where the mapping itself is named (its key in the parent).
    public var own: SourcePosition
    private var keys: [String: SourcePosition]

    /// Creates positions for a mapping named at `own`.
    public init(own: SourcePosition, keys: [String: SourcePosition] = [:]) {
        self.own = own
        self.keys = keys
    }

    /// The position of `key`, or of the mapping when the key was not written.
    public subscript(key: String) -> SourcePosition { keys[key] ?? own }

    /// True when `key` was written.
    public func has(_ key: String) -> Bool { keys[key] != nil }

    /// Keys that were written but could not be loaded (a bad value, or a misspelling of the key).
    /// Rules skip what depends on them, so one mistake is reported once, not again as a
    /// consequence ("never available") of the value that failed to load.
    public private(set) var unreadable: Set<String> = []

    mutating func record(_ key: String, at position: SourcePosition) { keys[key] = position }

    mutating func markUnreadable(_ key: String) { unreadable.insert(key) }
}
