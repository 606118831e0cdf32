import ArgumentParser
import SocialPlanCore

/// `socialplan triage FILE --log LOG`: which triage rule sent each sampled mention where.
struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "Show which triage rule (keyword, phrase, regex or the default) sent sampled mentions of a log where, to tune the keywords.",
        discussion: """
            Reads the log as `audit` does and counts the mentions per priority, by a rule and by default. The sample \
            is the mentions with the smallest hash of their id, so it is the same on every run; matched words are \
            shown between ** and control characters from the log are escaped. Rules: docs/audit.md ("Priority (triage)").
            Exit codes: 0 shown, 1 the strategy has errors, 2 usage, file or log problems (also: an --account the log never names).
            """)

    @Argument(help: "The strategy file (SLAs, triage rules, default priority).", completion: StrategyCompletion.strategyFile)
    var file: String

    @OptionGroup var logOptions: LogOptions

    @Option(help: "How many mentions to show.")
    var sample = Triage.defaultSample

    @Option(help: "Output format: text or json.")
    var format = FormatChoice<TriageRendering>.standard

    @OptionGroup var output: OutputOptions

    func validate() throws {
        try Limits.sample.check("--sample", sample)
    }

    func run() throws {
        let strategy = try StrategyInput.load(file)
        let format = try logOptions.format(settings: strategy.audit)
        let period = try logOptions.period(zone: strategy.timezone)
        let report = try Triage.run(strategy: strategy, accounts: logOptions.account, since: period.since, until: period.until,
                                    sample: sample, logName: logOptions.log) { add in
            try LogInput.read(logOptions.log, format: format, strict: logOptions.strict, each: add)
        }
        if !report.unknownAccounts.isEmpty {
            for unknown in report.unknownAccounts { Terminal.writeError("error: \(unknown.description)\n") }
            throw ExitCode(2)
        }
        try output.emit(self.format.render(report))
    }
}
