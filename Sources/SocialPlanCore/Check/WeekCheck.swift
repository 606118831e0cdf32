import Dispatch

/// The main job as one call: plan a strategy's week, simulate it and summarise the outlook.
/// `check`, `simulate`, the fix search and the tests all go through here, so the steps are
/// ordered in one place: week → what-if strategy → schedule → what-if schedule → simulation →
/// replications (extended while a verdict is too close to call) → report → (check) fix search.
public enum WeekCheck {
    /// `socialplan check`: the report for `week` and, when a target is missed, the verified
    /// suggested fix (``FixSearch``). `source` is the file's text when it is UTF-8, so only
    /// changes that can be written into it are proposed. `progress` goes on through the fix
    /// search, whose weeks are added to the planned count (at most ``FixSearch/mostWeeks``).
    ///
    /// Complexity: that of ``report(strategy:week:seed:replications:whatIf:progress:)`` plus,
    /// when a target is missed, that of ``FixSearch/run(strategy:report:)``.
    public static func check(strategy: Strategy, week: ISOWeek, seed: UInt64, replications: ReplicationBudget,
                             source: String? = nil, progress: (@Sendable (_ planned: Int) -> Void)? = nil) -> CheckResult {
        let report = report(strategy: strategy, week: week, seed: seed, replications: replications, progress: progress)
        var search = FixSearch(week: week, seed: seed, replications: replications, source: source)
        // The search's weeks count on after the report's, towards the most it may simulate.
        if let progress {
            let planned = report.replications + search.mostWeeks
            search.progress = { progress(planned) }
        }
        let fix = search.run(strategy: strategy, report: report)
        return CheckResult(strategy: strategy, report: report, fix: fix)
    }

    /// The report for `week` of `strategy`: `replications.initial` weeks from `seed`, then —
    /// while any SLA is too close to call — twice as many, up to `replications.cap`
    /// (``ReplicationBudget``; `.fixed(n)` for exactly n weeks). Week i is always replication i of the same seed, so extending
    /// from n to 2n keeps the first n weeks and the result equals a fixed run of the final
    /// count, byte for byte. `progress` is called once per finished replication with the
    /// number of weeks planned so far (it grows when the run is extended), from any thread.
    ///
    /// Complexity: that of ``WeekScheduler/schedule(_:week:)`` plus R replications (R the final
    /// count, at most the cap), run on every core, plus O(R · measures) per look.
    public static func report(strategy: Strategy, week: ISOWeek, seed: UInt64, replications: ReplicationBudget,
                              whatIf: WhatIf = WhatIf(), progress: (@Sendable (_ planned: Int) -> Void)? = nil) -> SimulationReport {
        let planned = whatIf.strategy(strategy, week: week)
        let schedule = whatIf.schedule(WeekScheduler.schedule(planned, week: week), strategy: planned)
        return report(strategy: planned, schedule: schedule, seed: seed, replications: replications, whatIf: whatIf, progress: progress)
    }

    /// The report for an already planned `schedule` of `strategy`, extended as `replications` allows.
    public static func report(strategy: Strategy, schedule: WeekSchedule, seed: UInt64, replications: ReplicationBudget,
                              whatIf: WhatIf = WhatIf(), progress: (@Sendable (_ planned: Int) -> Void)? = nil) -> SimulationReport {
        let simulation = WeekSimulation(strategy: strategy, schedule: schedule, seed: seed)
        let runs = replicateUntilDecided(simulation, budget: replications, progress: progress)
        var report = SimulationReport(simulation: simulation, replications: runs, whatIf: whatIf)
        report.budget = replications
        return report
    }

    /// Replications `0..<n` of `simulation`, with n = `budget.initial` doubled (at most to
    /// `budget.cap`) until no SLA is too close to call.
    ///
    /// Complexity: O(R) replications plus O(R · measures) per look.
    public static func replicateUntilDecided(_ simulation: WeekSimulation, budget: ReplicationBudget,
                                             progress: (@Sendable (_ planned: Int) -> Void)? = nil) -> [WeekReplication] {
        var runs = replicate(simulation, indices: 0..<budget.initial, progress: progress.map { p in { @Sendable in p(budget.initial) } })
        while undecided(simulation, runs), let next = budget.next(after: runs.count) {
            runs += replicate(simulation, indices: runs.count..<next, progress: progress.map { p in { @Sendable in p(next) } })
        }
        return runs
    }

    /// Whether some SLA of `runs` is too close to call.
    static func undecided(_ simulation: WeekSimulation, _ runs: [WeekReplication]) -> Bool {
        simulation.measures.indices.contains { i in
            SLAForecast(measure: simulation.measures[i], tallies: runs.map { $0.tallies[i] }).verdict == .tooCloseToCall
        }
    }

    /// Replications `indices` of `simulation` on every core, in index order (the same whatever
    /// the threads did).
    public static func replicate(_ simulation: WeekSimulation, indices: Range<Int>,
                                 progress: (@Sendable () -> Void)? = nil) -> [WeekReplication] {
        let slots = ResultSlots<WeekReplication>(count: indices.count)
        DispatchQueue.concurrentPerform(iterations: indices.count) { offset in
            slots[offset] = simulation.replicate(indices.lowerBound + offset)
            progress?()
        }
        return slots.values
    }
}
