import Foundation

/// Fixed slots that parallel workers fill by index; a lock keeps writes safe.
public final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    /// `count` empty slots.
    public init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The value in slot `index`, nil until filled.
    public subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    /// The filled values in index order.
    public var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}
