/// Simulated weeks written as a JSON Lines reply log that `socialplan audit` reads back
/// (docs/simulation.md, "The simulated week as a reply log"; layout in docs/log-formats.md).
///
/// **Weeks.** Log week `i` (0-based) is ISO week `first + i`, planned on its own (its rota and
/// forecast) and simulated as replication `i` of that week's ``WeekSimulation`` from `seed`, so
/// the log spans consecutive real weeks and each week is exactly what `simulate --week` of that
/// week judges as its replication `i`.
///
/// **Lines.** One line per message, in time order (ties: mention before reply, then id):
/// every week mention (first contact or follow-up) as an inbound line carrying its priority,
/// and its reply (the instant the agent finishes) as an outbound line by the account whose
/// `in_response_to_tweet_id` is the mention. A follow-up's parent is the reply it follows.
/// Instants are rounded to the second, as the simulation's judge rounds them.
///
/// **What is left out, and why.** Warm-up mentions belong to the previous week's figures and
/// are not written; when a warm-up thread's follow-up arrives inside the week, that thread's
/// reply is written (without a parent) so the follow-up is still measured on `next_reply`.
/// A mention still waiting when its week ends and not yet due there is *pending* for the
/// simulation (it counts neither way); the next log week is an independent replication that
/// never answers it, so written unanswered it would read as `breached_unanswered` in the
/// audit. Such mentions are left out and counted in ``pendingLeftOut`` — except in the log's
/// last week, where they are written unanswered: the log ends before they are due, so the
/// audit too counts them as pending, and the week's end still shows the forecast's last hours.
///
/// Complexity: per week, that of planning it plus one replication; memory O(mentions).
public struct SimulatedReplyLog: Sendable {
    /// The most weeks one log may hold (a year).
    public static let maxWeeks = 53

    /// The ISO weeks written, in order; week `i` is replication `i`.
    public var weeks: [ISOWeek]
    /// The log's lines, each ending in a newline.
    public var lines: [String]
    /// The judged figures of each week (what `simulate` counts for that replication).
    public var replications: [WeekReplication]
    /// Mentions pending at their week's end, left out of the log.
    public var pendingLeftOut = 0

    /// The log of `count` weeks from `first` (1 … ``maxWeeks``, clamped) for `strategy`.
    public init(strategy: Strategy, first: ISOWeek, count: Int, seed: UInt64) {
        let account = Self.accountName(strategy)
        weeks = []
        var week = first
        for _ in 0..<min(max(1, count), Self.maxWeeks) {
            weeks.append(week)
            week = week.next
        }
        lines = []
        replications = []
        var stamped: [(instant: Int, order: Int, id: String, line: String)] = []
        for (i, week) in weeks.enumerated() {
            let simulation = WeekSimulation(strategy: strategy, schedule: WeekScheduler.schedule(strategy, week: week), seed: seed)
            var log = OutcomeLog()
            replications.append(simulation.replicate(i, also: &log))
            var writer = WeekWriter(simulation: simulation, week: week, account: account, keepsPending: i == weeks.count - 1)
            writer.write(log.outcomes)
            stamped += writer.stamped
            pendingLeftOut += writer.pendingLeftOut
        }
        stamped.sort { ($0.instant, $0.order, $0.id) < ($1.instant, $1.order, $1.id) }
        lines = stamped.map(\.line)
    }

    /// The whole log as one text.
    public var text: String { lines.joined() }

    /// The account that replies: the strategy's handle without `@`, else `account`.
    static func accountName(_ strategy: Strategy) -> String {
        let handle = strategy.accounts.first?.handle.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 } ?? ""
        return handle.isEmpty ? "account" : handle
    }
}

/// Turns one replication's outcomes into stamped log lines.
private struct WeekWriter {
    let simulation: WeekSimulation
    let week: ISOWeek
    let account: String
    let keepsPending: Bool
    var stamped: [(instant: Int, order: Int, id: String, line: String)] = []
    var pendingLeftOut = 0

    init(simulation: WeekSimulation, week: ISOWeek, account: String, keepsPending: Bool) {
        self.simulation = simulation
        self.week = week
        self.account = account
        self.keepsPending = keepsPending
    }

    private func instant(_ seconds: Double) -> Int {
        Int(simulation.span.instant(seconds, in: simulation.schedule.timeline).rounded())
    }

    private func id(_ mention: Int) -> String { "\(week)-\(mention)" }
    private func replyID(_ mention: Int) -> String { "\(week)-\(mention)-r" }

    /// True when `outcome` is unanswered and not yet due at the week's end (pending).
    private func isPending(_ outcome: MentionOutcome) -> Bool {
        guard outcome.reply == nil else { return false }
        let m = outcome.mention
        let metric: ReplyMetric = m.isFollowUp ? .nextReply : .firstReply
        guard let k = simulation.measures.firstIndex(where: { $0.level == m.priority && $0.metric == metric }) else { return false }
        let measure = simulation.measures[k]
        let clock = SLAClock(clock: measure.clock, calendar: simulation.calendar)
        let evaluation = clock.evaluate(start: instant(m.arrival), targetSeconds: measure.limitSeconds, reply: nil,
                                        observationEnd: instant(simulation.span.horizon))
        return evaluation.status == .pending
    }

    mutating func write(_ outcomes: [MentionOutcome]) {
        let weekStart = simulation.span.weekStart
        var byID: [Int: MentionOutcome] = [:]
        for o in outcomes { byID[o.mention.id] = o }
        let priorities = simulation.strategy.care?.slas.map(\.priority) ?? []
        for o in outcomes where o.mention.arrival >= weekStart {
            let m = o.mention
            if !keepsPending && isPending(o) { pendingLeftOut += 1; continue }
            let thread = m.firstContact ?? m.id
            var parent: String?
            if let first = m.firstContact, let firstOutcome = byID[first], let firstReply = firstOutcome.reply {
                parent = replyID(first)
                if firstOutcome.mention.arrival < weekStart {
                    add(instant(firstOutcome.mention.arrival + firstReply), order: 1, id: replyID(first), author: account,
                        inbound: false, text: "reply (simulated)", parent: nil, priority: nil)
                }
            }
            let priority = priorities.indices.contains(m.priority) ? priorities[m.priority] : nil
            add(instant(m.arrival), order: 0, id: id(m.id), author: "customer-\(week)-\(thread)", inbound: true,
                text: "@\(account) \(m.isFollowUp ? "follow-up" : "mention") (simulated)", parent: parent, priority: priority)
            if let reply = o.reply {
                add(instant(m.arrival + reply), order: 1, id: replyID(m.id), author: account, inbound: false,
                    text: "reply (simulated)", parent: id(m.id), priority: nil)
            }
        }
    }

    private mutating func add(_ at: Int, order: Int, id: String, author: String, inbound: Bool, text: String,
                              parent: String?, priority: String?) {
        var line = "{\"tweet_id\":\(JSONValue.quote(id)),\"author_id\":\(JSONValue.quote(author)),\"inbound\":\(inbound)"
        line += ",\"created_at\":\"\(InstantFormat.utc(at))\",\"text\":\(JSONValue.quote(text))"
        if let parent { line += ",\"in_response_to_tweet_id\":\(JSONValue.quote(parent))" }
        if let priority { line += ",\"priority\":\(JSONValue.quote(priority))" }
        stamped.append((at, order, id, line + "}\n"))
    }
}
