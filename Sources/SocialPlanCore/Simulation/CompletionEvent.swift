/// An agent finishing a mention at `time`, in the simulator's event heap.
///
/// Ordered by time, then by `sequence` (the order the events were scheduled): HeapModule's
/// order is unstable for equal keys, and the sequence number makes every tie break the same
/// way on every run and platform.
struct CompletionEvent: Comparable, Sendable {
    var time: Double
    var sequence: UInt64

    static func < (lhs: CompletionEvent, rhs: CompletionEvent) -> Bool {
        lhs.time != rhs.time ? lhs.time < rhs.time : lhs.sequence < rhs.sequence
    }
}
