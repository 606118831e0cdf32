/// One care shift of the rota.
public struct CareShift: Sendable, Hashable {
    /// The member on duty.
    public var member: String
    /// Start instant (seconds since 1970 UTC).
    public var start: Int
    /// End instant.
    public var end: Int
    /// The week's intervals it covers.
    public var intervals: Range<Int>
    /// True when the shift was written in the strategy (`shifts:`), not chosen by the planner.
    public var isFixed: Bool

    /// Length in minutes.
    public var minutes: Int { (end - start) / 60 }
}

/// A run of consecutive understaffed intervals, merged for reading.
public struct StaffingShortfall: Sendable, Hashable {
    /// First interval.
    public var first: Int
    /// One past the last interval.
    public var end: Int
    /// Fewest agents on duty in the block.
    public var fewestOnDuty: Int
    /// Most agents on duty in the block.
    public var mostOnDuty: Int
    /// Fewest agents needed in the block.
    public var fewestNeeded: Int
    /// Most agents needed in the block.
    public var mostNeeded: Int
    /// Care staff who are at work during part of the block but not on duty then, with hours
    /// left this week (by id).
    public var availableButNotScheduled: [String]
    /// Care staff who are at work during part of the block but have used their
    /// `max_hours_per_week` (by id).
    public var atHoursLimit: [String]
}
