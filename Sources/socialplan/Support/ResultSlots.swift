import Foundation

/// Fixed slots that parallel workers fill by index; a lock keeps writes safe.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    /// The filled values in index order.
    var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}
