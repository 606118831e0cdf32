/// The forecast of a reply log as one call: audit the log, pick the account, derive its
/// `mentions:` block (docs/audit.md, "Forecast").
public enum Forecast {
    /// What deriving gave.
    public enum Outcome: Sendable, Hashable {
        /// The block of `account`.
        case derived(ForecastDerivation, account: String)
        /// No account was chosen and the log has not exactly one: how many it has, and the five
        /// busiest by mentions (most first, ties by name).
        case accountNeeded(accounts: Int, busiest: [String])
        /// The account has no mentions to derive from (in the period, if one was given).
        case noMentions(account: String)
    }

    /// A derivation and the log it read.
    public struct Result: Sendable, Hashable {
        /// What deriving gave.
        public var outcome: Outcome
        /// The log read and what its reader made of it.
        public var source: AuditSource?
    }

    /// The zone the weeks and hours are read in: the strategy's, else UTC.
    public static func zone(of strategy: Strategy?) -> String { strategy?.timezone ?? "UTC" }

    /// The audit options of a forecast: the strategy's (triage and SLA priorities for the mix,
    /// zone, agent signature), or without one no priorities and hours in UTC.
    public static func options(strategy: Strategy?, account: String?, since: Int? = nil, until: Int? = nil) -> AuditOptions {
        let accounts = account.map { [$0] } ?? []
        return strategy.map { AuditOptions(strategy: $0, accounts: accounts, since: since, until: until) }
            ?? AuditOptions(accounts: accounts, slas: [], zone: zone(of: nil), since: since, until: until)
    }

    /// Audits what `read` hands over and derives the forecast of `account` (or of the log's only
    /// account) from the log's covered span (its first to last message, clipped to `since` ..<
    /// `until`); `lastWeeks` keeps the last N whole ISO weeks, `trend` fits a line to them.
    /// Complexity: that of ``Audit/run(_:logName:read:)`` plus O(r log r + h) for r rows and h
    /// hours covered.
    public static func run(strategy: Strategy?, account: String?, since: Int? = nil, until: Int? = nil, lastWeeks: Int? = nil,
                           trend: Bool = false, logName: String,
                           read: (_ add: (LogMessage) -> Void) throws -> LogReadSummary) rethrows -> Result {
        let options = options(strategy: strategy, account: account, since: since, until: until)
        var earliest = Int.max, latest = Int.min
        // The audit does not keep the log's first instant; note both ends on the way in.
        let audit = try Audit.run(options, logName: logName) { builder in
            try read { message in
                earliest = min(earliest, message.createdAt)
                latest = max(latest, message.createdAt)
                builder.add(message)
            }
        }
        let from = max(earliest, since ?? .min), to = min(latest, (until ?? .max) - 1)
        let span = earliest <= latest && from <= to ? from...to : nil
        return Result(outcome: derive(from: audit, strategy: strategy, account: account, lastWeeks: lastWeeks, logSpan: span, trend: trend),
                      source: audit.source)
    }

    /// The forecast of `account` (or of the only account) in an audit made with
    /// ``options(strategy:account:since:until:)``, over `logSpan` (the log's first and last
    /// instant; default: the rows'), the strategy's care holidays left out of the profile.
    /// Complexity: O(r log r + h) for r rows and h hours covered.
    public static func derive(from audit: AuditResult, strategy: Strategy?, account: String?, lastWeeks: Int? = nil,
                              logSpan: ClosedRange<Int>? = nil, trend: Bool = false) -> Outcome {
        let names = audit.accounts.map(\.account)
        let chosen: String
        if let account {
            chosen = account
        } else if names.count == 1 {
            chosen = names[0]
        } else {
            let mentions = audit.rows.mentionsByAccount()
            let busiest = names.sorted { a, b in
                let x = mentions[a, default: 0], y = mentions[b, default: 0]
                return x != y ? x > y : a < b
            }
            return .accountNeeded(accounts: names.count, busiest: Array(busiest.prefix(5)))
        }
        let forecast = ForecastDerivation(rows: audit.rows, priorities: strategy?.care?.slas.map(\.priority) ?? [],
                                          zone: zone(of: strategy), lastWeeks: lastWeeks, account: chosen, logSpan: logSpan,
                                          holidays: strategy?.care?.holidays.map(\.value) ?? [], trend: trend)
        return forecast.mentions > 0 ? .derived(forecast, account: chosen) : .noMentions(account: chosen)
    }
}
