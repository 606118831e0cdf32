/// The simulated outlook for one SLA measure over the replications: attainment against the
/// target with its 95 % confidence interval, the verdict, reply-time percentiles on the
/// measure's clock, and counts per week. Every figure is a mean across replications with its
/// interval (``ReplicationSummary``).
public struct SLAForecast: Sendable, Hashable {
    /// What is measured.
    public var measure: SLAMeasure
    /// Met share of judged mentions (pending ones excluded); nil when none was judged.
    public var attainment: ReplicationSummary?
    /// The verdict read from ``attainment``.
    public var verdict: SLAVerdict
    /// Median reply time in seconds on the measure's clock (answered mentions); nil when none.
    public var p50: ReplicationSummary?
    /// 90th percentile reply time in seconds.
    public var p90: ReplicationSummary?
    /// 99th percentile reply time in seconds.
    public var p99: ReplicationSummary?
    /// Mentions of this priority and metric per week.
    public var mentions: ReplicationSummary
    /// Breaches per week: answered late plus unanswered past due.
    public var breaches: ReplicationSummary
    /// Of which unanswered past due at the end of the week.
    public var breachedUnanswered: ReplicationSummary
    /// Unanswered but not yet due when the week ends.
    public var pending: ReplicationSummary

    /// Summarises `tallies` (one per replication, for `measure`).
    ///
    /// Complexity: O(R) for R replications.
    public init(measure: SLAMeasure, tallies: [MeasureTally]) {
        self.measure = measure
        func summary(_ values: [Double]) -> ReplicationSummary? { values.isEmpty ? nil : ReplicationSummary(values) }
        attainment = summary(tallies.compactMap(\.attainment))
        verdict = SLAVerdict.judge(attainment, target: measure.target)
        p50 = summary(tallies.compactMap(\.p50))
        p90 = summary(tallies.compactMap(\.p90))
        p99 = summary(tallies.compactMap(\.p99))
        mentions = ReplicationSummary(tallies.map { Double($0.mentions) })
        breaches = ReplicationSummary(tallies.map { Double($0.breaches) })
        breachedUnanswered = ReplicationSummary(tallies.map { Double($0.breachedUnanswered) })
        pending = ReplicationSummary(tallies.map { Double($0.pending) })
    }
}
