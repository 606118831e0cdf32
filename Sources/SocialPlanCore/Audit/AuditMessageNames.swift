/// The one name the audit keeps for each message besides its author, as an index into an
/// interned table: for an account's message, the agent who signed it; for a customer's, the
/// audited `@handle` it addresses (docs/audit.md, "Agents" and "Accounts and attribution").
/// A message has only one of the two, so one four-byte array serves both.
struct AuditMessageNames: Sendable, Hashable {
    private var stored: [Int32] = []

    /// Adds a message's name index, or nil when it has none.
    mutating func append(_ index: Int32?) { stored.append(index ?? -1) }

    mutating func reserveCapacity(_ n: Int) { stored.reserveCapacity(n) }

    /// The name index of message `i`, or nil. Complexity: O(1).
    subscript(i: Int) -> Int32? {
        let s = stored[i]
        return s >= 0 ? s : nil
    }
}
