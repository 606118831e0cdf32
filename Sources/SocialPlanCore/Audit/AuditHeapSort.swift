/// An in-place heapsort for the audit's big index arrays: the standard library's sort borrows a
/// buffer of half the array, which at millions of entries is tens of megabytes. Not stable; the
/// audit's orders are total (ties are broken by unique ids), so stability does not matter.
enum AuditHeapSort {
    /// Sorts `a` by `less` without extra memory. Complexity: O(n log n) time, O(1) space.
    static func sort<T>(_ a: inout [T], by less: (T, T) -> Bool) {
        a.withUnsafeMutableBufferPointer { b in
            let n = b.count
            guard n > 1 else { return }
            func siftDown(_ start: Int, _ end: Int) {
                var root = start
                while 2 * root + 1 < end {
                    var child = 2 * root + 1
                    if child + 1 < end, less(b[child], b[child + 1]) { child += 1 }
                    guard less(b[root], b[child]) else { return }
                    b.swapAt(root, child)
                    root = child
                }
            }
            for start in stride(from: n / 2 - 1, through: 0, by: -1) { siftDown(start, n) }
            for end in stride(from: n - 1, to: 0, by: -1) {
                b.swapAt(0, end)
                siftDown(0, end)
            }
        }
    }
}
