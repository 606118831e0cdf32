/// The simulated outlook for one SLA measure over the replications (simulated weeks): how many
/// weeks keep the promise, with the 95 % Wilson interval of that share, and the verdict it
/// gives against `care.confidence`; next to it the mean attainment with its 95 % confidence
/// interval, reply-time percentiles on the measure's clock, and counts per week (means across
/// replications with their intervals, ``ReplicationSummary``).
public struct SLAForecast: Sendable, Hashable {
    /// What is measured.
    public var measure: SLAMeasure
    /// Weeks whose attainment reached the target (a week with nothing judged keeps it; see
    /// ``MeasureTally/keeps(target:)``), out of every simulated week.
    public var weeksKept: ProportionSummary
    /// Weeks with at least one mention judged.
    public var judgedWeeks: Int
    /// Met share of judged mentions (pending ones excluded), over the weeks that judged any;
    /// nil when none was judged.
    public var attainment: ReplicationSummary?
    /// The verdict read from ``weeksKept`` against the measure's confidence.
    public var verdict: SLAVerdict
    /// Median reply time in seconds on the measure's clock (answered mentions); nil when none.
    public var p50: ReplicationSummary?
    /// 90th percentile reply time in seconds.
    public var p90: ReplicationSummary?
    /// 99th percentile reply time in seconds.
    public var p99: ReplicationSummary?
    /// The same percentiles in calendar seconds (as the audit's `calendar` figures).
    public var calendarP50: ReplicationSummary?, calendarP90: ReplicationSummary?, calendarP99: ReplicationSummary?
    /// Mentions of this priority and metric per week.
    public var mentions: ReplicationSummary
    /// Breaches per week: answered late plus unanswered past due.
    public var breaches: ReplicationSummary
    /// Of which unanswered past due at the end of the week.
    public var breachedUnanswered: ReplicationSummary
    /// Unanswered but not yet due when the week ends.
    public var pending: ReplicationSummary

    /// Summarises `tallies` (one per replication, for `measure`; at least one).
    ///
    /// Complexity: O(R) for R replications.
    public init(measure: SLAMeasure, tallies: [MeasureTally]) {
        self.measure = measure
        func summary(_ values: [Double]) -> ReplicationSummary? { values.isEmpty ? nil : ReplicationSummary(values) }
        attainment = summary(tallies.compactMap(\.attainment))
        weeksKept = ProportionSummary(successes: tallies.filter { $0.keeps(target: measure.target) }.count, trials: max(1, tallies.count))
        judgedWeeks = tallies.filter { $0.judged > 0 }.count
        verdict = SLAVerdict.judge(weeksKept: weeksKept, confidence: measure.confidence, judgedWeeks: judgedWeeks)
        p50 = summary(tallies.compactMap(\.p50))
        p90 = summary(tallies.compactMap(\.p90))
        p99 = summary(tallies.compactMap(\.p99))
        calendarP50 = summary(tallies.compactMap(\.calendarP50))
        calendarP90 = summary(tallies.compactMap(\.calendarP90))
        calendarP99 = summary(tallies.compactMap(\.calendarP99))
        mentions = ReplicationSummary(tallies.map { Double($0.mentions) })
        breaches = ReplicationSummary(tallies.map { Double($0.breaches) })
        breachedUnanswered = ReplicationSummary(tallies.map { Double($0.breachedUnanswered) })
        pending = ReplicationSummary(tallies.map { Double($0.pending) })
    }
}
