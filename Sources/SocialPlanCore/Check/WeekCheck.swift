import Dispatch

/// The main job as one call: plan a strategy's week, simulate it and summarise the outlook.
/// `check`, `simulate`, the fix search and the tests all go through here, so the steps are
/// ordered in one place: week → what-if strategy → schedule → what-if schedule → simulation →
/// replications → report.
public enum WeekCheck {
    /// The report for `week` of `strategy` over `replications` independent weeks from `seed`.
    /// `progress` is called once per finished replication, from any thread.
    ///
    /// Complexity: that of ``WeekScheduler/schedule(_:week:)`` plus R replications, run on
    /// every core.
    public static func report(strategy: Strategy, week: ISOWeek, seed: UInt64, replications: Int,
                              whatIf: WhatIf = WhatIf(), progress: (@Sendable () -> Void)? = nil) -> SimulationReport {
        let planned = whatIf.strategy(strategy, week: week)
        let schedule = whatIf.schedule(WeekScheduler.schedule(planned, week: week), strategy: planned)
        return report(strategy: planned, schedule: schedule, seed: seed, replications: replications, whatIf: whatIf, progress: progress)
    }

    /// The report for an already planned `schedule` of `strategy`.
    public static func report(strategy: Strategy, schedule: WeekSchedule, seed: UInt64, replications: Int,
                              whatIf: WhatIf = WhatIf(), progress: (@Sendable () -> Void)? = nil) -> SimulationReport {
        let simulation = WeekSimulation(strategy: strategy, schedule: schedule, seed: seed)
        let runs = replicate(simulation, count: max(1, replications), progress: progress)
        return SimulationReport(simulation: simulation, replications: runs, whatIf: whatIf)
    }

    /// Replications `0..<count` of `simulation` on every core, in index order (the same
    /// whatever the threads did).
    public static func replicate(_ simulation: WeekSimulation, count: Int,
                                 progress: (@Sendable () -> Void)? = nil) -> [WeekReplication] {
        let slots = ResultSlots<WeekReplication>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots[index] = simulation.replicate(index)
            progress?()
        }
        return slots.values
    }
}
