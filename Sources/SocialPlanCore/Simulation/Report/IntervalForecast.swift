/// One 15-minute interval of the simulated week: the plan's required and scheduled agents and
/// what the simulation saw there (means across replications).
public struct IntervalForecast: Sendable, Hashable {
    /// Interval index in the week.
    public var index: Int
    /// Start instant, seconds since 1970 UTC.
    public var start: Int
    /// Agents needed on duty (after shrinkage), from the plan.
    public var required: Int
    /// Agents the rota puts on duty.
    public var scheduled: Int
    /// Agents answering after shrinkage, as simulated.
    public var answering: Int
    /// Mentions arriving, mean per replication.
    public var arrivals: Double
    /// Breaches among the mentions arriving here, mean per replication.
    public var breaches: Double
    /// Most mentions waiting at any moment of the interval, mean per replication.
    public var peakBacklog: Double
    /// Busy share of the answering agents' time (can pass 1 when agents finish work after
    /// their shift); nil when nobody answers.
    public var occupancy: Double?

    /// `scheduled − required`: negative is a shortfall.
    public var difference: Int { scheduled - required }
}
