extension AuditBuilder {
    /// Adds every message of `later` (a builder of the same options that read the rest of the
    /// same log) after this builder's own, as if they had been added here one by one: names and
    /// non-numeric ids are interned again, an audited account keeps the spelling the log wrote
    /// first. `later` is emptied on the way. Complexity: O(messages and names of `later`).
    mutating func append(_ later: inout AuditBuilder) {
        var author = [Int32](repeating: -1, count: later.authorNames.count)
        for i in 0..<later.authorNames.count {
            let slot = i < later.accountSeen.count
            // An audited account `later` never saw keeps its slot, spelled as this builder has it.
            author[i] = slot && !later.accountSeen[i] ? Int32(i) : authorIndex(later.authorNames[Int32(i)])
        }
        let agent = later.agentNames.strings.map { agentNames.intern($0) }
        let handle = later.handles.strings.map { handles.intern($0) }
        var keys = idKeys
        let laterKeys = later.idKeys
        func key(_ k: UInt64) -> UInt64 {
            guard k != AuditIDKeys.none, k & AuditIDKeys.interned != 0 else { return k }
            return keys.key(laterKeys.text(k))
        }
        let n = later.count
        if ids.capacity < count + n { reserveCapacity(count + n) }
        // Array by array, each of `later`'s freed once appended: the two builders' messages are
        // never all held twice.
        for j in 0..<n { ids.append(key(later.ids[j])) }
        later.ids = []
        for j in 0..<n { parents.append(key(later.parents[j])) }
        later.parents = []
        for j in 0..<n { authors.append(later.authors[j] < 0 ? -1 : author[Int(later.authors[j])]) }
        later.authors = []
        for j in 0..<n { names.append(later.names[j].map { later.inbound[j] ? handle[Int($0)] : agent[Int($0)] }) }
        later.names = AuditMessageNames()
        idKeys = keys
        times.append(contentsOf: later.times)
        later.times = AuditTimes()
        inbound.append(contentsOf: later.inbound)
        closing.append(contentsOf: later.closing)
        priorities.append(contentsOf: later.priorities)
        later = AuditBuilder(options: later.options)
    }
}
