/// The priority mix as the simulator sees it: one level per SLA, in SLA file order (level 0 is
/// the first SLA and is served first), with the share of mentions drawn at each level.
///
/// A mix entry whose priority has no SLA, and whatever share the mix leaves unassigned, go to
/// the lowest level, as in ``CareRequirement``; without `mentions.priorities` every mention
/// has the lowest priority. Without SLAs there is one level.
public struct PriorityMix: Sendable, Hashable {
    /// Priority names by level (SLA order); empty when care has no SLAs.
    public let names: [String]
    /// Share of mentions at each level (sums to 1).
    public let shares: [Double]

    /// Number of levels (≥ 1), for ``QueueSimulator/init(staffing:priorityLevels:)``.
    public var levels: Int { shares.count }

    /// The mix of `strategy`'s `mentions.priorities` over its `care.sla` order.
    ///
    /// Complexity: O(SLAs × priorities).
    public init(strategy: Strategy) {
        let slas = strategy.care?.slas.map(\.priority) ?? []
        let mix = strategy.mentions?.priorities.map(\.value) ?? []
        names = slas
        let levels = max(1, slas.count)
        var shares = Array(repeating: 0.0, count: levels)
        if !mix.isEmpty {
            for (rank, name) in slas.enumerated() {
                let share = mix.first { $0.priority == name }?.share.fraction ?? 0
                shares[rank] = min(max(0, share), 1)
            }
        }
        // Capped so the levels never hand out more than everything; the rest is the lowest level.
        var running = 0.0
        for rank in 0..<(levels - 1) {
            shares[rank] = min(shares[rank], 1 - running)
            running += shares[rank]
        }
        shares[levels - 1] = 1 - running
        self.shares = shares
    }

    /// The level for a uniform `u` in (0, 1): the first level whose cumulative share exceeds `u`,
    /// the lowest level when rounding leaves `u` beyond them all.
    ///
    /// Complexity: O(levels).
    public func level(forUniform u: Double) -> Int {
        var cumulative = 0.0
        for (rank, share) in shares.enumerated() {
            cumulative += share
            if u < cumulative { return rank }
        }
        return levels - 1
    }
}
