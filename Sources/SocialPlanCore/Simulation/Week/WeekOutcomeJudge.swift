/// Receives the queue simulator's outcomes for one week and judges each week mention against
/// its SLA on the SLA's own clock (``SLAClock``), filling a ``WeekReplication``.
///
/// **Judging.** A first contact is measured on its priority's `first_reply` limit, a follow-up
/// (``SimulatedMention/isFollowUp``) on `next_reply` (its clock starts at its own arrival, which
/// is after the first contact's reply). ``MentionDeadlines`` computes the same due instants for
/// the earliest-deadline queue. Simulator times become real instants
/// through ``SimulationSpan/instant(_:in:)`` and are rounded to the nearest second, the
/// resolution of the SLA clocks. The reply instant is the moment the agent finishes (wait +
/// handle time). A mention still waiting when the week ends is `pending` when its due instant
/// is at or after next Monday 00:00 and `breached_unanswered` otherwise, never dropped.
///
/// **Backlog and work.** Every outcome, warm-up included, adds its waiting stretch
/// `[arrival, start)` to the backlog sweep and its handling stretch `[start, start + handle)`
/// to the busy agent-seconds of the week intervals it covers.
struct WeekOutcomeJudge: OutcomeAccumulator, Sendable {
    let span: SimulationSpan
    let timeline: WeekTimeline
    let measureIndex: [[Int?]]           // [level][metric] → measure index
    let clocks: [SLAClock]               // per measure
    let limits: [Int]                    // per measure, seconds
    private(set) var result: WeekReplication
    /// Reply times on each measure's clock, until ``finish()`` turns them into percentiles.
    private var replyTimes: [ReplyTimeHistogram]
    /// The same reply times in calendar seconds, per measure.
    private var calendarReplyTimes: [ReplyTimeHistogram]
    private var waiting: [(time: Double, delta: Int)] = []

    init(replication index: Int, span: SimulationSpan, timeline: WeekTimeline, measures: [SLAMeasure], levels: Int,
         calendar: BusinessCalendar) {
        self.span = span
        self.timeline = timeline
        var table = Array(repeating: [Int?](repeating: nil, count: ReplyMetric.allCases.count), count: max(1, levels))
        for (i, m) in measures.enumerated() where m.level < table.count {
            table[m.level][m.metric == .firstReply ? 0 : 1] = i
        }
        measureIndex = table
        clocks = measures.map { SLAClock(clock: $0.clock, calendar: calendar) }
        limits = measures.map(\.limitSeconds)
        result = WeekReplication(index: index, measures: measures.count, intervals: span.weekIntervals)
        replyTimes = Array(repeating: ReplyTimeHistogram(), count: measures.count)
        calendarReplyTimes = replyTimes
    }

    mutating func record(_ outcome: MentionOutcome) {
        let mention = outcome.mention
        let stop = outcome.start ?? span.horizon
        if stop > mention.arrival { waiting.append((mention.arrival, 1)); waiting.append((stop, -1)) }
        if let start = outcome.start { addBusy(from: start, to: start + mention.handleTime) }
        guard mention.arrival >= span.weekStart else { return }
        let interval = min(Int((mention.arrival - span.weekStart) / SimulationSpan.stepSeconds), span.weekIntervals - 1)
        result.arrivals += 1
        result.intervalArrivals[interval] += 1
        if outcome.start == nil { result.unanswered += 1 } else { result.answered += 1 }
        let level = min(max(mention.priority, 0), measureIndex.count - 1)
        guard let m = measureIndex[level][mention.isFollowUp ? 1 : 0] else {
            result.notMeasured += 1
            return
        }
        let start = Int(span.instant(mention.arrival, in: timeline).rounded())
        let reply = outcome.reply.map { Int(span.instant(mention.arrival + $0, in: timeline).rounded()) }
        let end = Int(span.instant(span.horizon, in: timeline).rounded())
        let evaluation = clocks[m].evaluate(start: start, targetSeconds: limits[m], reply: reply, observationEnd: end)
        result.tallies[m].add(evaluation.status)
        if reply != nil {
            replyTimes[m].add(Double(evaluation.elapsedOnClock))
            calendarReplyTimes[m].add(Double(evaluation.elapsedCalendarSeconds))
        }
        if evaluation.status.isBreach { result.intervalBreaches[interval] += 1 }
    }

    /// Adds `[from, to)` (simulator seconds) to the busy seconds of the week intervals it covers.
    private mutating func addBusy(from: Double, to: Double) {
        let step = SimulationSpan.stepSeconds
        var a = max(from, span.weekStart)
        let b = min(to, span.horizon)
        while a < b {
            let i = min(Int((a - span.weekStart) / step), span.weekIntervals - 1)
            let edge = min(b, span.weekStart + Double(i + 1) * step)
            result.busySeconds[i] += edge - a
            a = edge
        }
    }

    /// The finished replication, with the reply-time percentiles of every measure and the peak
    /// backlog of every week interval.
    ///
    /// Complexity: O(M log M) for M outcomes.
    mutating func finish() -> WeekReplication {
        for m in result.tallies.indices { result.tallies[m].setPercentiles(from: replyTimes[m], calendar: calendarReplyTimes[m]) }
        waiting.sort { $0.time != $1.time ? $0.time < $1.time : $0.delta < $1.delta }
        var current = 0, next = 0
        for i in 0..<span.weekIntervals {
            let end = span.weekStart + Double(i + 1) * SimulationSpan.stepSeconds
            while next < waiting.count && waiting[next].time < span.weekStart + Double(i) * SimulationSpan.stepSeconds {
                current += waiting[next].delta
                next += 1
            }
            var peak = current
            while next < waiting.count && waiting[next].time < end {
                current += waiting[next].delta
                peak = max(peak, current)
                next += 1
            }
            result.peakBacklog[i] = peak
        }
        return result
    }
}
