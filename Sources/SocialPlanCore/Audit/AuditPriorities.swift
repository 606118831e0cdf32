/// The SLA priority decided for each message on arrival, one byte a message (docs/audit.md,
/// "Priority (triage)"): an index into the options' SLAs (triage gives the default priority to
/// a text no rule matches), or undecided — options without a default priority — the mention
/// then takes the last SLA. Only customer messages have one.
struct AuditPriorities: Sendable, Hashable {
    private var stored: [UInt8] = []
    private static let undecided: UInt8 = .max

    /// The most SLAs a decided priority can name.
    static let capacity = Int(undecided)

    /// Adds a message's priority: an SLA index below ``capacity``, or nil when undecided.
    mutating func append(_ slaIndex: Int?) {
        stored.append(slaIndex.flatMap { $0 < Self.capacity ? UInt8($0) : nil } ?? Self.undecided)
    }

    mutating func reserveCapacity(_ n: Int) { stored.reserveCapacity(n) }

    /// Adds the priorities of `other` after these. Complexity: O(other's count).
    mutating func append(contentsOf other: AuditPriorities) { stored.append(contentsOf: other.stored) }

    /// The index of the SLA message `i` is measured against among `slaCount` SLAs: its own
    /// priority's, else the last; nil without SLAs. Complexity: O(1).
    func slaIndex(of i: Int, slaCount: Int) -> Int? {
        let s = Int(stored[i])
        return s < slaCount ? s : slaCount > 0 ? slaCount - 1 : nil
    }
}
