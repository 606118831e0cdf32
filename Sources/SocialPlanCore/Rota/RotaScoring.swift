/// Integer weights that turn the lexicographic objective into one sum a member's schedule search
/// can maximise.
///
/// Covering an interval that needs someone and has nobody else is worth `uncoveredWeight ×
/// shortValue`; covering one that others leave short is worth `shortValue`; covering one that is
/// already staffed costs `overCost`; either way `scarcity[t]` is added as a tie-break toward
/// intervals few members could cover. The scales keep the order strict: all scarcity bonuses of a
/// schedule stay below one `overCost`, all over costs below one `shortValue`.
///
/// The weights are the marginal values of a separable concave function of coverage (per
/// interval K·s, s, …, s, −o, −o, … for coverage 0, 1, …: non-increasing in coverage), so every
/// strict improvement of one member's week raises that function: best-response loops end.
/// Sums stay below Int64.max / 256, so guided-search penalties up to 255 cannot overflow; past
/// that size (never for a week) the scarcity tie-break is dropped.
struct RotaScoring: Sendable {
    /// K: how many missing agents the first missing agent of an interval counts as. An interval
    /// with nobody on duty leaves every mention in it waiting (with a business-clock SLA, past its
    /// limit), one agent short still answers most. 3 is the smallest K that reaches the fewest
    /// empty intervals on all three bundled strategies (5 gives the same plans, 2 leaves 12 of
    /// Brightdesk's 14); see docs/scheduling.md, "Empty intervals". Keep `Benchmarks/exact_rota.py`
    /// (UNCOVERED_WEIGHT) in step.
    static let uncoveredWeight = 3

    let shortValue: Int64
    let overCost: Int64
    let useScarcity: Bool

    init(_ instance: RotaInstance) {
        let t = Int64(instance.intervalCount) + 2
        let m = Int64(instance.memberCount) + 1
        let (over, o1) = m.multipliedReportingOverflow(by: t)
        let (short, o2) = over.multipliedReportingOverflow(by: t)
        let (sum, o3) = short.multipliedReportingOverflow(by: t)
        let (total, o4) = sum.multipliedReportingOverflow(by: Int64(Self.uncoveredWeight))
        if o1 || o2 || o3 || o4 || total > Int64.max / 256 {
            // Only for absurdly large inputs: drop the tie-break, keep the order.
            useScarcity = false
            overCost = 1
            shortValue = t
        } else {
            useScarcity = true
            overCost = over
            shortValue = short
        }
    }

    /// The weight of each interval for `member` given everyone else's duty; closed intervals
    /// weigh 0 (the schedule search never uses them). O(T).
    ///
    /// `penalty[t]` (guided local search) multiplies a short interval's value by `1 + penalty[t]`.
    func weights(for member: Int, in workspace: RotaWorkspace, penalty: [Int]? = nil) -> [Int64] {
        let instance = workspace.instance
        var mine = [Bool](repeating: false, count: instance.intervalCount)
        for shift in workspace.planned[member] { for t in shift { mine[t] = true } }
        var weights = [Int64](repeating: 0, count: instance.intervalCount)
        let open = instance.open[member]
        for t in 0..<instance.intervalCount where open[t] {
            let others = workspace.coverage[t] - (mine[t] ? 1 : 0)
            var w = -overCost
            if others < instance.requirement[t] {
                let first = others == 0 ? Int64(Self.uncoveredWeight) : 1
                w = first * shortValue * Int64(1 + (penalty?[t] ?? 0))
            }
            if useScarcity { w += Int64(instance.scarcity[t]) }
            weights[t] = w
        }
        return weights
    }

    /// The total weight of some shifts. O(Σ length).
    static func value(of shifts: [Range<Int>], weights: [Int64]) -> Int64 {
        shifts.reduce(0) { sum, shift in shift.reduce(sum) { $0 + weights[$1] } }
    }
}
