/// The figures of one simulated week (one replication): per SLA measure, per 15-minute
/// interval of the week, and the totals that prove no mention was lost.
///
/// Only mentions arriving inside the week are judged and counted; warm-up mentions (Sunday
/// night replayed before Monday, see ``SimulationSpan``) still occupy agents and the queue, so
/// their work shows in ``busySeconds`` and ``peakBacklog``.
public struct WeekReplication: Sendable, Hashable {
    /// The replication's index (its seed is derived from the base seed and this index).
    public var index: Int
    /// One tally per measure, in the order of the simulation's measures.
    public var tallies: [MeasureTally]
    /// Week mentions whose SLA sets no limit for their metric (e.g. a follow-up of a priority
    /// without `next_reply`): simulated, not judged.
    public var notMeasured = 0
    /// Week mentions (first contacts and follow-ups).
    public var arrivals = 0
    /// Week mentions an agent started on before the week ended.
    public var answered = 0
    /// Week mentions still waiting when the week ended.
    public var unanswered = 0
    /// Per week interval: mentions arriving in it.
    public var intervalArrivals: [Int]
    /// Per week interval: breaches (answered late or past due unanswered) among the mentions
    /// arriving in it.
    public var intervalBreaches: [Int]
    /// Per week interval: agent-seconds spent handling mentions.
    public var busySeconds: [Double]
    /// Per week interval: the most mentions waiting at any moment in it.
    public var peakBacklog: [Int]

    /// An empty replication for `measures` measures and `intervals` week intervals.
    public init(index: Int, measures: Int, intervals: Int) {
        self.index = index
        tallies = Array(repeating: MeasureTally(), count: measures)
        intervalArrivals = Array(repeating: 0, count: intervals)
        intervalBreaches = Array(repeating: 0, count: intervals)
        busySeconds = Array(repeating: 0, count: intervals)
        peakBacklog = Array(repeating: 0, count: intervals)
    }

    /// Total breaches over every measure.
    public var breaches: Int { tallies.reduce(0) { $0 + $1.breaches } }
}
