import ArgumentParser
import SocialPlanCore

/// `socialplan forecast --log LOG`: the `mentions:` block of a strategy, derived from a real log.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Derive the mentions: forecast (weekly volume, hourly profile per weekday, priority mix, follow-ups) from a real reply log.",
        discussion: """
            Prints YAML ready to paste into a strategy, with the number of weeks it is based on. Give the strategy \
            (optional) so its triage keywords give the priority mix and its zone the hours; without it hours are UTC \
            and no priorities are derived. Rules: docs/audit.md ("forecast").
            Exit codes: 0 derived, 1 the strategy has errors, 2 usage, file or log problems (also: several accounts and no --account).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case yaml, json }

    @Argument(help: "A strategy file for triage, SLA priorities and zone (optional).")
    var file: String?

    @OptionGroup var logOptions: LogOptions

    @Option(help: "Use only the last N ISO weeks of the log (ending with the week of the latest mention).")
    var weeks: Int?

    @Option(help: "Output format: yaml (a mentions: block) or json.")
    var format: Format = .yaml

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let weeks, weeks < 1 { throw ValidationError("--weeks must be at least 1, got \(weeks)") }
        if logOptions.account.count > 1 { throw ValidationError("forecast derives one account's block: give at most one --account") }
    }

    func run() throws {
        let strategy = try file.map { try StrategyInput.load($0) }
        let zone = strategy?.timezone ?? "UTC"
        let format = try logOptions.format(settings: strategy?.audit)
        let period = try logOptions.period(zone: zone)
        var options = strategy.map { AuditOptions(strategy: $0, accounts: logOptions.account, since: period.since, until: period.until) }
            ?? AuditOptions(accounts: logOptions.account, slas: [], zone: zone, since: period.since, until: period.until)
        if let source = strategy?.audit?.signature, let pattern = SignaturePattern(source) { options.signaturePattern = .pattern(pattern) }
        var builder = AuditBuilder(options: options)
        let summary = try LogInput.read(logOptions.log, format: format, strict: logOptions.strict) { builder.add($0) }
        let result = builder.finish()
        let names = result.accounts.map(\.account)
        let account: String
        if let chosen = logOptions.account.first {
            account = chosen
        } else if names.count == 1 {
            account = names[0]
        } else {
            let busiest = result.accounts.sorted { a, b in
                let x = result.rows.filter { $0.account == a.account }.count, y = result.rows.filter { $0.account == b.account }.count
                return x != y ? x > y : a.account < b.account
            }.prefix(5).map(\.account)
            Terminal.writeError("error: \(logOptions.log) has \(names.count) accounts; pick one with --account (busiest: \(busiest.joined(separator: ", ")))\n")
            throw ExitCode(2)
        }
        let priorities = strategy?.care?.slas.map(\.priority) ?? []
        let forecast = ForecastDerivation(rows: result.rows, priorities: priorities, zone: zone, lastWeeks: weeks, account: account)
        Terminal.writeError("log \(logOptions.log): \(AuditSource(name: logOptions.log, summary: summary).description)\n")
        guard forecast.mentions > 0 else {
            Terminal.writeError("error: no mentions of \(account) in \(logOptions.log)\(period.since != nil || period.until != nil ? " in the period" : ""); nothing to derive\n")
            throw ExitCode(2)
        }
        switch self.format {
        case .yaml: try output.emit("# account: \(account)\n" + forecast.yaml)
        case .json: try output.emit(ForecastJSONRenderer.render(forecast, account: account))
        }
    }
}
