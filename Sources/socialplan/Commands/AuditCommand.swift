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
            Exit codes: 0 audited, 1 a target missed with --fail-under (or the strategy has errors), 2 usage, file or log problems.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv, markdown }

    @Argument(help: "The strategy file (SLAs, triage, care hours).")
    var file: String

    @OptionGroup var logOptions: LogOptions

    @Option(help: "Output format: text, json, csv (one line per account and SLA) or markdown.")
    var format: Format = .text

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
        let onDuty = try Self.onDutyPattern(strategy: strategy, week: week)
        var signature = AgentSignature.builtIn
        if let source = strategy.audit?.signature, let pattern = SignaturePattern(source) { signature = .pattern(pattern) }
        let options = AuditOptions(strategy: strategy, accounts: logOptions.account, since: period.since, until: period.until,
                                   signaturePattern: signature, onDutyPattern: onDuty)
        var builder = AuditBuilder(options: options)
        let summary = try LogInput.read(logOptions.log, format: format, strict: logOptions.strict) { builder.add($0) }
        var result = builder.finish()
        result.source = AuditSource(name: logOptions.log, summary: summary)
        if let rows {
            do {
                try FileAccess.writeAtomically(AuditRowsCSVRenderer.render(result), to: rows)
            } catch {
                Terminal.writeError("error: \(error)\n")
                throw ExitCode(2)
            }
        }
        switch self.format {
        case .text: try output.emit(AuditTextRenderer.render(result))
        case .json: try output.emit(AuditJSONRenderer.render(result))
        case .csv: try output.emit(AuditCSVRenderer.render(result))
        case .markdown: try output.emit(AuditMarkdownRenderer.render(result))
        }
        let missed = result.accounts.contains { $0.groups.contains { $0.targetMet == false } }
        if failUnder && missed { throw ExitCode(1) }
    }

    /// The rota of `week` as 672 slots (Mon 00:00 … Sun 23:45, strategy zone): true when
    /// someone is on care duty; nil without care staff.
    static func onDutyPattern(strategy: Strategy, week: String?) throws -> [Bool]? {
        guard let care = strategy.care, !strategy.members(for: care.staff.map(\.value)).isEmpty else { return nil }
        let chosen = try StrategyInput.week(week, zone: strategy.timezone)
        let schedule = WeekScheduler.schedule(strategy, week: chosen)
        var slots = Array(repeating: false, count: 672)
        for row in schedule.staffing where row.scheduled > 0 {
            let wall = schedule.timeline.wallTime(ofInterval: row.index)
            slots[(wall.date.weekday.rawValue - 1) * 96 + min(95, wall.minute / 15)] = true
        }
        return slots
    }
}
