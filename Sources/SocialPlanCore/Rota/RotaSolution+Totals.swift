extension RotaSolution {
    /// Derives coverage, shortfall, overstaffing and duty per member from a list of shifts.
    ///
    /// Shifts are sorted; ranges are clipped to the week; a member counts once per interval even
    /// where two of their shifts overlap; shifts naming no member of the problem are kept but
    /// counted nowhere. O(M·T + Σ shift length + S log S) for M members, T intervals, S shifts.
    public init(problem: RotaProblem, shifts: [RotaShift]) {
        let count = max(0, problem.intervalCount)
        let requirement = problem.normalizedRequirement()
        var coverage = [Int](repeating: 0, count: count)
        var perMember = [Int](repeating: 0, count: problem.members.count)
        var onDuty = [[Bool]](repeating: [Bool](repeating: false, count: count), count: problem.members.count)
        for shift in shifts where onDuty.indices.contains(shift.member) {
            for t in shift.intervals.clamped(to: 0..<count) where !onDuty[shift.member][t] {
                onDuty[shift.member][t] = true
                coverage[t] += 1
                perMember[shift.member] += 1
            }
        }
        var shortfall = 0
        var overstaffing = 0
        for t in 0..<count {
            shortfall += max(0, requirement[t] - coverage[t])
            overstaffing += max(0, coverage[t] - requirement[t])
        }
        self.init(
            shifts: shifts.sorted(),
            coverage: coverage,
            shortfall: shortfall,
            overstaffing: overstaffing,
            intervalsPerMember: perMember
        )
    }
}
