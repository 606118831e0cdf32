/// One promise the simulation judges: a priority's `first_reply` or `next_reply` limit, with
/// its target, its clock and the share of weeks that should keep it (`care.confidence`). A strategy's measures are listed in SLA file order, first reply
/// before next reply, so reports read in priority order.
public struct SLAMeasure: Sendable, Hashable {
    /// Priority level in the simulator (index into `care.sla`; 0 is served first).
    public var level: Int
    /// The priority's name.
    public var priority: String
    /// Which reply is measured.
    public var metric: ReplyMetric
    /// The limit in seconds on ``clock``.
    public var limitSeconds: Int
    /// The share of mentions that must be answered within the limit (0…1).
    public var target: Double
    /// The clock the limit counts on.
    public var clock: ReplyClock
    /// The share of weeks that should keep the promise (0…1, exclusive), from `care.confidence`.
    public var confidence: Double

    /// Creates a measure.
    public init(level: Int, priority: String, metric: ReplyMetric, limitSeconds: Int, target: Double, clock: ReplyClock,
                confidence: Double = Care.defaultConfidence.fraction) {
        self.level = level
        self.priority = priority
        self.metric = metric
        self.limitSeconds = limitSeconds
        self.target = target
        self.clock = clock
        self.confidence = confidence
    }

    /// Every measure of `care`, in SLA order, first reply before next reply.
    ///
    /// Complexity: O(SLAs).
    public static func all(of care: Care?) -> [SLAMeasure] {
        guard let care else { return [] }
        var measures: [SLAMeasure] = []
        for (level, sla) in care.slas.enumerated() {
            for metric in ReplyMetric.allCases {
                guard let limit = sla.limit(for: metric) else { continue }
                measures.append(SLAMeasure(level: level, priority: sla.priority, metric: metric, limitSeconds: limit.seconds,
                                           target: sla.target.fraction, clock: sla.clock,
                                           confidence: care.confidence.fraction))
            }
        }
        return measures
    }

    /// `urgent first_reply`.
    public var name: String { "\(priority) \(metric.rawValue)" }
}
