/// The planner's working state: the planned (non-fixed) shifts of each member and the coverage
/// they give together with the fixed shifts.
///
/// Invariant (checked by `checkInvariants()`): a member's planned shifts are sorted, lie in
/// their open intervals, keep `rest` between each other, and `coverage`/`duty` match them.
struct RotaWorkspace: Sendable {
    let instance: RotaInstance
    /// Members on duty per interval, fixed and planned.
    private(set) var coverage: [Int]
    /// Planned shifts per member, sorted by start.
    private(set) var planned: [[Range<Int>]]
    /// Intervals of duty per member, fixed and planned.
    private(set) var duty: [Int]
    /// The one-member search every step uses: its memory is reused and its `work` (table cells
    /// computed) is the plan's effort so far, the same on every machine.
    var search: RotaScheduleSearch
    /// Effort outside the member searches (greedy turns, fairness checks), in the same unit.
    private(set) var otherWork = 0
    /// The most work the improvement steps may take (`RotaPlanner.workLimit`).
    let workLimit: Int

    init(_ instance: RotaInstance, workLimit: Int = .max) {
        self.instance = instance
        self.workLimit = workLimit
        search = RotaScheduleSearch(minLength: instance.minLength, maxLength: instance.maxLength, rest: instance.rest)
        coverage = instance.fixedCoverage
        planned = [[Range<Int>]](repeating: [], count: instance.memberCount)
        duty = instance.fixedDuty
    }

    /// Intervals the planner may still add for `member`. O(shifts of the member).
    func remainingBudget(of member: Int) -> Int {
        instance.budget[member] - planned[member].reduce(0) { $0 + $1.count }
    }

    /// Replaces all planned shifts of `member`. O(T).
    mutating func setPlanned(_ shifts: [Range<Int>], for member: Int) {
        for shift in planned[member] { apply(shift, of: member, delta: -1) }
        planned[member] = shifts.sorted { $0.lowerBound < $1.lowerBound }
        for shift in planned[member] { apply(shift, of: member, delta: 1) }
    }

    /// Adds one planned shift to `member`. O(shift length + shifts of the member).
    mutating func add(_ shift: Range<Int>, to member: Int) {
        planned[member].append(shift)
        planned[member].sort { $0.lowerBound < $1.lowerBound }
        apply(shift, of: member, delta: 1)
    }

    /// Removes one planned shift of `member`, if present. O(shift length + shifts of the member).
    mutating func remove(_ shift: Range<Int>, from member: Int) {
        guard let index = planned[member].firstIndex(of: shift) else { return }
        planned[member].remove(at: index)
        apply(shift, of: member, delta: -1)
    }

    private mutating func apply(_ shift: Range<Int>, of member: Int, delta: Int) {
        for t in shift { coverage[t] += delta }
        duty[member] += delta * shift.count
    }

    /// Where `member` could take one more planned shift: open and at least `rest` away from
    /// their planned shifts other than `ignoring`. O(T).
    func freeMask(of member: Int, ignoring: Range<Int>? = nil) -> [Bool] {
        var mask = instance.open[member]
        for shift in planned[member] where shift != ignoring {
            let zone = max(0, shift.lowerBound - instance.rest)..<min(instance.intervalCount, shift.upperBound + instance.rest)
            for t in zone { mask[t] = false }
        }
        return mask
    }

    /// Could `member` take `piece` as one more planned shift: open throughout and at least
    /// `rest` away from each of their planned shifts (what `freeMask` says, without building
    /// it). O(piece length + shifts of the member).
    func isFree(_ piece: Range<Int>, for member: Int) -> Bool {
        let open = instance.open[member]
        guard piece.allSatisfy({ open[$0] }) else { return false }
        return planned[member].allSatisfy { shift in
            piece.upperBound + instance.rest <= shift.lowerBound || shift.upperBound + instance.rest <= piece.lowerBound
        }
    }

    /// Builds the public solution: fixed and planned shifts with their totals. O(M·T + S log S).
    func solution(for problem: RotaProblem) -> RotaSolution {
        var shifts: [RotaShift] = []
        for member in 0..<instance.memberCount {
            shifts += instance.fixed[member].map { RotaShift(member: member, intervals: $0, isFixed: true) }
            shifts += planned[member].map { RotaShift(member: member, intervals: $0, isFixed: false) }
        }
        return RotaSolution(problem: problem, shifts: shifts)
    }

    /// Lists broken invariants (empty when sound); for tests. O(M·T).
    func checkInvariants() -> [String] {
        var problems: [String] = []
        var expected = instance.fixedCoverage
        for member in 0..<instance.memberCount {
            let shifts = planned[member]
            for (index, shift) in shifts.enumerated() {
                if !shift.allSatisfy({ instance.open[member][$0] }) { problems.append("member \(member): \(shift) not open") }
                if index > 0, shifts[index - 1].upperBound + instance.rest > shift.lowerBound {
                    problems.append("member \(member): \(shift) too close to \(shifts[index - 1])")
                }
                for t in shift { expected[t] += 1 }
            }
            let total = instance.fixedDuty[member] + shifts.reduce(0) { $0 + $1.count }
            if total != duty[member] { problems.append("member \(member): duty \(duty[member]) != \(total)") }
        }
        if expected != coverage { problems.append("coverage out of date") }
        return problems
    }
}

extension RotaWorkspace {
    /// The plan's effort so far, in table cells of the member searches (and comparable steps
    /// elsewhere): it depends on the problem alone, so a budget on it stops every machine at the
    /// same plan.
    var work: Int { search.work + otherWork }

    /// True once `work` has reached `workLimit`: the improvement steps stop, keeping the plan.
    var isOverBudget: Bool { work >= workLimit }

    /// Counts effort spent outside the member searches.
    mutating func count(work: Int) { otherWork += work }

    /// (weighted shortfall, overstaffing) of the current plan, with the plain counts. O(T).
    var objective: RotaObjective {
        RotaObjective(requirement: instance.requirement, coverage: coverage)
    }
}
