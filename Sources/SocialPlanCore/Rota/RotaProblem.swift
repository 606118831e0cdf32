/// A week of care staffing to plan: a per-interval requirement and the people who can cover it.
///
/// The planner chooses shifts for the members so that, in this order,
/// 1. the weighted shortfall is as small as possible: agent-intervals below the requirement,
///    where the first missing agent of an interval (nobody on duty) counts 3 times
///    (`RotaScoring.uncoveredWeight`); `RotaSolution.shortfall` reports the plain count,
/// 2. then the overstaffing (agent-intervals above it) is as small as possible,
/// 3. then duty is spread across members in proportion to what each can give
///    (see `RotaFairness`).
///
/// Hard rules for every planned (non-fixed) shift: it is a contiguous run of
/// `minShiftIntervals...maxShiftIntervals` intervals inside the week and inside the member's
/// availability; it neither overlaps nor comes within `minRestIntervals` of any other shift of the
/// same member (fixed shifts included); and the member's duty stays within `maxIntervals`.
/// The week is planned on its own: rest is not carried in from the previous week.
public struct RotaProblem: Sendable, Hashable {
    /// Intervals in the week: 672, or 668/676 in a week with a daylight-saving change.
    public var intervalCount: Int
    /// Agents needed on duty per interval (after shrinkage). Negative entries count as 0,
    /// entries past the end of the array as 0.
    public var requirement: [Int]
    /// The people who can take shifts; a shift names its member by index into this array.
    public var members: [RotaMember]
    /// Shortest planned shift, in intervals (default 8 = 2 h).
    public var minShiftIntervals: Int
    /// Longest planned shift, in intervals (default 36 = 9 h).
    public var maxShiftIntervals: Int
    /// Least gap from the end of one shift of a member to the start of the next (default 44 = 11 h).
    public var minRestIntervals: Int

    /// Creates a problem with the product's default shift rules unless given.
    public init(
        intervalCount: Int,
        requirement: [Int],
        members: [RotaMember],
        minShiftIntervals: Int = 8,
        maxShiftIntervals: Int = 36,
        minRestIntervals: Int = 44
    ) {
        self.intervalCount = intervalCount
        self.requirement = requirement
        self.members = members
        self.minShiftIntervals = minShiftIntervals
        self.maxShiftIntervals = maxShiftIntervals
        self.minRestIntervals = minRestIntervals
    }
}
