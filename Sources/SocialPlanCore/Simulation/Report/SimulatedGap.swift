/// An understaffed block of the plan with the simulated breaches among mentions arriving in it.
public struct SimulatedGap: Sendable, Hashable {
    /// The block: when, on duty vs needed, who could have helped.
    public var gap: StaffingGap
    /// Breaches per week among mentions arriving in the block (mean across replications).
    public var breaches: Double

    /// Breaches a week from which a block counts as a problem when a target does not hold:
    /// one every two weeks. Below that the block is thin but holding.
    public static let problemBreaches = 0.5
}

/// A member's expected occupancy: the share of their answering time spent on mentions, with
/// the work of each interval shared evenly among the members on duty in it.
public struct MemberOccupancy: Sendable, Hashable {
    /// Member id.
    public var member: String
    /// Seconds on duty in the rota this week.
    public var onDutySeconds: Int
    /// Busy share of on-duty time after shrinkage; nil when the member is never on duty.
    public var occupancy: ReplicationSummary?
}

/// The interval with the largest mean backlog.
public struct BacklogPeak: Sendable, Hashable {
    /// Interval index in the week.
    public var interval: Int
    /// Start instant of the interval.
    public var start: Int
    /// Most mentions waiting at a moment of the interval, across replications.
    public var waiting: ReplicationSummary
}
