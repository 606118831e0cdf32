/// The `mentions:` block of a strategy derived from an audited log: weekly volume, the shape
/// of the week, the priority mix and follow-ups (docs/audit.md, "forecast").
///
/// - Mentions are the audit's `first_reply` rows; follow-ups its `next_reply` rows.
/// - Weeks are ISO weeks (Monday to Sunday in `zone`): every week from the first mention's
///   through the last mention's, inclusive, full or partial, with or without mentions.
///   `lastWeeks: N` keeps only mentions in the N ISO weeks ending with the latest mention's.
/// - `per_week` = mentions / weeks, to one decimal.
/// - `profile` weights are the mentions counted per local hour of each weekday (relative
///   weights, so counts need no rounding).
/// - Priority shares are rounded to 0.1 % by largest remainder, so they sum to exactly 100 %
///   (ties go to the priority listed first).
/// - `followups.share` = follow-ups / mentions (at most 100 %, to 0.1 %); `after` is the
///   median (nearest rank) delay from the account's reply to the follow-up, in whole minutes,
///   at least 1m. Omitted when there are no follow-ups.
public struct ForecastDerivation: Sendable, Hashable {
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
    public var profile: [[Int]]?
    /// Share of each priority in permille (0.1 % steps), in SLA order; sums to 1000 when any.
    public var priorityPermille: [(priority: String, permille: Int)]
    /// Follow-up share in permille, and median delay; nil without follow-ups.
    public var followupPermille: Int?, followupAfter: TimeSpan?
    /// The zone the weeks and hours are read in.
    public var zone: String

    /// Derives the block from `rows` (all accounts, or one `account`), naming `priorities` (the
    /// SLA priorities in file order). Complexity: O(r log r) for r rows.
    public init(rows: some Collection<AuditRow>, priorities: [String], zone: String, lastWeeks: Int? = nil, account: String? = nil) {
        self.zone = zone
        let picked: [AuditRow] = rows.filter { account == nil || $0.account == account }
        let span = (picked.map(\.createdAt).min() ?? 0, picked.map(\.createdAt).max() ?? 0)
        let clock = ZoneClock(zone: zone, from: span.0 - 86_400, to: span.1 + 86_400)
        func monday(_ t: Int) -> Int { let d = clock.wallTime(at: t).date; return d.dayNumber - (d.weekday.rawValue - 1) }
        var used = picked
        if let n = lastWeeks, n > 0, let latest = picked.map(\.createdAt).max() {
            let from = monday(latest) - 7 * (n - 1)
            used = picked.filter { monday($0.createdAt) >= from }
        }
        let mondays = used.filter { $0.metric == .firstReply }.map { monday($0.createdAt) }
        let weekCount = mondays.isEmpty ? 0 : ((mondays.max() ?? 0) - (mondays.min() ?? 0)) / 7 + 1
        let firsts = used.filter { $0.metric == .firstReply }, nexts = used.filter { $0.metric == .nextReply }
        mentions = firsts.count
        followups = nexts.count
        weeks = firsts.isEmpty ? 0 : weekCount
        first = firsts.map(\.createdAt).min()
        last = firsts.map(\.createdAt).max()
        perWeek = weeks == 0 ? 0 : (Double(mentions) / Double(weeks) * 10).rounded() / 10
        if firsts.isEmpty {
            profile = nil
        } else {
            var grid = Array(repeating: Array(repeating: 0, count: 24), count: 7)
            for r in firsts { let w = clock.wallTime(at: r.createdAt); grid[w.date.weekday.rawValue - 1][w.minute / 60] += 1 }
            profile = grid
        }
        let counts = priorities.map { p in firsts.filter { $0.priority == p }.count }
        priorityPermille = zip(priorities, Self.largestRemainder(counts, total: 1000)).map { ($0, $1) }
        if !nexts.isEmpty, mentions > 0 {
            followupPermille = min(1000, Int((Double(nexts.count) * 1000 / Double(mentions)).rounded()))
            let delays = nexts.compactMap { r in r.previousReplyAt.map { Int32(clamping: max(0, r.createdAt - $0)) } }
            let median = AuditPercentile.median(delays) ?? 60
            followupAfter = .minutes(max(1, Int((Double(median) / 60).rounded())))
        }
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
