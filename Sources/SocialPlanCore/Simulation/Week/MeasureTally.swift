/// What one replication found for one ``SLAMeasure``: every week mention of that priority and
/// metric with its outcome, and the reply-time percentiles of the answered ones on the
/// measure's clock. (The histogram behind the percentiles lives only while the replication
/// runs, so thousands of replications cost a few hundred bytes each.)
public struct MeasureTally: Sendable, Hashable {
    /// Answered at or before the due instant.
    public internal(set) var met = 0
    /// Answered after the due instant.
    public internal(set) var breached = 0
    /// Unanswered at the end of the week, not yet due.
    public internal(set) var pending = 0
    /// Unanswered at the end of the week and past due.
    public internal(set) var breachedUnanswered = 0
    /// Median reply time of answered mentions, in seconds on the measure's clock; nil when none.
    public internal(set) var p50: Double?
    /// 90th percentile reply time.
    public internal(set) var p90: Double?
    /// 99th percentile reply time.
    public internal(set) var p99: Double?
    /// The same percentiles in calendar seconds (equal to the above on a calendar clock).
    public internal(set) var calendarP50: Double?, calendarP90: Double?, calendarP99: Double?

    /// Creates an empty tally.
    public init() {}

    /// Every mention judged: met + breached + pending + breached unanswered.
    public var mentions: Int { met + breached + pending + breachedUnanswered }
    /// Answered mentions.
    public var answered: Int { met + breached }
    /// Both kinds of breach.
    public var breaches: Int { breached + breachedUnanswered }

    /// Mentions that can be judged: met + both kinds of breach (pending ones cannot be yet).
    public var judged: Int { met + breaches }

    /// Met share of the mentions that can be judged (pending ones cannot yet), `nil` when none.
    public var attainment: Double? {
        judged > 0 ? Double(met) / Double(judged) : nil
    }

    /// Whether this week keeps a promise of `target` (0…1): its attainment is at least the
    /// target. A week with nothing judged keeps it — nothing was broken. Pending mentions
    /// (not yet due when the week ends) count neither way, as in ``attainment``: their reply
    /// falls in the next week, whose own count they would distort.
    ///
    /// The comparison is of two correctly rounded quotients (met/judged, and the target's
    /// parts per million / 10⁶); distinct fractions with denominators this small are far more
    /// than one rounding step apart, so it agrees with the exact `met · 10⁶ ≥ target · judged`.
    ///
    /// Complexity: O(1).
    public func keeps(target: Double) -> Bool {
        attainment.map { $0 >= target } ?? true
    }

    /// Counts one outcome.
    ///
    /// Complexity: O(1).
    mutating func add(_ status: ReplyStatus) {
        switch status {
        case .met: met += 1
        case .breached: breached += 1
        case .pending: pending += 1
        case .breachedUnanswered: breachedUnanswered += 1
        case .closed: break // the simulator's follow-ups always ask for a reply
        }
    }

    /// Takes the percentiles of `replyTimes` (the answered mentions' reply times on the
    /// measure's clock) and of `calendar` (the same in calendar seconds).
    ///
    /// Complexity: O(histogram bins).
    mutating func setPercentiles(from replyTimes: ReplyTimeHistogram, calendar: ReplyTimeHistogram) {
        p50 = replyTimes.quantile(0.5)
        p90 = replyTimes.quantile(0.9)
        p99 = replyTimes.quantile(0.99)
        calendarP50 = calendar.quantile(0.5)
        calendarP90 = calendar.quantile(0.9)
        calendarP99 = calendar.quantile(0.99)
    }
}
