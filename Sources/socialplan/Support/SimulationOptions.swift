import ArgumentParser
import SocialPlanCore

/// `--week`, `--seed`, `--replications` and `--max-replications`, shared by `simulate` and `check`.
struct SimulationOptions: ParsableArguments {
    @Option(help: "ISO week to simulate, e.g. 2026-W49 (default: next week in the strategy's zone).")
    var week: String?

    @Option(help: "Base seed; the same seed gives the same report, byte for byte.")
    var seed: UInt64 = 1

    @Option(help: "Independent simulated weeks to start with (2–1000); figures are their means with 95 % confidence intervals.")
    var replications: Int = 20

    @Option(name: .customLong("max-replications"),
            help: "While a verdict is too close to call, simulate twice as many weeks, up to this many (default 200, or --replications when larger; equal to --replications: never extend).")
    var maxReplications: Int?

    func validate() throws {
        guard Limits.replications.contains(Double(replications)) else {
            throw ValidationError("--replications must be between 2 and 1000 (a confidence interval needs at least 2), got \(replications)")
        }
        if let cap = maxReplications, cap < replications || Limits.maxReplications.exceeds(Double(cap)) {
            throw ValidationError("--max-replications must be between --replications (\(replications)) and 1000, got \(cap)")
        }
    }

    /// `--replications` to start with, extended up to `--max-replications`.
    var budget: ReplicationBudget {
        ReplicationBudget(initial: replications, cap: maxReplications ?? max(replications, ReplicationBudget.defaultCap))
    }

    /// The week to plan: `--week`, or next week in the strategy's zone.
    func chosenWeek(_ strategy: Strategy) throws -> ISOWeek {
        try StrategyInput.week(week, zone: strategy.timezone)
    }

    /// Plans the week (with `whatIf`), simulates it and summarises the replications, with a
    /// progress bar on a terminal.
    func report(strategy: Strategy, whatIf: WhatIf = WhatIf()) throws -> SimulationReport {
        try refuseOverBudget(.simulate(strategy, replications: budget, volumeScale: whatIf.volumeScale))
        let week = try chosenWeek(strategy)
        return withProgress { progress in
            WeekCheck.report(strategy: strategy, week: week, seed: seed, replications: budget, whatIf: whatIf, progress: progress)
        }
    }

    /// `check`: the report and the suggested fix, with a progress bar on a terminal.
    func check(strategy: Strategy, source: String?) throws -> CheckResult {
        try refuseOverBudget(.check(strategy, replications: budget))
        let week = try chosenWeek(strategy)
        return withProgress { progress in
            WeekCheck.check(strategy: strategy, week: week, seed: seed, replications: budget, source: source, progress: progress)
        }
    }

    /// `diff`: both strategies planned for the same week (`--week`, or next week in the new
    /// strategy's zone) and simulated from the same seed, with one progress bar for both runs.
    func diff(old: Strategy, new: Strategy) throws -> StrategyDiff {
        try refuseOverBudget(.diff(old: old, new: new, replications: budget))
        let week = try chosenWeek(new)
        return withProgress(total: 2 * replications) { progress in
            StrategyDiff.run(old: old, new: new, week: week, seed: seed, replications: budget, progress: progress)
        }
    }

    /// Exit 2 before anything is simulated when the run could take more than the work budget
    /// (``SimulationWork``, docs/limits.md), saying the estimate and how to get under it, in
    /// lines of at most 100 columns.
    private func refuseOverBudget(_ work: SimulationWork) throws {
        guard work.isOverBudget else { return }
        Terminal.writeError(TextWrap.text("error: \(work.refusal)") + TextWrap.text("help: \(work.help)"))
        throw ExitCode(2)
    }

    /// `report`: the checked week of `strategy` beside the log's `comparison`, with a
    /// progress bar on a terminal.
    func weekReport(strategy: Strategy, week: ISOWeek, source: String?, inputs: WeekReport.Inputs,
                    comparison: AuditComparison?) throws -> WeekReport {
        try refuseOverBudget(.check(strategy, replications: budget))
        return withProgress { progress in
            WeekReport.assemble(strategy: strategy, week: week, seed: seed, replications: budget, source: source,
                                inputs: inputs, comparison: comparison, progress: progress)
        }
    }

    /// Runs `body` with a progress callback drawing the bar (standard error, terminals only),
    /// erased when it returns.
    private func withProgress<T>(total: Int? = nil, _ body: (@escaping @Sendable (_ planned: Int) -> Void) -> T) -> T {
        let bar = ProgressBar(total: total ?? replications, label: "simulating")
        defer { bar.finish() }
        return body { planned in bar.advance(total: planned) }
    }
}
