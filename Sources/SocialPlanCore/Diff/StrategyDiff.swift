/// `socialplan diff OLD NEW`: what changed in the plan and what that does to the week — the
/// review aid for a strategy's pull request. The changes come from the two loaded models
/// (``PlanComparison``); the outcome from planning and simulating the same week of both with
/// the same seed (common random numbers: replication i of both draws from one random stream,
/// so with an unchanged mention forecast the same customers write at the same times and the
/// difference is the plan's, not the dice's); the gaps from the two plans (``GapComparison``).
public struct StrategyDiff: Sendable {
    /// The old strategy.
    public var old: Strategy
    /// The new strategy.
    public var new: Strategy
    /// The old strategy's simulated week (its plan is `oldReport.schedule`).
    public var oldReport: SimulationReport
    /// The new strategy's simulated week.
    public var newReport: SimulationReport
    /// The plan's differences, by area.
    public var changes: [PlanChange]
    /// Per SLA measure, the forecast before and after.
    public var slas: [SLAComparison]
    /// The staffing gaps before and after.
    public var gaps: GapComparison

    /// The week both were planned for.
    public var week: ISOWeek { newReport.schedule.timeline.week }
    /// The seed both were simulated from.
    public var seed: UInt64 { newReport.seed }

    /// The SLAs whose verdict gets worse (``SLAComparison/verdictGetsWorse``): the diff's finding.
    public var worseVerdicts: [SLAComparison] { slas.filter(\.verdictGetsWorse) }

    /// True when nothing differs: no change to the plan, the same forecast for every SLA and
    /// the same gaps.
    public var isSame: Bool {
        changes.isEmpty && gaps.isSame && slas.allSatisfy { s in
            guard let a = s.before, let b = s.after else { return false }
            return a == b
        }
    }

    /// The changes of `area`, in report order.
    public func changes(in area: PlanChange.Area) -> [PlanChange] { changes.filter { $0.area == area } }

    /// Compares `old` with `new`: the changes, then both planned for `week` and simulated
    /// from `seed` as `check` simulates one strategy (``WeekCheck/replicateUntilDecided(_:budget:progress:)``:
    /// `replications.initial` weeks, doubled while a verdict is too close to call, up to the
    /// cap). When one run stopped earlier, it is extended to the other's count, so both judge the
    /// same simulated weeks 0..<n; each report equals a fixed run of n weeks of its strategy.
    /// `progress` gets the weeks planned so far for both runs together, from any thread.
    ///
    /// Complexity: that of two ``WeekCheck/report(strategy:week:seed:replications:whatIf:progress:)``
    /// runs of the larger final count, plus ``PlanComparison/changes(from:to:)``.
    public static func run(old: Strategy, new: Strategy, week: ISOWeek, seed: UInt64, replications: ReplicationBudget,
                           progress: (@Sendable (_ planned: Int) -> Void)? = nil) -> StrategyDiff {
        let before = WeekSimulation(strategy: old, schedule: WeekScheduler.schedule(old, week: week), seed: seed)
        let after = WeekSimulation(strategy: new, schedule: WeekScheduler.schedule(new, week: week), seed: seed)
        let initial = replications.initial
        var oldRuns = WeekCheck.replicateUntilDecided(before, budget: replications,
                                                      progress: progress.map { p in { @Sendable planned in p(planned + initial) } })
        let oldCount = oldRuns.count
        var newRuns = WeekCheck.replicateUntilDecided(after, budget: replications,
                                                      progress: progress.map { p in { @Sendable planned in p(oldCount + planned) } })
        let n = max(oldRuns.count, newRuns.count)
        let total: (@Sendable () -> Void)? = progress.map { p in { @Sendable in p(2 * n) } }
        oldRuns += WeekCheck.replicate(before, indices: oldRuns.count..<n, progress: total)
        newRuns += WeekCheck.replicate(after, indices: newRuns.count..<n, progress: total)
        var oldReport = SimulationReport(simulation: before, replications: oldRuns)
        var newReport = SimulationReport(simulation: after, replications: newRuns)
        oldReport.budget = replications
        newReport.budget = replications
        return StrategyDiff(old: old, new: new, oldReport: oldReport, newReport: newReport,
                            changes: PlanComparison.changes(from: old, to: new),
                            slas: SLAComparison.pair(oldReport.slas, newReport.slas),
                            gaps: GapComparison(old: oldReport.schedule, new: newReport.schedule))
    }
}
