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
public struct StaffingGap: Sendable, Hashable {
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
    /// Care staff at work during a short interval of the block but not on duty then, each with
    /// the rule that kept them off.
    public var cover: [GapCover]

    /// Those of ``cover`` who still had hours left this week (by id).
    public var availableButNotScheduled: [String] { cover.filter { $0.reason != .weeklyLimit }.map(\.member) }
    /// Those of ``cover`` who had used their `max_hours_per_week` on care and other duties (by id).
    public var atHoursLimit: [String] { cover.filter { $0.reason == .weeklyLimit }.map(\.member) }
}

/// A care member who was at work during an understaffed block but not on duty, and why.
public struct GapCover: Sendable, Hashable {
    /// Why the rota left them off.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        /// Their `max_hours_per_week` is used up by care shifts, reply sessions and tasks.
        case weeklyLimit = "weekly-limit"
        /// A shift of theirs next to the block is already `max_shift` long.
        case longestShift = "longest-shift"
        /// Another shift of theirs is closer than `min_rest`.
        case rest
        /// They are at work for less than `min_shift` around then.
        case shortWindow = "short-window"
        /// No rule stopped it: they have hours left, the planner used them elsewhere.
        case hoursLeft = "hours-left"
    }

    /// Member id.
    public var member: String
    /// Why they were not on duty.
    public var reason: Reason
    /// Hours of all duties they have this week (care shifts, reply sessions, tasks).
    public var hoursUsed: Double
}
