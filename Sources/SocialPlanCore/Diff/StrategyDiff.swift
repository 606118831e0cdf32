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
    /// from `seed` with `replications` (each extended on its own while a verdict is too close
    /// to call, so the two may end with different counts; weeks 0..<n are common to both).
    /// `progress` gets the weeks planned so far for both runs together, from any thread.
    ///
    /// Complexity: that of two ``WeekCheck/report(strategy:week:seed:replications:whatIf:progress:)``
    /// runs plus ``PlanComparison/changes(from:to:)``.
    public static func run(old: Strategy, new: Strategy, week: ISOWeek, seed: UInt64, replications: ReplicationBudget,
                           progress: (@Sendable (_ planned: Int) -> Void)? = nil) -> StrategyDiff {
        let initial = replications.initial
        let before = WeekCheck.report(strategy: old, week: week, seed: seed, replications: replications,
                                      progress: progress.map { p in { @Sendable planned in p(planned + initial) } })
        let done = before.replications
        let after = WeekCheck.report(strategy: new, week: week, seed: seed, replications: replications,
                                     progress: progress.map { p in { @Sendable planned in p(done + planned) } })
        return StrategyDiff(old: old, new: new, oldReport: before, newReport: after,
                            changes: PlanComparison.changes(from: old, to: new),
                            slas: SLAComparison.pair(before.slas, after.slas),
                            gaps: GapComparison(old: before.schedule, new: after.schedule))
    }
}
