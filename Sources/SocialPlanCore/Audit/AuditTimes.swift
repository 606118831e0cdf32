/// Message times kept as 32-bit offsets from the first time added (4 bytes a message instead
/// of 8). Offsets cover ±68 years around the first message; anything further is clamped.
struct AuditTimes: Sendable, Hashable {
    private var offsets: [Int32] = []
    private var base = 0

    /// The time of message `i`, seconds since 1970 UTC.
    subscript(i: Int) -> Int { base + Int(offsets[i]) }

    /// The stored offset of message `i`: ordered like the times, for compact sort keys.
    func offset(_ i: Int) -> Int32 { offsets[i] }

    /// Adds a time. Complexity: O(1) amortised.
    mutating func append(_ t: Int) {
        if offsets.isEmpty { base = t }
        offsets.append(Int32(clamping: t - base))
    }

    mutating func reserveCapacity(_ n: Int) { offsets.reserveCapacity(n) }

    /// Earliest and latest time; nil when empty. Complexity: O(n).
    func min() -> Int? { offsets.min().map { base + Int($0) } }
    func max() -> Int? { offsets.max().map { base + Int($0) } }
}
