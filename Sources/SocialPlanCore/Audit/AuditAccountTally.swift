/// The running figures of one account while the audit counts rows and messages.
struct AuditAccountTally: Sendable {
    /// Lines in report order; `durations[i]` holds line i's reply times (seconds).
    var groups: [AuditGroupStats] = []
    var durations: [[UInt32]] = []
    /// `slaDurations[i]`: line i's reply times on its SLA's clock (seconds), kept only for a
    /// business-clock line: on the calendar clock they are `durations[i]` (``slaTimes(_:)``).
    var slaDurations: [[UInt32]] = []
    /// Line index per metric (`AuditMetric.allCases` order) and SLA index (nil: the SLA does not
    /// limit the metric), and of the all-priorities line per metric (nil: no SLA limits it).
    private var line: [[Int?]] = [], allLine: [Int?] = []
    var volume = Array(repeating: 0, count: 168)
    var heatReplies = Array(repeating: [UInt32](), count: 168)
    /// By agent index (the builder's agent table).
    var agents: [Int32: AgentTally] = [:]
    var replies = 0, outside = 0, notMeasured = 0

    struct AgentTally: Sendable {
        var messages = 0, answered = 0, met = 0, judged = 0, outside = 0
        var durations: [UInt32] = []
    }

    /// Lines for each metric: one per SLA that limits it (file order), then all priorities.
    init(slas: [ServiceLevel]) {
        for metric in AuditMetric.allCases {
            var lines = [Int?](repeating: nil, count: slas.count)
            let limited = slas.indices.filter { (metric == .firstReply ? slas[$0].firstReply : slas[$0].nextReply) != nil }
            for i in limited {
                let sla = slas[i]
                lines[i] = groups.count
                groups.append(AuditGroupStats(priority: sla.priority, metric: metric, clock: sla.clock,
                                              limitSeconds: (metric == .firstReply ? sla.firstReply : sla.nextReply)?.seconds, target: sla.target))
            }
            line.append(lines)
            allLine.append(limited.isEmpty ? nil : groups.count)
            if !limited.isEmpty { groups.append(AuditGroupStats(priority: nil, metric: metric)) }
        }
        durations = Array(repeating: [], count: groups.count)
        slaDurations = durations
    }

    /// Counts one row: the mention of SLA index `sla` (nil without SLAs) and `metric`, its
    /// `status` (nil: not measured), real reply time and reply time on the SLA's clock (nil:
    /// unanswered) and the agent of the reply (an index into the builder's agent table), at
    /// `hourOfWeek`. A closed follow-up counts in volume and as `closed`, not in reply times.
    /// Complexity: O(1) amortised.
    mutating func count(sla: Int?, metric: AuditMetric, status: ReplyStatus?, replySeconds: UInt32?, slaSeconds: UInt32?,
                        agent: Int32?, hourOfWeek: Int) {
        volume[hourOfWeek] += 1
        let m = metric == .firstReply ? 0 : 1
        if status == .closed {
            if let sla, sla < line[m].count, let i = line[m][sla] { groups[i].count(.closed, replySeconds: nil) }
            if let all = allLine[m] { groups[all].count(.closed, replySeconds: nil) }
            return
        }
        if let s = replySeconds { heatReplies[hourOfWeek].append(s) }
        if let agent {
            // Changed in place: a copy taken out and stored back shared its durations with the
            // dictionary, so every append copied the whole list.
            Self.countReply(&agents[agent, default: AgentTally()], status: status, replySeconds: replySeconds)
        }
        guard let status else { notMeasured += 1; return }
        let seconds = replySeconds.map(Int.init)
        if let sla, sla < line[m].count, let i = line[m][sla] {
            groups[i].count(status, replySeconds: seconds)
            // The all-priorities line's times are merged from the others in `report`.
            if let s = replySeconds { durations[i].append(s) }
            if let s = slaSeconds, groups[i].clock == .business { slaDurations[i].append(s) }
        }
        if let all = allLine[m] { groups[all].count(status, replySeconds: seconds) }
    }

