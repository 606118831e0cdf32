/// The `mentions:` block of a strategy derived from an audited log: weekly volume, the shape
/// of the week, the priority mix and follow-ups, with the history it rests on, an optional
/// trend and a backtest (docs/audit.md, "forecast").
///
/// - Mentions are the audit's `first_reply` rows; follow-ups its `next_reply` rows.
/// - The history (``ForecastHistory``) splits the log's covered span into ISO weeks in `zone`.
///   Whole weeks only give the figures; `lastWeeks: N` keeps the last N of them. Without a
///   whole week the partial weeks are used and `per_week` is prorated: mentions × 168 ÷ hours
///   covered. Hours outside the span are never counted as zeros.
/// - `per_week` = the mean of the weeks used, to one decimal; with `trend` and at least
///   ``ForecastTrend/minimumWeeks`` whole weeks, the least-squares line's next week instead.
/// - `profile` (``ForecastProfile``): mentions per covered hour of each weekday × hour, holidays
///   left out, times the number of weeks used (so whole weeks without holidays give the plain
///   counts), to one decimal; slots never covered take the covered days' rate at that hour.
/// - Priority shares are rounded to 0.1 % by largest remainder, so they sum to exactly 100 %
///   (ties go to the priority listed first).
/// - `followups.share` = follow-ups / mentions (at most 100 %, to 0.1 %); `after` is the
///   median (nearest rank) delay from the account's reply to the follow-up, in whole minutes,
///   at least 1m. Omitted when there are no follow-ups.
public struct ForecastDerivation: Sendable, Hashable {
    /// What `per_week` is based on.
    public enum Basis: String, Sendable, Hashable {
        /// The mean (or trend) of whole weeks.
        case wholeWeeks = "whole_weeks"
        /// Partial weeks only: mentions scaled from the hours covered to 168.
        case prorated
    }

    /// Mentions counted (first-reply rows in the weeks used).
    public var mentions: Int
    /// Follow-ups counted (next-reply rows in the weeks used).
    public var followups: Int
    /// ISO weeks the figures are based on.
    public var weeks: Int
    /// First and last mention used, if any.
    public var first: Int?, last: Int?
    /// Mentions per week.
    public var perWeek: Double
    /// `profile[day][hour]` weights, day 0 = Monday; nil when there are no mentions.
    public var profile: [[Double]]?
    /// Share of each priority in permille (0.1 % steps), in SLA order; sums to 1000 when any.
    public var priorityPermille: [(priority: String, permille: Int)]
    /// Follow-up share in permille, and median delay; nil without follow-ups.
    public var followupPermille: Int?, followupAfter: TimeSpan?
    /// The zone the weeks and hours are read in.
    public var zone: String
    /// The weeks the log covers; nil without mentions.
    public var history: ForecastHistory?
    /// The weeks used, oldest first.
    public var used: [ForecastWeek] = []
    /// What `per_week` is based on.
    public var basis: Basis = .wholeWeeks
    /// True when a trend was asked for.
    public var trendRequested = false
    /// The trend of the whole weeks used, when asked for and there are enough of them.
    public var trend: ForecastTrend?
    /// The backtest, or why it was skipped.
    public var backtest: ForecastBacktest.Outcome = .skipped("no whole weeks")
    /// Weekdays the weeks used never cover (their profile rows are filled in).
    public var uncoveredDays: [Weekday] = []
    /// Hour slots (of 168) filled in because the weeks used never cover them on a working day.
    public var filledSlots = 0
    /// Holiday dates inside the weeks used, left out of the profile.
    public var holidayDates = 0
    /// Warnings, lowercase, one line each (thin history, a trend that could not be fitted).
    public var warnings: [String] = []

