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
            keywords, care hours and holidays (business clocks), the zone of the heatmaps and the rota of --week for \
            replies sent outside shifts. Rules: docs/audit.md; formats: docs/log-formats.md.
            Exit codes: 0 audited, 1 a target missed with --fail-under (each printed to stderr; or the strategy has errors), 2 usage, file or log problems (also: an --account the log never names).
            """)

    @Argument(help: "The strategy file (SLAs, triage, care hours).")
    var file: String

    @OptionGroup var logOptions: LogOptions

    @Option(help: "Output format: text, json, csv (one line per account and SLA) or markdown.")
    var format = FormatChoice<AuditRendering>.standard

    @Option(help: "Also write one CSV row per mention to PATH (atomically).")
    var rows: String?

    @Flag(name: .customLong("fail-under"), help: "Exit 1 when any SLA target is missed.")
    var failUnder = false

    @Option(help: "ISO week whose rota tells replies sent outside shifts (default: next week in the strategy's zone).")
    var week: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let strategy = try StrategyInput.load(file)
        let format = try logOptions.format(settings: strategy.audit)
        let period = try logOptions.period(zone: strategy.timezone)
        let onDuty = try OnDutyWeek(strategy: strategy, week: StrategyInput.week(week, zone: strategy.timezone))
        let options = AuditOptions(strategy: strategy, accounts: logOptions.account, since: period.since, until: period.until, onDuty: onDuty)
        let result = try Audit.run(options, logName: logOptions.log) { add in
            try LogInput.read(logOptions.log, format: format, strict: logOptions.strict, each: add)
        }
        if !result.unknownAccounts.isEmpty {
            for unknown in result.unknownAccounts { Terminal.writeError("error: \(unknown.description)\n") }
            throw ExitCode(2)
        }
        if let rows {
            do {
                try FileAccess.writeAtomically(AuditRowsCSVRenderer.render(result), to: rows)
            } catch {
                Terminal.writeError("error: \(error)\n")
                throw ExitCode(2)
            }
        }
        try output.emit(self.format.render(result))
        if failUnder && result.missesATarget {
            for line in result.missedTargets { Terminal.writeError("fail-under: \(line)\n") }
            throw ExitCode(1)
        }
    }
}
