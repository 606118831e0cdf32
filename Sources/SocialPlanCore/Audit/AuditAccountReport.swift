/// Everything the audit found for one account.
public struct AuditAccountReport: Sendable, Hashable {
    /// The account's name as written in the log.
    public var account: String
    /// One line per SLA priority (file order) and metric the SLA limits (`first_reply` lines
    /// first), then one all-priorities line per metric.
    public var groups: [AuditGroupStats]
    /// Mentions per hour of the week and median reply time.
    public var heatmap: AuditHeatmap
    /// Agents told apart by signature (or the log's agent column), by name.
    public var agents: [AuditAgentStats]
    /// The account's messages (replies) in the period.
    public var replies: Int
    /// Replies sent outside the rota's shifts; nil when no rota was given.
    public var repliesOutsideShifts: Int?
    /// Mentions left unmeasured because the priority's SLA has no limit for the metric.
    public var notMeasured: Int

    /// The line for `priority` (nil = all priorities) and `metric`.
    public func group(_ priority: String?, _ metric: AuditMetric) -> AuditGroupStats? {
        groups.first { $0.priority == priority && $0.metric == metric }
    }
}

/// Mentions per local hour of the week (rows Monday…Sunday, columns hour 0…23) and the
/// median real reply time of the answered ones, in seconds.
public struct AuditHeatmap: Sendable, Hashable {
    /// `volume[day][hour]`, day 0 = Monday.
    public var volume: [[Int]]
    /// `medianReplySeconds[day][hour]`; nil where nothing was answered.
    public var medianReplySeconds: [[Int?]]
}

/// One agent's replies.
public struct AuditAgentStats: Sendable, Hashable {
    /// The agent's signature (`Becky`, `JK`).
    public var agent: String
    /// Messages the account sent signed by the agent.
    public var messages: Int
    /// Mentions whose measured reply was the agent's.
    public var answered: Int
    /// Median real reply time of those, in seconds (nearest rank).
    public var medianReplySeconds: Int?
    /// Of those measured against a limit, the share met (met / (met + breached)); nil if none.
    public var metShare: Double?
    /// The agent's messages sent outside the rota's shifts; nil when no rota was given.
    public var outsideShifts: Int?
}
