/// `Encodable` models → ``JSONValue``, keeping keys in the order they are encoded (for
/// synthesized conformances: declaration order). Property names in camelCase become the
/// snake_case keys of every socialplan document (`utcStart` → `utc_start`, `pWait` → `p_wait`),
/// so models use Swift names. Optional properties that are nil are left out, as `JSONEncoder`
/// does; write `.null` explicitly where a documented key must always appear.
extension JSONValue {
    public init<T: Encodable>(encoding value: T) {
        let root = JSONNode()
        do {
            try value.encode(to: JSONNodeEncoder(node: root, codingPath: []))
        } catch {
            // Our own models only encode values; an encoding error would be a programming error,
            // reported in the document rather than by a crash.
            root.value = .object([("error", .string("could not encode JSON: \(error)"))])
        }
        self = root.resolved
    }
}

/// A node of the document being built; objects and arrays hold child nodes so nested
/// containers can be filled after they are handed out.
private final class JSONNode {
    enum Kind { case unset, object, array }
    var kind = Kind.unset
    var value: JSONValue = .null
    var keys: [String] = []
    var children: [JSONNode] = []

    func child(forKey key: String) -> JSONNode {
        kind = .object
        if let i = keys.firstIndex(of: key) { return children[i] }
        let node = JSONNode()
        keys.append(key)
        children.append(node)
        return node
    }

    func appendChild() -> JSONNode {
        kind = .array
        let node = JSONNode()
        children.append(node)
        return node
    }

    var resolved: JSONValue {
        switch kind {
        case .unset: return value
        case .object: return .object(zip(keys, children).map { ($0, $1.resolved) })
        case .array: return .array(children.map(\.resolved))
        }
    }

    func set(_ value: JSONValue) { kind = .unset; self.value = value }
}

private struct JSONNodeEncoder: Encoder {
    let node: JSONNode
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.kind = .object
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.kind = .array
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(node: node, codingPath: codingPath) }
}

/// Scalars to JSON values; anything else is encoded through its own `encode(to:)`.
private func encodeValue<T: Encodable>(_ value: T, into node: JSONNode, codingPath: [any CodingKey]) throws {
    switch value {
    case let v as String: node.set(.string(v))
    case let v as Bool: node.set(.bool(v))
    case let v as Int: node.set(.integer(v))
    case let v as Int64: node.set(.integer(Int(v)))
    case let v as Int32: node.set(.integer(Int(v)))
    case let v as UInt64: node.set(v <= UInt64(Int.max) ? .integer(Int(v)) : .literal(String(v)))
    case let v as UInt32: node.set(.integer(Int(v)))
    case let v as Double: node.set(.number(v))
    case let v as Float: node.set(.number(Double(v)))
    case let v as JSONValue: node.set(v)
    case let v as [String: any Encodable]:
        // A dictionary's keys are data, not property names: sorted, never re-cased.
        node.kind = .object
        for key in v.keys.sorted() { try encodeValue(v[key]!, into: node.child(forKey: key), codingPath: codingPath) }
    default: try value.encode(to: JSONNodeEncoder(node: node, codingPath: codingPath))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    var codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.child(forKey: snakeCase(key.stringValue)).set(.null) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encodeValue(value, into: node.child(forKey: snakeCase(key.stringValue)), codingPath: codingPath + [key])
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = node.child(forKey: snakeCase(key.stringValue))
        child.kind = .object
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = node.child(forKey: snakeCase(key.stringValue))
        child.kind = .array
        return UnkeyedContainer(node: child, codingPath: codingPath + [key])
    }
    mutating func superEncoder() -> any Encoder { JSONNodeEncoder(node: node.child(forKey: "super"), codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        JSONNodeEncoder(node: node.child(forKey: snakeCase(key.stringValue)), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    var codingPath: [any CodingKey]
    var count: Int { node.children.count }

    mutating func encodeNil() throws { node.appendChild().set(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try encodeValue(value, into: node.appendChild(), codingPath: codingPath)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = node.appendChild()
        child.kind = .object
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = node.appendChild()
        child.kind = .array
        return UnkeyedContainer(node: child, codingPath: codingPath)
    }
    mutating func superEncoder() -> any Encoder { JSONNodeEncoder(node: node.appendChild(), codingPath: codingPath) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let node: JSONNode
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.set(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encodeValue(value, into: node, codingPath: codingPath) }
}

/// `utcStart` → `utc_start`; names already in snake_case are unchanged.
func snakeCase(_ name: String) -> String {
    var out = ""
    var previous: Character?
    for c in name {
        if c.isUppercase, let p = previous, p.isLowercase || p.isNumber {
            out.append("_")
        }
        out += c.lowercased()
        previous = c
    }
    return out
}
