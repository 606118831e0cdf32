/// A planned week: the shifts and what they add up to.
public struct RotaSolution: Sendable, Hashable {
    /// Every shift, fixed and planned, sorted by start, then member.
    public var shifts: [RotaShift]
    /// Members on duty per interval (a member counts once even where fixed shifts overlap).
    public var coverage: [Int]
    /// Σ max(0, requirement − coverage), in agent-intervals.
    public var shortfall: Int
    /// Σ max(0, coverage − requirement), in agent-intervals.
    public var overstaffing: Int
    /// Intervals of duty per member, in member order.
    public var intervalsPerMember: [Int]

    /// Creates a solution from its parts; `RotaSolution(problem:shifts:)` derives them instead.
    public init(shifts: [RotaShift], coverage: [Int], shortfall: Int, overstaffing: Int, intervalsPerMember: [Int]) {
        self.shifts = shifts
        self.coverage = coverage
        self.shortfall = shortfall
        self.overstaffing = overstaffing
        self.intervalsPerMember = intervalsPerMember
    }
}
