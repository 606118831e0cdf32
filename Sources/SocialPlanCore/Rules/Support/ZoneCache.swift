import Foundation

/// A thread-safe memo from zone name to a value derived only from the tz database.
/// Validation runs files in parallel, so the table is guarded by a lock.
final class ZoneCache<Value: Sendable>: @unchecked Sendable {
    private var values: [String: Value] = [:]
    private let lock = NSLock()

    /// The cached value for `zone`, computing it with `make` the first time.
    func value(for zone: String, make: (String) -> Value) -> Value {
        if let hit = lock.withLock({ values[zone] }) { return hit }
        let made = make(zone)
        lock.withLock { values[zone] = made }
        return made
    }
}
