/// Plan against actuals: a reply log's whole ISO weeks measured by the audit, side by side with
/// the simulation of those same weeks (docs/audit.md, "Plan against actuals").
public struct AuditComparison: Sendable {
    /// One SLA measure, observed and predicted.
    public struct Row: Sendable {
        /// The promise compared.
        public var measure: SLAMeasure
        /// Mean of the observed weeks' attainment (weeks with a judged mention), with its 95 % CI.
        public var observedAttainment: ReplicationSummary?
        /// Mean attainment over every simulated week, with its 95 % CI.
        public var predictedAttainment: ReplicationSummary?
        /// Where the mean of this many observed weeks falls 95 % of the time if the simulation is
        /// right: predicted mean ± t · sd · √(1/n + 1/N) for n observed and N simulated weeks.
        public var expectedRange: (lower: Double, upper: Double)?
        /// Observed weeks that kept the target (``MeasureTally/keeps(target:)``).
        public var observedWeeksKept: Int
        /// Whole weeks observed.
        public var observedWeeks: Int
        /// Share of simulated weeks that kept it, with its 95 % CI.
        public var predictedWeeksKept: ProportionSummary
        /// Mean of the observed weeks' p90 reply time on the SLA's clock (seconds), with its CI.
        public var observedP90: ReplicationSummary?
        /// Mean of the simulated weeks' p90 on the SLA's clock.
        public var predictedP90: ReplicationSummary?
        /// Judged mentions a week, observed (mean over the weeks) and predicted.
        public var observedJudgedPerWeek: Double
        public var predictedJudgedPerWeek: Double

        /// True when the observed mean attainment lies in ``expectedRange``; nil when either
        /// side has nothing judged or fewer than two simulated weeks.
        public var agrees: Bool? {
            guard let o = observedAttainment, let r = expectedRange else { return nil }
            return o.mean >= r.lower - 1e-12 && o.mean <= r.upper + 1e-12
        }
    }

    /// One hour of the week: breaches a week, observed and predicted.
    public struct Hour: Sendable, Hashable {
        /// 0 = Monday 00:00–01:00, in the strategy's zone.
        public var hourOfWeek: Int
        public var observedPerWeek: Double
        public var predictedPerWeek: Double
        /// Observed minus predicted.
        public var difference: Double { observedPerWeek - predictedPerWeek }
    }

    /// The log's name.
    public var logName: String
    /// The strategy's zone (weeks and hours are read there).
    public var zone: String
    /// The whole weeks compared, in order.
    public var weeks: [ISOWeek]
    /// Weeks at the log's ends that it covers only in part: measured by the audit, not compared.
    public var partialWeeks: [ISOWeek]
    /// Whole weeks left out beyond ``AuditComparison/maxWeeks`` (the earliest ones).
    public var weeksBeyondLimit: Int
    /// Base seed and simulated weeks per log week.
    public var seed: UInt64
    public var replications: Int
    /// One row per SLA measure, in the strategy's order.
    public var rows: [Row]
    /// The hours where observed and predicted breaches a week differ most (at most five,
    /// largest difference first; only hours with a difference of at least 0.05 a week).
    public var hours: [Hour]
    /// The audit the observed side comes from.
    public var audit: AuditResult

    /// The most whole weeks compared (the latest ones).
    public static let maxWeeks = 53
    /// The most of a week's forecast mentions the log may miss at its start or end for the week
    /// there to count as whole: 2 %.
    public static let edgeShare = 0.02
}
