extension RotaProblem {
    /// Every way `solution` breaks this problem's rules or misstates its own totals; empty when
    /// the solution is valid.
    ///
    /// Checks: shifts sorted and naming a member; every fixed shift present exactly once and no
    /// others marked fixed; each planned shift inside the week, `minShiftIntervals...maxShiftIntervals`
    /// long and inside the member's availability; no two shifts of a member overlapping or closer
    /// than `minRestIntervals` unless both are fixed; duty within `maxIntervals` wherever the
    /// planner added anything; coverage, shortfall, overstaffing and duty per member matching the
    /// shifts. O(M·T + S² ) for S shifts — meant for tests and diagnostics, not hot paths.
    public func check(_ solution: RotaSolution) -> [String] {
        var problems: [String] = []
        if solution.shifts != solution.shifts.sorted() { problems.append("shifts are not sorted by start, then member") }
        var byMember = [[RotaShift]](repeating: [], count: members.count)
        for shift in solution.shifts {
            guard members.indices.contains(shift.member) else {
                problems.append("shift \(shift.intervals) names member \(shift.member), which does not exist")
                continue
            }
            byMember[shift.member].append(shift)
        }
        for (index, member) in members.enumerated() {
            problems += checkShifts(byMember[index], of: member, index: index)
        }
        let recomputed = RotaSolution(problem: self, shifts: solution.shifts)
        if solution.coverage != recomputed.coverage { problems.append("coverage does not match the shifts") }
        if solution.shortfall != recomputed.shortfall {
            problems.append("shortfall \(solution.shortfall) should be \(recomputed.shortfall)")
        }
        if solution.overstaffing != recomputed.overstaffing {
            problems.append("overstaffing \(solution.overstaffing) should be \(recomputed.overstaffing)")
        }
        if solution.intervalsPerMember != recomputed.intervalsPerMember {
            problems.append("intervals per member \(solution.intervalsPerMember) should be \(recomputed.intervalsPerMember)")
        }
        return problems
    }

    private func checkShifts(_ shifts: [RotaShift], of member: RotaMember, index: Int) -> [String] {
        var problems: [String] = []
        let name = "member \(index) (\(member.id))"
        let expectedFixed = Self.ordered(clippedFixedShifts(of: member))
        let actualFixed = Self.ordered(shifts.filter(\.isFixed).map(\.intervals))
        if expectedFixed != actualFixed { problems.append("\(name): fixed shifts \(actualFixed) should be \(expectedFixed)") }
        let availability = normalizedAvailability(of: member)
        for shift in shifts where !shift.isFixed {
            let range = shift.intervals
            if range.lowerBound < 0 || range.upperBound > intervalCount {
                problems.append("\(name): shift \(range) lies outside the week 0..<\(intervalCount)")
                continue
            }
            if range.count < minShiftIntervals || range.count > maxShiftIntervals {
                problems.append("\(name): shift \(range) is \(range.count) intervals, allowed \(minShiftIntervals)...\(maxShiftIntervals)")
            }
            if let gap = range.first(where: { !availability[$0] }) {
                problems.append("\(name): shift \(range) covers interval \(gap), where the member is not available")
            }
        }
        for (i, first) in shifts.enumerated() {
            for second in shifts[(i + 1)...] where !(first.isFixed && second.isFixed) {
                if first.intervals.overlaps(second.intervals) {
                    problems.append("\(name): shifts \(first.intervals) and \(second.intervals) overlap")
                } else {
                    let (early, late) = first.intervals.lowerBound < second.intervals.lowerBound ? (first, second) : (second, first)
                    let rest = late.intervals.lowerBound - early.intervals.upperBound
                    if rest < minRestIntervals {
                        problems.append("\(name): only \(rest) intervals of rest between \(early.intervals) and \(late.intervals), need \(minRestIntervals)")
                    }
                }
            }
        }
        let duty = Set(shifts.flatMap { $0.intervals.clamped(to: 0..<max(0, intervalCount)) }).count
        if let limit = member.maxIntervals, shifts.contains(where: { !$0.isFixed }), duty > limit {
            problems.append("\(name): \(duty) intervals of duty, limit \(limit)")
        }
        return problems
    }

    private static func ordered(_ ranges: [Range<Int>]) -> [Range<Int>] {
        ranges.sorted { lhs, rhs in
            lhs.lowerBound != rhs.lowerBound ? lhs.lowerBound < rhs.lowerBound : lhs.upperBound < rhs.upperBound
        }
    }
}
