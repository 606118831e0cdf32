/// Interned strings: each distinct string is stored once and named by a small index, so three
/// million messages from a few hundred thousand authors keep one copy of each name.
struct AuditStringTable: Sendable, Hashable {
    private(set) var strings: [String] = []
    private var index: [String: Int32] = [:]
    /// The same keys by their bytes, so that a name read from a log is found without a `String`.
    private var byBytes = AuditByteKeys()

    /// The index of `s`, adding it when new. Complexity: O(length) amortised.
    mutating func intern(_ s: String) -> Int32 {
        if let i = index[s] { return i }
        let i = Int32(strings.count)
        strings.append(s)
        index[s] = i
        byBytes.set(s, i)
        return i
    }

    /// The index of the UTF-8 text `bytes`, adding it when new. Complexity: O(length) amortised.
    mutating func intern(bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if let i = byBytes.find(bytes) { return i }
        return intern(String(decoding: bytes, as: UTF8.self))
    }

    /// The index of `s` if present. Complexity: O(length).
    func lookup(_ s: String) -> Int32? { index[s] }

    /// The index of the UTF-8 text `bytes` if present. Complexity: O(length).
    func lookup(bytes: UnsafeBufferPointer<UInt8>) -> Int32? { byBytes.find(bytes) }

    /// Makes `s` the string at `i`; the old string still finds `i`. Complexity: O(length).
    mutating func rename(_ i: Int32, to s: String) {
        strings[Int(i)] = s
        index[s] = i
        byBytes.set(s, i)
    }

    /// Makes `s` find index `i` too (another spelling of the same name). Complexity: O(length).
    mutating func alias(_ s: String, to i: Int32) {
        index[s] = i
        byBytes.set(s, i)
    }

    /// The string at `i`.
    subscript(i: Int32) -> String { strings[Int(i)] }

    /// The number of distinct strings.
    var count: Int { strings.count }
}

/// Message ids as 64-bit keys: a canonical decimal number of up to 18 digits is its own value;
/// any other id is interned and keyed as `1 << 63 | index`, so keys compare and sort cheaply
/// and the original text can be given back.
struct AuditIDKeys: Sendable, Hashable {
    private var table = AuditStringTable()
    static let interned: UInt64 = 1 << 63
    /// The key of "no id".
    static let none: UInt64 = .max

    /// The key of `id`. Complexity: O(length).
    mutating func key(_ id: String) -> UInt64 {
        if let number = id.utf8.withContiguousStorageIfAvailable(Self.canonicalNumber), let v = number { return v }
        let u = id.utf8
        if (1...18).contains(u.count), u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), u.count == 1 || u.first != 0x30,
           let v = UInt64(id) {
            return v
        }
        return Self.interned | UInt64(table.intern(id))
    }

    /// The key of the id written as `bytes` (UTF-8). Complexity: O(length).
    mutating func key(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if let v = Self.canonicalNumber(bytes) { return v }
        return key(String(decoding: bytes, as: UTF8.self))
    }

    /// The value of a canonical decimal id (1–18 digits, no leading zero), read in one pass; nil
    /// for any other text. Below 10^18, so the interned bit is never set. Complexity: O(length).
    static func canonicalNumber(_ u: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard (1...18).contains(u.count), u.count == 1 || u[0] != 0x30 else { return nil }
        var v: UInt64 = 0
        for c in u {
            let d = c &- 0x30
            guard d < 10 else { return nil }
            v = v &* 10 &+ UInt64(d)
        }
        return v
    }

    /// The id text of `key`.
    func text(_ key: UInt64) -> String {
        key & Self.interned != 0 ? table[Int32(truncatingIfNeeded: key & ~Self.interned)] : String(key)
    }
}
