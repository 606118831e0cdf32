import ArgumentParser
import SocialPlanCore

/// `socialplan simulate FILE`: the week's mention stream against the rota, with what-ifs.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate the week's mentions against the care rota: SLA attainment with confidence intervals, staffing gaps, occupancy.",
        discussion: """
            What-if runs change the plan without editing the file: --scale-volume 1.3 meets the same rota with 30 % more \
            mentions; --without kari plans the week again as if Kari were away.
            Each SLA is judged on the share of simulated weeks that keep it against care.confidence (default 80 %); while a \
            verdict is too close to call, twice as many weeks are simulated, up to --max-replications.
            Exit codes: 0 simulated (missed targets are reported; use `check` to fail on them), 1 the file has errors, 2 usage or file problems.
            """)

    @Argument(help: "The strategy file.", completion: StrategyCompletion.strategyFile)
    var file: String

    @OptionGroup var simulation: SimulationOptions

    @Option(name: .customLong("scale-volume"), help: "Multiply the mention forecast by this factor (0–100), keeping the rota.")
    var scaleVolume: Double = 1

    @Option(help: "Plan the week as if this member were away (a member id; repeatable).", completion: StrategyCompletion.memberIDs)
    var without: [String] = []

    @Option(help: "Output format: text, json, csv (one row per 15-minute interval) or markdown.")
    var format = FormatChoice<SimulationRendering>.standard

    @Option(name: .customLong("log-out"), help: "Also write simulated weeks as a JSON Lines reply log to PATH (docs/simulation.md).",
            completion: .file(extensions: ["jsonl"]))
    var logOut: String?

    @Option(name: .customLong("log-weeks"), help: "With --log-out: consecutive weeks from --week to write (1–53; default 4).")
    var logWeeks: Int = 4

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...SimulatedReplyLog.maxWeeks).contains(logWeeks) else {
            throw ValidationError("--log-weeks must be between 1 and \(SimulatedReplyLog.maxWeeks), got \(logWeeks)")
        }
        guard Limits.scaleVolume.contains(scaleVolume) else {
            throw ValidationError("--scale-volume must be a number from 0 to 100, got \(scaleVolume)")
        }
    }

    func run() throws {
        let strategy = try StrategyInput.load(file)
        for id in without { _ = try StrategyInput.member(id, in: strategy, option: "--without") }
        let busiest = Limits.busiestWeekEstimate(strategy) * scaleVolume
        if Limits.busiestWeek.exceeds(busiest) {
            Terminal.writeError("error: --scale-volume \(scaleVolume) makes the busiest week about \(Int(busiest.rounded())) mentions, "
                                + "more than \(Int(Limits.busiestWeek.maximum)), \(Limits.busiestWeek.why) (docs/limits.md)\n")
            throw ExitCode(2)
        }
        let report = try simulation.report(strategy: strategy, whatIf: WhatIf(volumeScale: scaleVolume, without: without))
        if let logOut {
            let log = SimulatedReplyLog(strategy: strategy, first: try simulation.chosenWeek(strategy), count: logWeeks, seed: simulation.seed)
            do {
                try FileAccess.writeAtomically(log.text, to: logOut)
            } catch {
                Terminal.writeError("error: \(error)\n")
                throw ExitCode(2)
            }
        }
        try output.emit(format.render(SimulationView(report: report, strategy: strategy)))
    }
}