    private static func countReply(_ a: inout AgentTally, status: ReplyStatus?, replySeconds: UInt32?) {
        a.answered += 1
        if let s = replySeconds { a.durations.append(s) }
        if let status, replySeconds != nil {
            a.judged += 1
            if status == .met { a.met += 1 }
        }
    }

    /// Counts one message the account sent, signed by agent index `agent` (nil: none told);
    /// `outside` is nil without a rota.
    mutating func countMessage(agent: Int32?, outside isOutside: Bool?) {
        replies += 1
        if isOutside == true { outside += 1 }
        if let agent {
            agents[agent, default: AgentTally()].messages += 1
            if isOutside == true { agents[agent, default: AgentTally()].outside += 1 }
        }
    }

    /// Adds what `other` (the same account's tally of other rows and messages) counted.
    /// Reply times are kept as lists whose percentiles do not depend on their order, so the
    /// report is the one a single tally would give. Complexity: O(other's rows).
    mutating func merge(_ other: AuditAccountTally) {
        for i in groups.indices {
            groups[i].add(other.groups[i])
            durations[i] += other.durations[i]
            slaDurations[i] += other.slaDurations[i]
        }
        for h in 0..<168 {
            volume[h] += other.volume[h]
            heatReplies[h] += other.heatReplies[h]
        }
        for (key, a) in other.agents {
            var mine = agents[key] ?? AgentTally()
            mine.messages += a.messages
            mine.answered += a.answered
            mine.met += a.met
            mine.judged += a.judged
            mine.outside += a.outside
            mine.durations += a.durations
            agents[key] = mine
        }
        replies += other.replies
        outside += other.outside
        notMeasured += other.notMeasured
    }

    /// Line i's reply times on its SLA's clock.
    private var slaTimes: [[UInt32]] {
        groups.indices.map { groups[$0].clock == .business ? slaDurations[$0] : durations[$0] }
    }

    /// The finished report. Complexity: O(m log m) for m rows.
    func report(account: String, agentNames: [String], hasRota: Bool) -> AuditAccountReport {
        var lines = groups
        let onClock = slaTimes
        for i in lines.indices {
            func merged(_ d: [[UInt32]]) -> [UInt32] {
                lines[i].priority != nil ? d[i]
                    : lines.indices.filter { lines[$0].priority != nil && lines[$0].metric == lines[i].metric }.flatMap { d[$0] }
            }
            (lines[i].p50Seconds, lines[i].p90Seconds, lines[i].p99Seconds) = AuditPercentile.triple(merged(durations))
            (lines[i].p50SLASeconds, lines[i].p90SLASeconds, lines[i].p99SLASeconds) = AuditPercentile.triple(merged(onClock))
        }
        let medians = heatReplies.map { AuditPercentile.median($0) }
        let heatmap = AuditHeatmap(volume: (0..<7).map { Array(volume[$0 * 24..<$0 * 24 + 24]) },
                                   medianReplySeconds: (0..<7).map { Array(medians[$0 * 24..<$0 * 24 + 24]) })
        let agentStats = agents.keys.sorted { agentNames[Int($0)] < agentNames[Int($1)] }.compactMap { key -> AuditAgentStats? in
            guard let a = agents[key] else { return nil }
            return AuditAgentStats(agent: agentNames[Int(key)], messages: a.messages, answered: a.answered, medianReplySeconds: AuditPercentile.median(a.durations),
                                   metShare: a.judged == 0 ? nil : Double(a.met) / Double(a.judged), outsideShifts: hasRota ? a.outside : nil)
        }
        return AuditAccountReport(account: account, groups: lines, heatmap: heatmap, agents: agentStats, replies: replies,
                                  repliesOutsideShifts: hasRota ? outside : nil, notMeasured: notMeasured)
    }
}
