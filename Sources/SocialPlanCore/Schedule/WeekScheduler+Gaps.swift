extension WeekScheduler {
    /// Consecutive understaffed intervals as blocks, each with the care staff at work during a
    /// short interval of it but not on duty then, and the rule that kept each of them off.
    ///
    /// Complexity: O(S + blocks × members × block length × shifts of a member), S shifts.
    static func merge(staffing: [IntervalStaffing], problem: RotaProblem, shifts: [RotaShift], staff: [Member],
                      duties: [Int]) -> [StaffingGap] {
        var shiftsOf = [[RotaShift]](repeating: [], count: problem.members.count)
        for shift in shifts where shiftsOf.indices.contains(shift.member) { shiftsOf[shift.member].append(shift) }
        var blocks: [StaffingGap] = []
        var i = 0
        while i < staffing.count {
            guard staffing[i].difference < 0 else { i += 1; continue }
            let first = i
            while i < staffing.count && staffing[i].difference < 0 { i += 1 }
            let range = first..<i
            let onDuty = range.map { staffing[$0].scheduled }
            let needed = range.map { staffing[$0].required }
            var why: [GapCover] = []
            for (index, member) in problem.members.enumerated() {
                let mine = shiftsOf[index]
                guard let t = range.first(where: { t in staffing[t].difference < 0 && member.available[t] && !mine.contains { $0.intervals.contains(t) } })
                else { continue }
                let care = mine.reduce(0) { $0 + $1.intervals.count }
                let other = index < duties.count ? duties[index] : 0
                why.append(GapCover(member: staff[index].id,
                                          reason: reason(at: t, member: member, shifts: mine, problem: problem),
                                          hoursUsed: Double(care + other) / 4))
            }
            blocks.append(StaffingGap(first: first, end: i, fewestOnDuty: onDuty.min() ?? 0, mostOnDuty: onDuty.max() ?? 0,
                                            fewestNeeded: needed.min() ?? 0, mostNeeded: needed.max() ?? 0, cover: why))
        }
        return blocks
    }

    /// Why a member at work at interval `t` is not on duty then.
    static func reason(at t: Int, member: RotaMember, shifts: [RotaShift], problem: RotaProblem) -> GapCover.Reason {
        if let cap = member.maxIntervals, shifts.reduce(0, { $0 + $1.intervals.count }) >= cap { return .weeklyLimit }
        for s in shifts {
            // Right next to one of their shifts: it could be longer unless it is at the maximum.
            if s.intervals.upperBound == t || s.intervals.lowerBound == t + 1 {
                if s.intervals.count >= problem.maxShiftIntervals { return .longestShift }
                continue
            }
            let gapAfter = t - s.intervals.upperBound, gapBefore = s.intervals.lowerBound - t - 1
            if (gapAfter > 0 && gapAfter < problem.minRestIntervals) || (gapBefore > 0 && gapBefore < problem.minRestIntervals) {
                return .rest
            }
        }
        var low = t, high = t + 1
        while low > 0 && member.available[low - 1] { low -= 1 }
        while high < member.available.count && member.available[high] { high += 1 }
        if high - low < problem.minShiftIntervals { return .shortWindow }
        return .hoursLeft
    }
}
