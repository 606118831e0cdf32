/// The figures of one account for one SLA line: a priority and metric, or all priorities of a
/// metric (`priority == nil`).
public struct AuditGroupStats: Sendable, Hashable {
    /// The priority, or nil for the all-priorities line.
    public var priority: String?
    /// The metric.
    public var metric: AuditMetric
    /// The SLA's clock (nil on the all-priorities line).
    public var clock: ReplyClock?
    /// The limit in seconds (nil on the all-priorities line).
    public var limitSeconds: Int?
    /// The share promised (nil on the all-priorities line).
    public var target: Percentage?
    /// Mentions measured.
    public var mentions = 0
    /// Mentions with a reply.
    public var answered = 0
    /// Replies at or before due.
    public var met = 0
    /// Replies after due.
    public var breached = 0
    /// Unanswered and past due at observation end.
    public var breachedUnanswered = 0
    /// Unanswered and not yet due at observation end.
    public var pending = 0
    /// Follow-ups that only close the conversation: no clock, never a breach.
    public var closed = 0
    /// Nearest-rank percentiles of real (calendar) reply time over answered mentions, closed
    /// ones excepted, in seconds.
    public var p50Seconds: Int?, p90Seconds: Int?, p99Seconds: Int?
    /// The same percentiles on the SLA's clock (business seconds for a business-clock SLA; on
    /// the all-priorities line, each mention on its own SLA's clock), in seconds.
    public var p50SLASeconds: Int?, p90SLASeconds: Int?, p99SLASeconds: Int?

    /// Creates an empty line.
    public init(priority: String?, metric: AuditMetric, clock: ReplyClock? = nil, limitSeconds: Int? = nil, target: Percentage? = nil) {
        self.priority = priority
        self.metric = metric
        self.clock = clock
        self.limitSeconds = limitSeconds
        self.target = target
    }

    /// Mentions that count for attainment: met + breached + breached unanswered.
    public var judged: Int { met + breached + breachedUnanswered }
    /// Mentions without a measured reply (pending, breached unanswered or closed).
    public var unanswered: Int { mentions - answered }

    /// met / judged (pending excluded); nil when nothing can be judged yet.
    public var attainment: Double? { judged == 0 ? nil : Double(met) / Double(judged) }

    /// True when attainment reaches the target, compared exactly in integers; nil without a
    /// target or without judged mentions.
    public var targetMet: Bool? {
        guard let target, judged > 0 else { return nil }
        return met * 1_000_000 >= target.partsPerMillion * judged
    }

    /// Adds the counts of `other` (the same line over other mentions); percentiles are left
    /// to be taken from the merged reply times.
    mutating func add(_ other: AuditGroupStats) {
        mentions += other.mentions
        answered += other.answered
        met += other.met
        breached += other.breached
        breachedUnanswered += other.breachedUnanswered
        pending += other.pending
        closed += other.closed
    }

    /// Counts one measured mention.
    mutating func count(_ status: ReplyStatus, replySeconds: Int?) {
        mentions += 1
        if replySeconds != nil { answered += 1 }
        switch status {
        case .met: met += 1
        case .breached: breached += 1
        case .breachedUnanswered: breachedUnanswered += 1
        case .pending: pending += 1
        case .closed: closed += 1
        }
    }
}
