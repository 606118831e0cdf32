/// The running figures of one account while the audit counts rows and messages.
struct AuditAccountTally: Sendable {
    /// Lines in report order; `durations[i]` holds line i's reply times (seconds).
    var groups: [AuditGroupStats] = []
    var durations: [[Int32]] = []
    /// Line index per (SLA index, metric), and of the all-priorities line per metric.
    private var line: [String: Int] = [:]
    var volume = Array(repeating: 0, count: 168)
    var heatReplies = Array(repeating: [Int32](), count: 168)
    var agents: [String: AgentTally] = [:]
    var replies = 0, outside = 0, notMeasured = 0

    struct AgentTally: Sendable {
        var messages = 0, answered = 0, met = 0, judged = 0, outside = 0
        var durations: [Int32] = []
    }

    /// Lines for each metric: one per SLA that limits it (file order), then all priorities.
    init(slas: [ServiceLevel]) {
        for metric in AuditMetric.allCases {
            let limited = slas.filter { (metric == .firstReply ? $0.firstReply : $0.nextReply) != nil }
            for sla in limited {
                line["\(sla.priority)\u{0}\(metric.rawValue)"] = groups.count
                groups.append(AuditGroupStats(priority: sla.priority, metric: metric, clock: sla.clock,
                                              limitSeconds: (metric == .firstReply ? sla.firstReply : sla.nextReply)?.seconds, target: sla.target))
            }
            if !limited.isEmpty {
                line["\u{0}\(metric.rawValue)"] = groups.count
                groups.append(AuditGroupStats(priority: nil, metric: metric))
            }
        }
        durations = Array(repeating: [], count: groups.count)
    }

    /// Counts one row. Complexity: O(1) amortised.
    mutating func count(_ row: AuditRow, hourOfWeek: Int) {
        volume[hourOfWeek] += 1
        let replySeconds = row.repliedAt.map { _ in Int32(clamping: row.elapsedCalendarSeconds) }
        if let s = replySeconds { heatReplies[hourOfWeek].append(s) }
        if let agent = row.agent {
            agents[agent, default: AgentTally()].answered += 1
            if let s = replySeconds { agents[agent, default: AgentTally()].durations.append(s) }
            if let status = row.status, row.repliedAt != nil {
                agents[agent, default: AgentTally()].judged += 1
                if status == .met { agents[agent, default: AgentTally()].met += 1 }
            }
        }
        guard let status = row.status else { notMeasured += 1; return }
        for key in ["\(row.priority)\u{0}\(row.metric.rawValue)", "\u{0}\(row.metric.rawValue)"] {
            guard let i = line[key] else { continue }
            groups[i].count(status, replySeconds: replySeconds.map(Int.init))
            // The all-priorities line's times are merged from the others in `report`.
            if let s = replySeconds, groups[i].priority != nil { durations[i].append(s) }
        }
    }

    /// Counts one message the account sent; `outside` is nil without a rota.
    mutating func countMessage(agent: String?, outside isOutside: Bool?) {
        replies += 1
        if isOutside == true { outside += 1 }
        if let agent {
            agents[agent, default: AgentTally()].messages += 1
            if isOutside == true { agents[agent, default: AgentTally()].outside += 1 }
        }
    }

    /// The finished report. Complexity: O(m log m) for m rows.
    func report(account: String, hasRota: Bool) -> AuditAccountReport {
        var lines = groups
        for i in lines.indices {
            let times = lines[i].priority != nil ? durations[i]
                : lines.indices.filter { lines[$0].priority != nil && lines[$0].metric == lines[i].metric }.flatMap { durations[$0] }
            (lines[i].p50Seconds, lines[i].p90Seconds, lines[i].p99Seconds) = AuditPercentile.triple(times)
        }
        let medians = heatReplies.map { AuditPercentile.median($0) }
        let heatmap = AuditHeatmap(volume: (0..<7).map { Array(volume[$0 * 24..<$0 * 24 + 24]) },
                                   medianReplySeconds: (0..<7).map { Array(medians[$0 * 24..<$0 * 24 + 24]) })
        let agentStats = agents.keys.sorted().compactMap { name -> AuditAgentStats? in
            guard let a = agents[name] else { return nil }
            return AuditAgentStats(agent: name, messages: a.messages, answered: a.answered, medianReplySeconds: AuditPercentile.median(a.durations),
                                   metShare: a.judged == 0 ? nil : Double(a.met) / Double(a.judged), outsideShifts: hasRota ? a.outside : nil)
        }
        return AuditAccountReport(account: account, groups: lines, heatmap: heatmap, agents: agentStats, replies: replies,
                                  repliesOutsideShifts: hasRota ? outside : nil, notMeasured: notMeasured)
    }
}
