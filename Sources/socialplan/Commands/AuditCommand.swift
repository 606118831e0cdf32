import ArgumentParser
import SocialPlanCore

/// `socialplan audit FILE --log LOG`: measures a real reply log against the strategy's SLAs.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Measure a real reply log against the strategy's SLAs: attainment per account and priority, reply-time percentiles, heatmaps, agents.",
        discussion: """
            Reads the "Customer Support on Twitter" CSV, a mapped CSV or JSON Lines, streaming. Malformed rows are \
            skipped and reported with their line (`--strict` stops at the first). The strategy gives the SLAs, triage \
            keywords, care hours and holidays (business clocks), the zone of the heatmaps and, for replies sent outside \
            shifts, the rota it plans for the ISO week each reply falls in (--week: one week's rota for all). \
            --compare simulates the log's whole ISO weeks and prints predicted against observed per SLA instead of the \
            audit report. Rules: docs/audit.md; formats: docs/log-formats.md.
            Exit codes: 0 audited, 1 a target missed with --fail-under (each printed to stderr; or the strategy has errors), 2 usage, file or log \
            problems (also: an --account the log never names).
            """)

    @Argument(help: "The strategy file (SLAs, triage, care hours).", completion: StrategyCompletion.strategyFile)
    var file: String

    @OptionGroup var logOptions: LogOptions

    @Option(help: "Output format: text, json, csv (one line per account and SLA) or markdown.")
    var format = FormatChoice<AuditRendering>.standard

    @Option(help: "Also write one CSV row per mention to PATH (atomically).", completion: .file(extensions: ["csv"]))
    var rows: String?

    @Flag(name: .customLong("fail-under"), help: "Exit 1 when any SLA target is missed.")
    var failUnder = false

    @Option(help: "Judge every reply against this ISO week's rota (default: each reply against the rota of its own week).")
    var week: String?

    @Flag(help: "Compare the log's whole weeks with their simulation: attainment, weeks kept, p90, hours (text, json, markdown).")
    var compare = false

    @Option(help: "With --compare: base seed of the simulation.")
    var seed: UInt64 = 1

    @Option(help: "With --compare: simulated weeks per log week (2–1000).")
    var replications: Int = 20

    @Flag(help: "Show the hour-of-week heatmaps for every account in the text report (default: only accounts with at least 168 mentions).")
    var heatmaps = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        let strategy = try StrategyInput.load(file)
        let format = try logOptions.format(settings: strategy.audit)
        let period = try logOptions.period(zone: strategy.timezone)
        let onDuty = try week.flatMap { try OnDutyWeek(strategy: strategy, week: StrategyInput.week($0, zone: strategy.timezone)) }
        let options = AuditOptions(strategy: strategy, accounts: logOptions.account, since: period.since, until: period.until,
                                   onDuty: onDuty, rotaWeeks: RotaWeeks(strategy: strategy))
        if compare { return try runComparison(strategy: strategy, format: format, options: options) }
        let result = try Audit.run(options, logName: logOptions.log) { builder in
            try LogInput.read(logOptions.log, format: format, strict: logOptions.strict, into: &builder)
        }
        try LogInput.requireMeasured(result)
        if let rows {
            do {
                try FileAccess.writeAtomically(to: rows) { write in try AuditRowsCSVRenderer.render(result, into: write) }
            } catch {
                Terminal.writeError("error: \(error)\n")
                throw ExitCode(2)
            }
        }
        var layout = AuditTextLayout.standard
        layout.heatmaps = heatmaps
        // Streamed: the JSON or CSV of 100,000 accounts is written an account at a time.
        let view = AuditView(result: result, layout: layout)
        try output.emit { write in try self.format.render(view, into: write) }
        if failUnder && result.missesATarget {
            for line in result.missedTargets { Terminal.writeError("fail-under: \(line)\n") }
            throw ExitCode(1)
        }
    }

    func validate() throws {
        guard Limits.replications.contains(Double(replications)) else {
            throw ValidationError("--replications must be between 2 and 1000 (a confidence interval needs at least 2), got \(replications)")
        }
        if !compare, seed != 1 || replications != 20 {
            throw ValidationError("--seed and --replications apply to --compare only")
        }
        if compare, rows != nil || failUnder {
            throw ValidationError("--compare prints the comparison only; drop --rows and --fail-under, or run the audit without --compare")
        }
    }

    /// `--compare`: the log's whole weeks against their simulation.
    private func runComparison(strategy: Strategy, format: LogFormat, options: AuditOptions) throws {
        guard let choice = FormatChoice<AuditComparisonRendering>(argument: self.format.format.rawValue) else {
            throw ValidationError("--format \(self.format.format.rawValue) is not available with --compare; use text, json or markdown")
        }
        guard strategy.care != nil, strategy.mentions != nil else {
            Terminal.writeError("error: --compare needs a strategy with care: and mentions: to simulate\n")
            throw ExitCode(2)
        }
        let comparison = try AuditComparison.run(strategy: strategy, options: options, seed: seed, replications: replications,
                                                 logName: logOptions.log) { builder in
            try LogInput.read(logOptions.log, format: format, strict: logOptions.strict, into: &builder)
        }
        try LogInput.requireWholeWeek(comparison, zone: strategy.timezone, option: "--compare")
        try output.emit(choice.render(comparison))
    }
}
