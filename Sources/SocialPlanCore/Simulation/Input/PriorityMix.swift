/// The priority mix as the simulator sees it: one level per SLA, in SLA file order (level 0 is
/// the first SLA and is served first), with the share of mentions drawn at each level.
///
/// A mix entry whose priority has no SLA, and whatever share the mix leaves unassigned, go to
/// the default priority (``Care/defaultPriorityIndex``), as in ``CareRequirement`` and as the
/// audit triages a mention no rule matches; without `mentions.priorities` every mention has the
/// default priority. Without SLAs there is one level.
public struct PriorityMix: Sendable, Hashable {
    /// Priority names by level (SLA order); empty when care has no SLAs.
    public let names: [String]
    /// Share of mentions at each level (sums to 1).
    public let shares: [Double]

    /// Number of levels (≥ 1), for ``QueueSimulator/init(staffing:priorityLevels:)``.
    public var levels: Int { shares.count }

    /// The mix of `strategy`'s `mentions.priorities` over its `care.sla` order
    /// (``Strategy/priorityShares``). Complexity: O(SLAs × priorities).
    public init(strategy: Strategy) {
        names = strategy.care?.slas.map(\.priority) ?? []
        shares = strategy.priorityShares
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
