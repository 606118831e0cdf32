/// Turns a week's forecast into a random stream of first contacts: a non-homogeneous Poisson
/// process over the 15-minute intervals, priorities from the mix, handle times from
/// `care.handle_time`, due times on the SLAs' clocks, and which customers will write again.
///
/// **Algorithm.** For each simulator step `k` in order (warm-up first, see ``SimulationSpan``),
/// with `i` the week interval it replays and `λ = schedule.volume.firstContacts[i]`:
/// 1. draw a count `c ~ Poisson(λ)`;
/// 2. draw `c` uniforms and place the mentions at `start(k) + 900·u`, sorted — given the count,
///    Poisson arrivals are independent and uniform over the interval, so this is an exact
///    sample of a process whose rate is constant within an interval and follows the forecast
///    between them;
/// 3. for each mention in time order: one uniform for its priority (``PriorityMix``), its
///    handle time (``HandleTime/sample(using:)``), and — when `mentions.followups` is set —
///    one uniform deciding whether the customer writes again (probability `share`); if so, the
///    follow-up's handle time is drawn at once and kept on the first contact
///    (``SimulatedMention/PlannedFollowUp``). Its due time comes from `deadlines` (`first_reply`).
///
/// **Follow-ups.** The customer writes again `followups.after` after the account's reply (as
/// the format and `socialplan forecast` define it). The reply instant is what the simulation
/// decides, so the follow-up is only planned here: ``QueueSimulator`` spawns it at reply +
/// `after` (``MentionStream/followUpDelay``), with the thread's priority, when that is before
/// the horizon; a first contact still unanswered at the horizon has none. Drawing the decision
/// and the handle time here keeps the random stream independent of the queue, so both queue
/// disciplines see the same customers.
///
/// **Determinism.** Everything comes from `random` in the order above, so the same seed,
/// schedule and strategy give the same stream, mention for mention (see ``SimulationRandom``
/// for the platform caveat on `log`/`exp`).
///
/// Complexity: O(S + M log M) for S steps and M mentions (plus O(log n) per mention for due
/// times on a business clock); memory O(M).
public enum MentionStreamGenerator {
    /// The stream for `schedule`'s week of `strategy`, drawing from `random`, with due times
    /// from `deadlines` (none by default).
    ///
    /// A strategy without `mentions:` gives an empty stream. Without `care.handle_time`
    /// every handle time is 0.
    public static func generate(schedule: WeekSchedule, strategy: Strategy, warmUpIntervals: Int = 0,
                                deadlines: MentionDeadlines = .none, random: inout SimulationRandom) -> MentionStream {
        let span = SimulationSpan(timeline: schedule.timeline, warmUpIntervals: warmUpIntervals)
        let mix = PriorityMix(strategy: strategy)
        let followDelay = Double(strategy.mentions?.followups?.after.seconds ?? 0)
        guard let forecast = strategy.mentions else {
            return MentionStream(span: span, mentions: [], followUpDelay: followDelay, priorities: mix)
        }
        let handle = strategy.care?.handleTime ?? HandleTime(mean: TimeSpan(seconds: 0), cv: 0)
        let followShare = forecast.followups?.share.fraction ?? 0
        let volume = schedule.volume.firstContacts
        var first: [SimulatedMention] = []
        var planned: [(parent: Int, handleTime: Double)] = []
        var times: [Double] = []
        for step in 0..<span.stepCount {
            let interval = span.weekInterval(ofStep: step)
            let mean = interval < volume.count ? max(0, volume[interval]) : 0
            guard mean > 0, mean.isFinite else { continue }
            let count = random.poisson(mean: mean)
            let start = span.start(ofStep: step)
            times.removeAll(keepingCapacity: true)
            for _ in 0..<count { times.append(start + SimulationSpan.stepSeconds * random.uniform()) }
            times.sort()
            for time in times {
                let id = first.count
                let priority = mix.level(forUniform: random.uniform())
                first.append(SimulatedMention(id: id, arrival: time, priority: priority, handleTime: handle.sample(using: &random),
                                              due: deadlines.due(arrival: time, priority: priority, isFollowUp: false)))
                if forecast.followups != nil, random.uniform() < followShare {
                    planned.append((id, handle.sample(using: &random)))
                }
            }
        }
        // Follow-up ids continue after the first contacts, in the order they were drawn.
        for (offset, p) in planned.enumerated() {
            first[p.parent].followUp = SimulatedMention.PlannedFollowUp(id: first.count + offset, handleTime: p.handleTime)
        }
        return MentionStream(span: span, mentions: first, followUpDelay: followDelay, priorities: mix)
    }
}
