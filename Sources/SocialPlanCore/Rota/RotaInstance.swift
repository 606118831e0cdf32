/// The planner's normalised view of a `RotaProblem`.
///
/// Arrays are padded or cut to the week, fixed shifts are clipped, and each member's *open*
/// intervals — where a planned shift may lie — are the available ones minus a rest zone of
/// `rest` intervals on each side of every fixed shift. A planned shift inside the open intervals
/// therefore keeps its distance from fixed shifts by construction. Building it is O(M·T).
struct RotaInstance: Sendable {
    let intervalCount: Int
    let requirement: [Int]
    let minLength: Int
    let maxLength: Int
    let rest: Int
    let memberCount: Int
    /// Fixed shifts per member, clipped to the week.
    let fixed: [[Range<Int>]]
    /// Per member: may a planned shift cover this interval.
    let open: [[Bool]]
    /// Per member: intervals of duty already taken by fixed shifts.
    let fixedDuty: [Int]
    /// Per member: most intervals the planner may still add.
    let budget: [Int]
    /// Per member: the fairness denominator, min(maxIntervals, available-or-fixed intervals).
    let capacity: [Int]
    /// Members on duty per interval from fixed shifts alone.
    let fixedCoverage: [Int]
    /// Per interval: how many members could *not* cover it; a tie-break toward scarce intervals.
    let scarcity: [Int]

    init(_ problem: RotaProblem) {
        let count = max(0, problem.intervalCount)
        intervalCount = count
        requirement = problem.normalizedRequirement()
        minLength = max(1, problem.minShiftIntervals)
        maxLength = min(problem.maxShiftIntervals, count)
        rest = max(0, problem.minRestIntervals)
        memberCount = problem.members.count
        var fixed: [[Range<Int>]] = []
        var open: [[Bool]] = []
        var fixedDuty: [Int] = []
        var budget: [Int] = []
        var capacity: [Int] = []
        var fixedCoverage = [Int](repeating: 0, count: count)
        var openCount = [Int](repeating: 0, count: count)
        for member in problem.members {
            let shifts = problem.clippedFixedShifts(of: member)
            var mask = problem.normalizedAvailability(of: member)
            var onDuty = [Bool](repeating: false, count: count)
            for shift in shifts {
                for t in shift where !onDuty[t] {
                    onDuty[t] = true
                    fixedCoverage[t] += 1
                }
                let zone = max(0, shift.lowerBound - rest)..<min(count, shift.upperBound + rest)
                for t in zone { mask[t] = false }
            }
            let duty = onDuty.lazy.filter { $0 }.count
            let reachable = zip(problem.normalizedAvailability(of: member), onDuty).lazy.filter { $0 || $1 }.count
            let limit = member.maxIntervals.map { max(0, $0) }
            for t in 0..<count where mask[t] { openCount[t] += 1 }
            fixed.append(shifts)
            open.append(mask)
            fixedDuty.append(duty)
            budget.append(limit.map { max(0, $0 - duty) } ?? count)
            capacity.append(min(limit ?? reachable, reachable))
        }
        self.fixed = fixed
        self.open = open
        self.fixedDuty = fixedDuty
        self.budget = budget.map { min($0, count) }
        self.capacity = capacity
        self.fixedCoverage = fixedCoverage
        scarcity = openCount.map { problem.members.count - $0 }
    }
}