    /// Derives the block from `rows` (all accounts, or one `account`), naming `priorities` (the
    /// SLA priorities in file order). `logSpan` is the first and last instant of the log (clipped
    /// to the period asked for; default: the rows' own); `holidays` are left out of the profile.
    /// Complexity: O(r log r + h) for r rows and h hours covered.
    public init(rows: some Collection<AuditRow>, priorities: [String], zone: String, lastWeeks: Int? = nil, account: String? = nil,
                logSpan: ClosedRange<Int>? = nil, holidays: [DateSpan] = [], trend: Bool = false) {
        self.zone = zone
        trendRequested = trend
        let picked: [AuditRow] = rows.filter { account == nil || $0.account == account }
        let allFirsts = picked.filter { $0.metric == .firstReply }.map(\.createdAt)
        guard let lo = allFirsts.min(), let hi = allFirsts.max() else {
            mentions = 0; followups = 0; weeks = 0; perWeek = 0; profile = nil
            priorityPermille = priorities.map { ($0, 0) }
            return
        }
        let span = logSpan ?? (min(lo, picked.map(\.createdAt).min() ?? lo)...max(hi, picked.map(\.createdAt).max() ?? hi))
        let clock = ZoneClock(zone: zone, from: span.lowerBound - 8 * 86_400, to: span.upperBound + 8 * 86_400)
        let history = ForecastHistory(from: span.lowerBound, to: span.upperBound + 1, mentions: allFirsts, clock: clock)
        self.history = history
        let used = history.used(last: lastWeeks)
        self.used = used
        basis = history.wholeWeeks.isEmpty ? .prorated : .wholeWeeks
        let usedSpan = (used.first?.covered.lowerBound ?? 0)..<(used.last?.covered.upperBound ?? 0)
        let firsts = picked.filter { $0.metric == .firstReply && usedSpan.contains($0.createdAt) }
        let nexts = picked.filter { $0.metric == .nextReply && usedSpan.contains($0.createdAt) }
        mentions = firsts.count
        followups = nexts.count
        weeks = used.count
        first = firsts.map(\.createdAt).min()
        last = firsts.map(\.createdAt).max()
        let volumes = used.map { Double($0.mentions) }
        let fitted = trend && basis == .wholeWeeks ? ForecastTrend(volumes: volumes) : nil
        self.trend = fitted
        let hoursCovered = Double(usedSpan.count) / 3600
        let raw: Double = switch basis {
        case .wholeWeeks: fitted?.nextWeek ?? volumes.reduce(0, +) / Double(max(1, volumes.count))
        case .prorated: hoursCovered > 0 ? Double(mentions) * 168 / hoursCovered : 0
        }
        perWeek = (raw * 10).rounded() / 10
        let shape = ForecastProfile(mentions: firsts.map(\.createdAt), span: usedSpan, clock: clock, holidays: holidays)
        let scale = Double(basis == .wholeWeeks ? used.count : 1)
        profile = shape.rates.map { $0.map { $0.map { ($0 * scale * 10).rounded() / 10 } } }
        uncoveredDays = shape.uncoveredDays
        holidayDates = Self.holidayDates(in: usedSpan, clock: clock, holidays: holidays)
        filledSlots = shape.filled.count
        backtest = basis == .wholeWeeks
            ? ForecastBacktest.run(whole: used, mentions: allFirsts, clock: clock, holidays: holidays, trend: trend)
            : .skipped("needs \(ForecastBacktest.minimumEarlierWeeks + 1) whole weeks, the history has none")
        warnings = Self.warnings(history: history, basis: basis, hours: hoursCovered, trend: trend, fitted: fitted != nil, used: used.count)
        let counts = priorities.map { p in firsts.filter { $0.priority == p }.count }
        priorityPermille = zip(priorities, Self.largestRemainder(counts, total: 1000)).map { ($0, $1) }
        if !nexts.isEmpty, mentions > 0 {
            followupPermille = min(1000, Int((Double(nexts.count) * 1000 / Double(mentions)).rounded()))
            let delays = nexts.compactMap { r in r.previousReplyAt.map { UInt32(clamping: max(0, r.createdAt - $0)) } }
            let median = AuditPercentile.median(delays) ?? 60
            followupAfter = .minutes(max(1, Int((Double(median) / 60).rounded())))
        }
    }

    /// The thin-history and trend warnings.
    static func warnings(history: ForecastHistory, basis: Basis, hours: Double, trend: Bool, fitted: Bool, used: Int) -> [String] {
        var out: [String] = []
        let whole = history.wholeWeeks.count, minimum = ForecastHistory.minimumWholeWeeks
        if basis == .prorated {
            out.append("thin history: 0 whole ISO weeks (\(minimum) recommended); per_week is prorated from \(number(hours)) hours")
        } else if history.isThin {
            out.append("thin history: \(whole) whole ISO \(whole == 1 ? "week" : "weeks") (\(minimum) recommended)")
        }
        if trend && !fitted {
            out.append("no trend: it needs \(ForecastTrend.minimumWeeks) whole weeks, the forecast uses \(basis == .prorated ? 0 : used); "
                + "per_week is \(basis == .prorated ? "prorated" : "their mean")")
        }
        return out
    }

    /// Local dates in `span` that are holidays.
    static func holidayDates(in span: Range<Int>, clock: ZoneClock, holidays: [DateSpan]) -> Int {
        guard !holidays.isEmpty, !span.isEmpty else { return 0 }
        let from = clock.wallTime(at: span.lowerBound).date.dayNumber, to = clock.wallTime(at: span.upperBound - 1).date.dayNumber
        return (from...to).filter { d in holidays.contains { $0.contains(LocalDate(dayNumber: d)) } }.count
    }

    /// Splits `total` in proportion to `counts` by largest remainder (ties to the earlier
    /// entry); all zeros when the counts sum to 0. Complexity: O(k log k).
    public static func largestRemainder(_ counts: [Int], total: Int) -> [Int] {
        let sum = counts.reduce(0, +)
        guard sum > 0 else { return counts.map { _ in 0 } }
        var parts = counts.map { $0 * total / sum }
        let rest = counts.indices.sorted { a, b in
            let ra = counts[a] * total % sum, rb = counts[b] * total % sum
            return ra != rb ? ra > rb : a < b
        }
        for i in rest.prefix(total - parts.reduce(0, +)) { parts[i] += 1 }
        return parts
    }

    /// Equal when both print the same block from the same number of mentions.
    public static func == (a: ForecastDerivation, b: ForecastDerivation) -> Bool { a.yaml == b.yaml && a.mentions == b.mentions }
    /// Hashes the printed block.
    public func hash(into h: inout Hasher) { h.combine(yaml) }
}
