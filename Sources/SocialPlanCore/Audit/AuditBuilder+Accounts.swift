extension AuditBuilder {
    /// The author indices of the audited accounts, one per name ignoring case, in the order given.
    var auditedAccounts: [Int32] {
        var seen = Set<Int32>()
        return options.accounts.compactMap { accountSlots[$0.lowercased()] }.filter { seen.insert($0).inserted }
    }

    /// Audited accounts that wrote no message in the log and that no mention's `@handle`
    /// names, each with the closest name the log has and its busiest accounts (most messages
    /// first, ties by name). Complexity: O(n) for n messages, only when an account is unknown.
    func unknownAccounts() -> [AuditUnknownAccount] {
        let unknown = auditedAccounts.filter { i in
            !accountSeen[Int(i)] && handles.lookup(authorNames[i].lowercased()) == nil
        }
        guard !unknown.isEmpty else { return [] }
        let audited = Set(unknown)
        var messages = [Int](repeating: 0, count: authorNames.count)
        for a in authors where a >= 0 { messages[Int(a)] += 1 }
        let candidates: [(name: String, messages: Int)] = (0..<authorNames.count).compactMap { a in
            audited.contains(Int32(a)) || messages[a] == 0 ? nil : (authorNames[Int32(a)], messages[a])
        }
        let names = candidates.sorted { x, y in x.messages != y.messages ? x.messages > y.messages : x.name < y.name }.map(\.name)
        return unknown.map { i in
            let name = authorNames[i]
            return AuditUnknownAccount(name: name, closest: Suggestion.closest(to: name, in: names, caseInsensitive: true),
                                       busiest: Array(names.prefix(5)))
        }
    }
}

/// An account asked for (`--account`) that the log never names.
public struct AuditUnknownAccount: Sendable, Hashable {
    /// The name as given.
    public var name: String
    /// The log's account closest to it, when one is a likely typo.
    public var closest: String?
    /// The log's accounts with the most messages (at most five).
    public var busiest: [String]

    /// `no account `NoSuch` in the log (did you mean `AppleSupport`?); busiest: AppleSupport, Uber_Support`.
    public var description: String {
        let mean = closest.map { " (did you mean `\($0)`?)" } ?? ""
        let busy = busiest.isEmpty ? "; the log has no replies by any account" : "; busiest: " + busiest.joined(separator: ", ")
        return "no account `\(name)` in the log\(mean)\(busy)"
    }
}
