/// Exact percentiles by the nearest-rank definition, the one used throughout the audit.
///
/// For n sorted values x₁ ≤ … ≤ xₙ, the p-th percentile is x_k with k = ⌈p/100 · n⌉ (at least 1):
/// always one of the values, never interpolated. The median is the 50th percentile, so for an
/// even count it is the lower middle value (4 values → the 2nd).
public enum AuditPercentile {
    /// The `p`-th percentile (0 < p ≤ 100) of already sorted `values`; nil when empty.
    /// Complexity: O(1).
    public static func of<T>(sorted values: [T], _ p: Int) -> T? {
        guard !values.isEmpty else { return nil }
        let rank = max(1, (p * values.count + 99) / 100)
        return values[min(rank, values.count) - 1]
    }

    /// p50, p90 and p99 of `values` (any order). Complexity: O(n log n).
    public static func triple(_ values: [Int32]) -> (Int?, Int?, Int?) {
        let s = values.sorted()
        return (of(sorted: s, 50).map(Int.init), of(sorted: s, 90).map(Int.init), of(sorted: s, 99).map(Int.init))
    }

    /// The median (nearest rank) of `values` in any order. Complexity: O(n log n).
    public static func median(_ values: [Int32]) -> Int? { of(sorted: values.sorted(), 50).map(Int.init) }
}
