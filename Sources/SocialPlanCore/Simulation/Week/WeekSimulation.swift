/// A strategy's week set up for simulation: the plan, the SLA measures, the answering
/// staffing and the business calendar, shared by every replication.
///
/// A replication generates a mention stream (``MentionStreamGenerator``) from its own seed
/// (``SimulationRandom/replicationSeed(base:index:)``), runs it through the
/// ``QueueSimulator`` in the strategy's `care.queue` order, spawning follow-ups after their
/// replies, against the rota thinned by shrinkage
/// (``StaffingTimeline/answering(schedule:care:warmUpIntervals:)``) and judges every week
/// mention on its SLA's clock (``WeekOutcomeJudge``). Replications are independent and
/// deterministic, so they can run on any thread in any order and still give the same figures.
public struct WeekSimulation: Sendable {
    /// The strategy simulated.
    public let strategy: Strategy
    /// The week's plan (rota and forecast) the mentions meet.
    public let schedule: WeekSchedule
    /// What is judged, in report order.
    public let measures: [SLAMeasure]
    /// Warm-up and week, in simulator seconds.
    public let span: SimulationSpan
    /// Agents answering per simulator step (rota after shrinkage).
    public let answering: StaffingTimeline
    /// Care hours and holidays, over the week plus margins, for business clocks.
    public let calendar: BusinessCalendar
    /// Due times on the SLAs' clocks, for the earliest-deadline queue (same calendar as the judge).
    public let deadlines: MentionDeadlines
    /// The base seed every replication's seed is derived from.
    public let seed: UInt64

    /// Sets up `schedule`'s week of `strategy` with `warmUpIntervals` of warm-up (default one day).
    ///
    /// Complexity: O(intervals + care periods over the span).
    public init(strategy: Strategy, schedule: WeekSchedule, seed: UInt64, warmUpIntervals: Int = SimulationSpan.day) {
        self.strategy = strategy
        self.schedule = schedule
        self.seed = seed
        measures = SLAMeasure.all(of: strategy.care)
        span = SimulationSpan(timeline: schedule.timeline, warmUpIntervals: warmUpIntervals)
        answering = StaffingTimeline.answering(schedule: schedule, care: strategy.care, warmUpIntervals: span.warmUpIntervals)
        let from = schedule.timeline.start - span.warmUpIntervals * WeekTimeline.intervalSeconds - 86_400
        let to = schedule.timeline.end + 8 * 86_400
        if let care = strategy.care {
            calendar = BusinessCalendar(care: care, zone: strategy.timezone, from: from, to: to)
        } else {
            calendar = BusinessCalendar(hours: .none, holidays: [], zone: strategy.timezone, from: from, to: to)
        }
        deadlines = MentionDeadlines(measures: measures, levels: max(1, strategy.care?.slas.count ?? 0), calendar: calendar,
                                     span: span, timeline: schedule.timeline)
    }

    /// Priority levels the simulator serves (one per SLA, at least one).
    public var priorityLevels: Int { max(1, strategy.care?.slas.count ?? 0) }

    /// The order waiting mentions are served in (`care.queue`).
    public var discipline: QueueDiscipline { strategy.care?.queue ?? .default }

    /// Runs replication `index`.
    ///
    /// Complexity: O(S + M log M) for S simulator steps and M mentions.
    public func replicate(_ index: Int) -> WeekReplication {
        var random = SimulationRandom(seed: SimulationRandom.replicationSeed(base: seed, index: index))
        // Due times only order an earliest-deadline queue (the judge computes its own), so the
        // priority queue skips the per-mention business-clock search.
        let due = discipline == .earliestDeadline ? deadlines : .none
        let stream = MentionStreamGenerator.generate(schedule: schedule, strategy: strategy, warmUpIntervals: span.warmUpIntervals,
                                                     deadlines: due, random: &random)
        var judge = WeekOutcomeJudge(replication: index, span: span, timeline: schedule.timeline, measures: measures,
                                     levels: priorityLevels, calendar: calendar)
        QueueSimulator(staffing: answering, priorityLevels: priorityLevels, discipline: discipline,
                       followUpDelay: stream.followUpDelay, deadlines: due)
            .run(arrivals: stream.mentions, into: &judge)
        return judge.finish()
    }
}
