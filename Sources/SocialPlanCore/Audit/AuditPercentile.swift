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

    /// p50, p90 and p99 of `values` (any order), by selection rather than a full sort.
    /// Complexity: O(n) expected.
    public static func triple<T: BinaryInteger>(_ values: [T]) -> (Int?, Int?, Int?) {
        guard !values.isEmpty else { return (nil, nil, nil) }
        var work = values
        // Select the largest rank first: each later selection then only searches the part
        // below the rank already placed.
        let r99 = rank(99, of: work.count), r90 = rank(90, of: work.count), r50 = rank(50, of: work.count)
        let p99 = select(&work, r99, below: work.count)
        let p90 = select(&work, r90, below: r99 + 1)
        let p50 = select(&work, r50, below: r90 + 1)
        return (Int(p50), Int(p90), Int(p99))
    }

    /// The median (nearest rank) of `values` in any order. Complexity: O(n) expected.
    public static func median<T: BinaryInteger>(_ values: [T]) -> Int? {
        guard !values.isEmpty else { return nil }
        var work = values
        return Int(select(&work, rank(50, of: work.count), below: work.count))
    }

    /// The 0-based index of the nearest-rank `p`-th percentile among `n` sorted values.
    static func rank(_ p: Int, of n: Int) -> Int { min(max(1, (p * n + 99) / 100), n) - 1 }

    /// Places the value of sorted position `k` at `a[k]`, smaller-or-equal values before it and
    /// larger-or-equal after, looking only at `a[0..<end]`; returns it (quickselect, median of
    /// three). Complexity: O(end) expected.
    static func select<T: BinaryInteger>(_ a: inout [T], _ k: Int, below end: Int) -> T {
        a.withUnsafeMutableBufferPointer { b in
            var lo = 0, hi = end - 1
            while hi > lo {
                let mid = lo + (hi - lo) / 2
                if b[mid] < b[lo] { b.swapAt(mid, lo) }
                if b[hi] < b[lo] { b.swapAt(hi, lo) }
                if b[hi] < b[mid] { b.swapAt(hi, mid) }
                let pivot = b[mid]
                var i = lo, j = hi
                while i <= j {
                    while b[i] < pivot { i += 1 }
                    while pivot < b[j] { j -= 1 }
                    if i <= j { b.swapAt(i, j); i += 1; j -= 1 }
                }
                if k <= j { hi = j } else if k >= i { lo = i } else { break }
            }
            return b[k]
        }
    }
}
