/// Message times as unsigned 32-bit seconds since 1970-01-01 UTC (4 bytes a message instead of
/// 8): from 1970 up to, not including, 2106-02-07T06:28:16Z, the range the log readers accept
/// (``LogTimestampParser/supportedRange``, docs/log-formats.md "Timestamps"). Any two such
/// instants differ by less than 2^32 seconds, so a reply time fits the same unsigned 32 bits.
/// A time outside the range, which only a library caller can hand over (the readers skip such
/// rows with their line), is clamped to it.
struct AuditTimes: Sendable, Hashable {
    private var seconds: [UInt32] = []

    /// The time of message `i`, seconds since 1970 UTC.
    subscript(i: Int) -> Int { Int(seconds[i]) }

    /// The stored time of message `i`: ordered like the times, for compact sort keys.
    func stored(_ i: Int) -> UInt32 { seconds[i] }

    /// Adds a time. Complexity: O(1) amortised.
    mutating func append(_ t: Int) { seconds.append(UInt32(clamping: t)) }

    mutating func reserveCapacity(_ n: Int) { seconds.reserveCapacity(n) }

    /// Adds the times of `other` after these. Complexity: O(other's count).
    mutating func append(contentsOf other: AuditTimes) { seconds.append(contentsOf: other.seconds) }

    /// Earliest and latest time; nil when empty. Complexity: O(n).
    func min() -> Int? { seconds.min().map { Int($0) } }
    func max() -> Int? { seconds.max().map { Int($0) } }
}
