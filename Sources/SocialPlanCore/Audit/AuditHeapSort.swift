/// An in-place sort for the audit's big index arrays: the standard library's sort borrows a
/// buffer of half the array, which at millions of entries is tens of megabytes. An introsort:
/// quicksort (median of three, insertion sort for short ranges), falling back to heapsort when
/// the partitions go too deep, so O(n log n) always and fast on nearly sorted input. Not stable;
/// the audit's orders are total (ties are broken by unique ids), so stability does not matter.
import Foundation

enum AuditHeapSort {
    /// ``sort(_:by:)`` on two threads when `parallel` (and `a` has more than 64 elements): one partition step
    /// around the median of 33 samples, then each side sorted on its own thread, in place.
    /// The same result as ``sort(_:by:)`` for a total order. Complexity: as ``sort(_:by:)``.
    static func sort<T: Sendable>(_ a: inout [T], parallel: Bool, by less: @escaping @Sendable (T, T) -> Bool) {
        guard parallel, a.count > 64 else { return sort(&a, by: less) }
        a.withUnsafeMutableBufferPointer { b in
            let n = b.count
            let samples = (0...32).map { $0 * (n - 1) / 32 }.sorted { less(b[$0], b[$1]) }
            b.swapAt(0, samples[16])
            var i = 0, j = n
            while true {
                repeat { i += 1 } while i < n && less(b[i], b[0])
                repeat { j -= 1 } while less(b[0], b[j])
                if i >= j { break }
                b.swapAt(i, j)
            }
            b.swapAt(0, j)
            var depth = 0
            var m = n
            while m > 0 { depth += 2; m >>= 1 }
            let shared = SharedBuffer(base: b), pivot = j, limit = depth
            DispatchQueue.concurrentPerform(iterations: 2) { side in
                if side == 0 { introsort(shared.base, 0, pivot, limit, less) } else { introsort(shared.base, pivot + 1, n, limit, less) }
            }
        }
    }

    /// Sorts `a` by `less` without extra memory. Complexity: O(n log n) time, O(log n) stack.
    static func sort<T>(_ a: inout [T], by less: (T, T) -> Bool) {
        a.withUnsafeMutableBufferPointer { b in
            guard b.count > 1 else { return }
            var depth = 0
            var n = b.count
            while n > 0 { depth += 2; n >>= 1 }
            introsort(b, 0, b.count, depth, less)
        }
    }

    private static func introsort<T>(_ b: UnsafeMutableBufferPointer<T>, _ start: Int, _ end: Int, _ depth: Int, _ less: (T, T) -> Bool) {
        var lo = start, hi = end, depth = depth
        while hi - lo > 16 {
            if depth == 0 { heapsort(b, lo, hi, less); return }
            depth -= 1
            // Median of three to b[lo], then Hoare partition around it.
            let mid = lo + (hi - lo) / 2
            if less(b[mid], b[lo]) { b.swapAt(mid, lo) }
            if less(b[hi - 1], b[lo]) { b.swapAt(hi - 1, lo) }
            if less(b[hi - 1], b[mid]) { b.swapAt(hi - 1, mid) }
            b.swapAt(lo, mid)
            var i = lo, j = hi
            while true {
                repeat { i += 1 } while i < hi && less(b[i], b[lo])
                repeat { j -= 1 } while less(b[lo], b[j])
                if i >= j { break }
                b.swapAt(i, j)
            }
            b.swapAt(lo, j)
            // Recurse into the smaller side, loop on the larger.
            if j - lo < hi - j - 1 {
                introsort(b, lo, j, depth, less)
                lo = j + 1
            } else {
                introsort(b, j + 1, hi, depth, less)
                hi = j
            }
        }
        for i in Swift.stride(from: lo + 1, to: hi, by: 1) {
            var k = i
            while k > lo && less(b[k], b[k - 1]) {
                b.swapAt(k, k - 1)
                k -= 1
            }
        }
    }

    private static func heapsort<T>(_ b: UnsafeMutableBufferPointer<T>, _ lo: Int, _ hi: Int, _ less: (T, T) -> Bool) {
        let n = hi - lo
        func siftDown(_ start: Int, _ end: Int) {
            var root = start
            while 2 * root + 1 < end {
                var child = 2 * root + 1
                if child + 1 < end, less(b[lo + child], b[lo + child + 1]) { child += 1 }
                guard less(b[lo + root], b[lo + child]) else { return }
                b.swapAt(lo + root, lo + child)
                root = child
            }
        }
        for start in Swift.stride(from: n / 2 - 1, through: 0, by: -1) { siftDown(start, n) }
        for end in Swift.stride(from: n - 1, to: 0, by: -1) {
            b.swapAt(lo, lo + end)
            siftDown(0, end)
        }
    }
}
