extension Strategy {
    /// The share of mentions at each SLA priority, in `care.sla` order (one share, 1, without
    /// SLAs): `mentions.priorities` as written, capped so they never hand out more than
    /// everything; what they leave out (all of it without `mentions.priorities`) goes to the
    /// default priority (``Care/defaultPriorityIndex``), the same priority the audit gives a
    /// mention no triage rule matches. Complexity: O(SLAs × priorities).
    public var priorityShares: [Double] {
        let slas = care?.slas.map(\.priority) ?? []
        let mix = mentions?.priorities.map(\.value) ?? []
        let levels = max(1, slas.count)
        var shares = Array(repeating: 0.0, count: levels)
        for (rank, name) in slas.enumerated() {
            shares[rank] = min(max(0, mix.first { $0.priority == name }?.share.fraction ?? 0), 1)
        }
        var running = 0.0
        for rank in 0..<levels {
            shares[rank] = min(shares[rank], 1 - running)
            running += shares[rank]
        }
        shares[care?.defaultPriorityIndex ?? levels - 1] += max(0, 1 - running)
        return shares
    }
}
