import Foundation

/// Byte strings to indices, for finding a name the log wrote without making a `String` of it:
/// open addressing on a 64-bit hash (``ByteHasher``), the keys' bytes kept in one array.
/// Complexity: O(length) per lookup or insert, amortised.
struct AuditByteKeys: Sendable, Hashable {
    /// Entry + 1 per slot (0: empty); a power of two long, at most half full.
    private var slots = [Int32](repeating: 0, count: 16)
    private var hashes: [UInt64] = []
    private var starts: [Int] = [0]
    private var bytes: [UInt8] = []
    private var values: [Int32] = []

    /// True when no key was set.
    var isEmpty: Bool { values.isEmpty }

    /// The value of `key`, if present.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let h = ByteHasher.hash(key)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(slots[s]) - 1
            if e < 0 { return nil }
            if hashes[e] == h && equals(e, key) { return values[e] }
            s = (s + 1) & mask
        }
    }

    /// Makes `key` give `value` (replacing the value it had).
    mutating func set(_ key: UnsafeBufferPointer<UInt8>, _ value: Int32) {
        let h = ByteHasher.hash(key)
        var mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(slots[s]) - 1
            if e < 0 { break }
            if hashes[e] == h && equals(e, key) { values[e] = value; return }
            s = (s + 1) & mask
        }
        hashes.append(h)
        bytes.append(contentsOf: key)
        starts.append(bytes.count)
        values.append(value)
        if values.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            mask = slots.count - 1
            for e in values.indices {
                var t = Int(truncatingIfNeeded: hashes[e]) & mask
                while slots[t] != 0 { t = (t + 1) & mask }
                slots[t] = Int32(e + 1)
            }
        } else {
            slots[s] = Int32(values.count)
        }
    }

    /// ``set(_:_:)`` for a `String`'s UTF-8.
    mutating func set(_ key: String, _ value: Int32) {
        var key = key
        key.withUTF8 { set($0, value) }
    }

    private func equals(_ e: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[e], end = starts[e + 1]
        guard end - start == key.count else { return false }
        guard let k = key.baseAddress else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, k, key.count) == 0 }
    }
}
