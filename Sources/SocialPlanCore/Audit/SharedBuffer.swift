/// A buffer whose disjoint ranges several threads write at once (the audit's parallel steps:
/// a sort's two sides, the mentions' two halves, the links' parts). Each range is touched by
/// one thread only; the caller keeps the buffer alive until they are all done.
struct SharedBuffer<T>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<T>
}
