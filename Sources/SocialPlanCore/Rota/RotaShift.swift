/// One stretch of duty of one member.
public struct RotaShift: Sendable, Hashable, Comparable {
    /// Index of the member in `RotaProblem.members`.
    public var member: Int
    /// The intervals on duty, half-open.
    public var intervals: Range<Int>
    /// True for a shift taken from `RotaMember.fixedShifts`, false for one the planner chose.
    public var isFixed: Bool

    /// Creates a shift.
    public init(member: Int, intervals: Range<Int>, isFixed: Bool) {
        self.member = member
        self.intervals = intervals
        self.isFixed = isFixed
    }

    /// Orders by start, then member, then end, fixed shifts first.
    public static func < (lhs: RotaShift, rhs: RotaShift) -> Bool {
        if lhs.intervals.lowerBound != rhs.intervals.lowerBound {
            return lhs.intervals.lowerBound < rhs.intervals.lowerBound
        }
        if lhs.member != rhs.member { return lhs.member < rhs.member }
        if lhs.intervals.upperBound != rhs.intervals.upperBound {
            return lhs.intervals.upperBound < rhs.intervals.upperBound
        }
        return lhs.isFixed && !rhs.isFixed
    }
}
