import ArgumentParser
import SocialPlanCore

/// `socialplan report FILE`: the checked week as one self-contained HTML page — calendar,
/// coverage, SLA outlook, reply times, gaps and fix, and with `--log` plan against actuals.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the checked week as one self-contained HTML page: calendar, coverage, SLA outlook, reply times, gaps and fix.",
        discussion: """
            The page holds the same verdicts, figures and sentences as check (it runs the same check, fix search \
            included), with inline CSS and SVG charts: no script, nothing fetched, readable on a phone and printed. \
            With --log, the log's whole weeks are compared with their simulation as audit --compare does, and the \
            audit's hour-of-week heatmap of mentions is drawn for each account. docs/report.md explains each section.

            Exit codes: 0 every SLA target is met (or too close to call), 1 a target is missed or the file has errors \
            (then no page is written), 2 usage, file or log problems.
            """)

    @Argument(help: "The strategy file.", completion: StrategyCompletion.strategyFile)
    var file: String

    @OptionGroup var simulation: SimulationOptions

    @Option(help: "A reply log to compare with its simulation (`-` reads standard input), as audit --compare.", completion: .file())
    var log: String?

    @Option(help: "With --log: a support account to measure (repeatable; default: every account that replies).")
    var account: [String] = []

    @Option(name: .customLong("log-format"), help: "With --log: twcs, csv or jsonl, as audit reads them (default: the strategy's audit: block, else twcs).")
    var logFormat: LogOptions.Format?

    @Option(name: .customLong("column"), help: "With --log: map a column for csv/jsonl logs, ROLE=NAME (repeatable; as audit).")
    var columns: [String] = []

    @Option(name: .customLong("time-format"), help: "With --log: how csv/jsonl timestamps are written (as audit).")
    var timeFormat: String?

    @Option(name: .customLong("log-timezone"), help: "With --log: zone of timestamps written without an offset (as audit).")
    var logTimezone: String?

    @Option(help: "Output format: html.")
    var format = FormatChoice<WeekReportRendering>.standard

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if log == nil && (!account.isEmpty || logFormat != nil || !columns.isEmpty || timeFormat != nil || logTimezone != nil) {
            throw ValidationError("--account, --log-format, --column, --time-format and --log-timezone apply to --log only")
        }
    }

    func run() throws {
        let (strategy, bytes) = try StrategyInput.loadWithBytes(file)
        let week = try simulation.chosenWeek(strategy)
        // The log is read and compared first, as `audit --compare` does, so that its problems
        // end the run (exit 2, no page) before the week is checked.
        var comparison: AuditComparison?
        if let log {
            guard strategy.care != nil, strategy.mentions != nil else {
                Terminal.writeError("error: --log needs a strategy with care: and mentions: to simulate\n")
                throw ExitCode(2)
            }
            let format = try LogOptions.format(logFormat, columns: columns, timeFormat: timeFormat, logTimezone: logTimezone,
                                               accounts: account, settings: strategy.audit)
            let options = AuditOptions(strategy: strategy, accounts: account, rotaWeeks: RotaWeeks(strategy: strategy))
            let compared = try AuditComparison.run(strategy: strategy, options: options, seed: simulation.seed,
                                                   replications: simulation.budget.initial, logName: log) { builder in
                try LogInput.read(log, format: format, strict: false, into: &builder)
            }
            try LogInput.requireMeasured(compared.audit)
            try LogInput.requireWholeWeek(compared, zone: strategy.timezone, option: "--log")
            comparison = compared
        }
        let inputs = WeekReport.Inputs(file: file, version: SocialPlan.configuration.version, log: log)
        let report = try simulation.weekReport(strategy: strategy, week: week, source: SuggestedFix.editableText(bytes),
                                               inputs: inputs, comparison: comparison)
        try output.emit(format.render(report))
        if report.check.fails(strict: false) { throw ExitCode(1) }
    }
}
