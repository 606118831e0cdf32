/// Turns a week's forecast into a random stream of mentions: first contacts as a
/// non-homogeneous Poisson process over the 15-minute intervals, priorities from the mix,
/// handle times from `care.handle_time`, and follow-ups a fixed delay after their thread.
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
///    follow-up's handle time is drawn at once.
///
/// **Follow-ups (simplification).** The real follow-up comes `after` the account's reply, and
/// the reply time is what the simulation measures, so it is not known while generating. The
/// follow-up is placed at the first contact's arrival + `after`, with the thread's priority,
/// which is how ``MentionVolume`` forecasts them too. It therefore never waits for its own
/// first reply: when the first reply is late, the follow-up may be served before it. Follow-ups
/// falling at or after the horizon (next Monday 00:00) are not generated, as in the forecast.
///
/// **Determinism.** Everything comes from `random` in the order above, so the same seed,
/// schedule and strategy give the same stream, mention for mention (see ``SimulationRandom``
/// for the platform caveat on `log`/`exp`).
///
/// Complexity: O(S + M log M) for S steps and M mentions; memory O(M).
public enum MentionStreamGenerator {
    /// The stream for `schedule`'s week of `strategy`, drawing from `random`.
    ///
    /// A strategy without `mentions:` gives an empty stream. Without `care.handle_time`
    /// every handle time is 0.
    public static func generate(schedule: WeekSchedule, strategy: Strategy, warmUpIntervals: Int = 0,
                                random: inout SimulationRandom) -> MentionStream {
        let span = SimulationSpan(timeline: schedule.timeline, warmUpIntervals: warmUpIntervals)
        let mix = PriorityMix(strategy: strategy)
        guard let forecast = strategy.mentions else {
            return MentionStream(span: span, mentions: [], firstContactOfFollowUp: [:], priorities: mix)
        }
        let handle = strategy.care?.handleTime ?? HandleTime(mean: TimeSpan(seconds: 0), cv: 0)
        let followShare = forecast.followups?.share.fraction ?? 0
        let followDelay = Double(forecast.followups?.after.seconds ?? 0)
        let volume = schedule.volume.firstContacts
        var first: [SimulatedMention] = []
        var pendingFollowUps: [(parent: Int, mention: SimulatedMention)] = []
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
                first.append(SimulatedMention(id: id, arrival: time, priority: priority,
                                              handleTime: handle.sample(using: &random)))
                if forecast.followups != nil, random.uniform() < followShare {
                    let followUp = SimulatedMention(id: -1, arrival: time + followDelay, priority: priority,
                                                    handleTime: handle.sample(using: &random))
                    if followUp.arrival < span.horizon { pendingFollowUps.append((id, followUp)) }
                }
            }
        }
        var mentions = first
        var threads: [Int: Int] = [:]
        for (offset, pending) in pendingFollowUps.enumerated() {
            var followUp = pending.mention
            followUp.id = first.count + offset
            threads[followUp.id] = pending.parent
            mentions.append(followUp)
        }
        mentions.sort { $0.arrival != $1.arrival ? $0.arrival < $1.arrival : $0.id < $1.id }
        return MentionStream(span: span, mentions: mentions, firstContactOfFollowUp: threads, priorities: mix)
    }
}
