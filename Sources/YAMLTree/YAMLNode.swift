/// One node of a YAML document, with the position where it starts.
///
/// Nodes are values. Aliases are expanded into copies of the anchored node when the tree is
/// built (copy-on-write keeps that cheap); the expansion is budgeted by ``YAMLLimits``.
public struct YAMLNode: Sendable, Hashable {
    /// What the node holds.
    public indirect enum Content: Sendable, Hashable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLMappingEntry])
    }

    /// The scalar, sequence or mapping.
    public var content: Content
    /// Where the node starts (for a block mapping or sequence: its first key or dash).
    public var position: SourcePosition
    /// Number of nodes in this subtree, itself included; used to budget alias expansion.
    public var nodeCount: Int

    /// Creates a node; `nodeCount` is derived from the content.
    public init(_ content: Content, at position: SourcePosition) {
        self.content = content
        self.position = position
        switch content {
        case .scalar: nodeCount = 1
        case .sequence(let items): nodeCount = 1 + items.reduce(0) { $0 + $1.nodeCount }
        case .mapping(let entries): nodeCount = 1 + entries.reduce(0) { $0 + 1 + $1.value.nodeCount }
        }
    }

    /// The scalar, when this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    /// The items, when this node is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The entries in document order, when this node is a mapping.
    public var mapping: [YAMLMappingEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// A short name of the node's kind for messages: "a mapping", "a list", "text", "a number"…
    public var kindDescription: String {
        switch content {
        case .scalar(let s): return s.value.kindDescription
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// One `key: value` pair of a mapping. Keys are scalars; their text and position are kept.
public struct YAMLMappingEntry: Sendable, Hashable {
    /// The key's text as written (after YAML unquoting).
    public var key: String
    /// Where the key starts.
    public var keyPosition: SourcePosition
    /// The value node.
    public var value: YAMLNode

    /// Creates an entry.
    public init(key: String, keyPosition: SourcePosition, value: YAMLNode) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}
