/// A 64-bit hash of bytes taken eight at a time (little-endian, the last chunk padded with
/// zeros): each chunk is mixed in with one multiply, and the length and a final avalanche
/// (MurmurHash3's `fmix64`) make the value. Triage compares words by it (the scanner hashes an
/// ASCII word a register at a time; ``add(_:)`` gives the same value byte by byte) and the
/// audit finds names by it (``AuditByteKeys``). Equal bytes give equal hashes; different ones
/// collide with probability about 2⁻⁶⁴. Never stored: only compared within one run.
struct ByteHasher {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var pending: UInt64 = 0
    private(set) var count = 0

    /// The hash of `bytes`, added one by one. Complexity: O(count).
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hasher = ByteHasher()
        for b in bytes { hasher.add(b) }
        return hasher.value
    }

    /// The hash of `bytes` in memory, read eight at a time: the same value. Complexity: O(count).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hasher = ByteHasher()
        let n = bytes.count
        var i = 0
        if let base = bytes.baseAddress {
            while i + 8 <= n {
                hasher.add(chunk: UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)))
                i += 8
            }
        }
        if i < n {
            var w: UInt64 = 0
            for k in 0..<(n - i) { w |= UInt64(bytes[i + k]) << UInt64(k * 8) }
            hasher.add(partial: w, count: n - i)
        }
        return hasher.value
    }

    /// One more byte.
    @inline(__always)
    mutating func add(_ byte: UInt8) {
        pending |= UInt64(byte) << UInt64((count & 7) * 8)
        count += 1
        if count & 7 == 0 {
            state = Self.mix(state, pending)
            pending = 0
        }
    }

    /// Eight more bytes, when the count so far is a multiple of eight.
    @inline(__always)
    mutating func add(chunk: UInt64) {
        state = Self.mix(state, chunk)
        count += 8
    }

    /// The last `count` (1...7) bytes, zeros above them, when the count so far is a multiple of eight.
    @inline(__always)
    mutating func add(partial chunk: UInt64, count n: Int) {
        pending = chunk
        count += n
    }

    /// The hash of the bytes added so far.
    var value: UInt64 {
        var h = count & 7 == 0 ? state : Self.mix(state, pending)
        h ^= UInt64(count)
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return h ^ h >> 33
    }

    @inline(__always)
    private static func mix(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
        let x = (h ^ chunk) &* 0x9E37_79B9_7F4A_7C15
        return x ^ x >> 29
    }
}
