import ArgumentParser
import Foundation
import SocialPlanCore

/// `--log`, `--log-format`, the column mapping flags, `--account`, `--since`, `--until` and
/// `--strict`, shared by `audit` and `forecast`.
struct LogOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case twcs, csv, jsonl }

    @Option(help: "The reply log to read (`-` reads standard input).", completion: .file())
    var log: String

    @Option(name: .customLong("log-format"), help: "twcs (Customer Support on Twitter CSV), csv (mapped columns) or jsonl (default: the strategy's audit: block, else twcs).")
    var logFormat: Format?

    @Option(name: .customLong("column"), help: "Map a column for csv/jsonl logs: ROLE=NAME with ROLE one of id, parent, author, inbound, timestamp, text, priority, agent, status (repeatable).")
    var columns: [String] = []

    @Option(name: .customLong("time-format"), help: "How timestamps are written in csv/jsonl logs: iso8601, twitter, unix, unix-ms or a pattern like '%Y-%m-%d %H:%M:%S'.")
    var timeFormat: String?

    @Option(name: .customLong("log-timezone"), help: "Zone of timestamps written without an offset: an IANA name or an offset like +01:00 (default UTC).")
    var logTimezone: String?

    @Option(help: "A support account to measure (repeatable; default: every non-numeric author of replies, each reported separately).")
    var account: [String] = []

    @Option(help: "Measure mentions from this time: 2017-10-01, '2017-10-01 08:00' (strategy zone) or ISO 8601 with an offset.")
    var since: String?

    @Option(help: "Measure mentions before this time (same forms as --since).")
    var until: String?

    @Flag(help: "Stop at the first malformed row (exit 2) instead of skipping and reporting it.")
    var strict = false

    /// The reader format: flags over the strategy's `audit:` block over TWCS.
    func format(settings: AuditSettings?) throws -> LogFormat {
        try Self.format(logFormat, columns: columns, timeFormat: timeFormat, logTimezone: logTimezone, accounts: account,
                        settings: settings)
    }

    /// The reader format from these flags' values; `report` declares the same flags beside an
    /// optional `--log` and reads its log through this.
    static func format(_ logFormat: Format?, columns: [String], timeFormat: String?, logTimezone: String?,
                       accounts account: [String], settings: AuditSettings?) throws -> LogFormat {
        let kind = logFormat ?? settings.map { Format(rawValue: $0.kind.rawValue) ?? .twcs } ?? .twcs
        guard kind != .twcs else {
            if !columns.isEmpty || timeFormat != nil || logTimezone != nil {
                throw ValidationError("--column, --time-format and --log-timezone apply to --log-format csv or jsonl; the TWCS columns are fixed")
            }
            return .twcs
        }
        // The strategy's mapping for this format; else the TWCS names — all of them when no
        // column is mapped by flag, only the required ones when some are (a mapped log need not
        // have the optional TWCS columns).
        var mapping: LogColumnMapping
        let fromStrategy = settings?.kind.rawValue == kind.rawValue
        if let settings, fromStrategy {
            mapping = settings.mapping
        } else if columns.isEmpty {
            mapping = .twcs
        } else {
            mapping = LogColumnMapping(id: "tweet_id", author: "author_id", direction: .inboundColumn("inbound"),
                                       timestamp: "created_at", timeFormat: .twitter)
        }
        for entry in columns {
            let parts = entry.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty else { throw ValidationError("--column \(entry): write ROLE=NAME, e.g. --column id=message_id") }
            switch parts[0] {
            case "id": mapping.id = parts[1]
            case "parent": mapping.parent = parts[1]
            case "author": mapping.author = parts[1]
            case "inbound": mapping.direction = .inboundColumn(parts[1])
            case "timestamp": mapping.timestamp = parts[1]
            case "text": mapping.text = parts[1]
            case "priority": mapping.priority = parts[1]
            case "agent": mapping.agent = parts[1]
            case "status": mapping.status = parts[1]
            default:
                throw ValidationError("--column \(entry): unknown role `\(parts[0])`; roles: id, parent, author, inbound, timestamp, text, priority, agent, status")
            }
        }
        // Without an inbound column named by flag or by the strategy, --account tells replies apart.
        if !account.isEmpty, !fromStrategy, !columns.contains(where: { $0.hasPrefix("inbound=") }) {
            mapping.direction = .accounts(account)
        }
        if let timeFormat {
            switch LogTimestampFormat.parse(timeFormat) {
            case .success(let f): mapping.timeFormat = f
            case .failure(let e): throw ValidationError("--time-format: \(e.message)" + (e.help.map { "; \($0)" } ?? ""))
            }
        }
        if let logTimezone {
            switch LogTimeZone.parse(logTimezone) {
            case .success(let z): mapping.timeZone = z
            case .failure(let e): throw ValidationError("--log-timezone: \(e.message)" + (e.help.map { "; \($0)" } ?? ""))
            }
        }
        return kind == .csv ? .csv(mapping) : .jsonl(mapping)
    }

    /// `--since`/`--until` as instants, reading zone-less times in `zone`.
    func period(zone: String) throws -> (since: Int?, until: Int?) {
        let since = try since.map { try Self.instant($0, zone: zone, option: "--since") }
        let until = try until.map { try Self.instant($0, zone: zone, option: "--until") }
        if let since, let until, until <= since { throw ValidationError("--until must be after --since") }
        return (since, until)
    }

    static func instant(_ text: String, zone: String, option: String) throws -> Int {
        let t = text.trimmingCharacters(in: .whitespaces)
        func clock(_ date: LocalDate) -> ZoneClock {
            ZoneClock(zone: zone, from: date.dayNumber * 86_400 - 3 * 86_400, to: date.dayNumber * 86_400 + 3 * 86_400)
        }
        if case .success(let date) = LocalDate.parse(t) {
            return clock(date).instant(of: date, minute: 0)
        }
        if case .success(let wall) = LocalDateTime.parse(t.replacingOccurrences(of: "T", with: " ")) {
            return clock(wall.date).instant(of: wall.date, minute: wall.time.minutes)
        }
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime]
        if let date = iso.date(from: t) { return Int(date.timeIntervalSince1970) }
        throw ValidationError("\(option) '\(text)' is not a time; write 2017-10-01, '2017-10-01 08:00' or 2017-10-01T08:00:00Z")
    }
}
