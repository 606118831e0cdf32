import ArgumentParser
import SocialPlanCore

/// `socialplan forecast --log LOG`: the `mentions:` block of a strategy, derived from a real log.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Derive the mentions: forecast (weekly volume, hourly profile per weekday, priority mix, follow-ups) from a real reply log.",
        discussion: """
            Prints YAML ready to paste into a strategy; comments above it say which ISO weeks were whole or partial, \
            the trend (--trend) and a backtest of the last whole week. Below 2 whole weeks it warns on stderr. \
            Give the strategy \
            (optional) so its triage keywords give the priority mix, its zone the weeks and hours and its care holidays \
            are left out of the profile; without it hours are UTC and no priorities are derived. Rules: docs/audit.md ("forecast").
            Exit codes: 0 derived, 1 the strategy has errors, 2 usage, file or log problems (also: several accounts and no --account).
            """)

    @Argument(help: "A strategy file for triage, SLA priorities and zone (optional).", completion: StrategyCompletion.strategyFile)
    var file: String?

    @OptionGroup var logOptions: LogOptions

    @Option(help: "Use only the last N whole ISO weeks of the log (1–520).")
    var weeks: Int?

    @Flag(help: "Forecast per_week on a least-squares line over the whole weeks (3 or more) instead of their mean.")
    var trend = false

    @Option(help: "Output format: yaml (a mentions: block) or json.")
    var format = FormatChoice<ForecastRendering>.standard

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let weeks { try Limits.forecastWeeks.check("--weeks", weeks) }
        if logOptions.account.count > 1 { throw ValidationError("forecast derives one account's block: give at most one --account") }
    }

    func run() throws {
        let strategy = try file.map { try StrategyInput.load($0) }
        let format = try logOptions.format(settings: strategy?.audit)
        let period = try logOptions.period(zone: Forecast.zone(of: strategy))
        let log = logOptions.log
        let derived = try Forecast.run(strategy: strategy, account: logOptions.account.first, since: period.since, until: period.until,
                                       lastWeeks: weeks, trend: trend, logName: log) { add in
            try LogInput.read(log, format: format, strict: logOptions.strict, each: add)
        }
        let source = derived.source.map { "log \(log): \($0.description)\n" } ?? ""
        switch derived.outcome {
        case .accountNeeded(let accounts, let busiest):
            Terminal.writeError("error: \(log) has \(accounts) accounts; pick one with --account (busiest: \(busiest.joined(separator: ", ")))\n")
            throw ExitCode(2)
        case .noMentions(let account):
            Terminal.writeError(source)
            let inPeriod = period.since != nil || period.until != nil ? " in the period" : ""
            Terminal.writeError("error: no mentions of \(account) in \(log)\(inPeriod); nothing to derive\n")
            throw ExitCode(2)
        case .derived(let forecast, let account):
            Terminal.writeError(source + forecast.warnings.map { "warning: \($0)\n" }.joined())
            try output.emit(self.format.render((forecast, account)))
        }
    }
}
