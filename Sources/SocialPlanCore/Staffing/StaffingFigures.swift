/// The queue figures for one staffing level `N` at one load.
///
/// Produced by ``StaffingCalculator/figures(agents:load:target:)`` and carried
/// inside every ``StaffingRequirement``. Both service levels are computed for
/// the same time limit (the target's `limitSeconds`), whichever metric the
/// target uses, so reports can show both clocks side by side.
///
/// When `N ≤ A` (an unstable queue) ``asaSeconds`` is `.infinity` and
/// ``occupancy`` is ≥ 1 (`.infinity` for no agents). `JSONEncoder` rejects
/// non-finite numbers unless its `nonConformingFloatEncodingStrategy` is set;
/// figures inside a ``StaffingRequirement`` are always finite.
///
/// Complexity: O(1) for every operation.
public struct StaffingFigures: Sendable, Hashable, Codable {
    /// Number of agents `N` these figures are for.
    public var agents: Int
    /// Offered traffic `A` in Erlangs.
    public var traffic: Double
    /// Erlang C probability that a contact waits at all, 0…1.
    public var pWait: Double
    /// Fraction of contacts whose queue wait is within the limit, 0…1.
    public var serviceLevelWait: Double
    /// Fraction of contacts whose wait plus handle time is within the limit, 0…1.
    public var serviceLevelReply: Double
    /// Average speed of answer (mean queue wait) in seconds.
    public var asaSeconds: Double
    /// Agent occupancy `A / N`.
    public var occupancy: Double

    /// Creates figures from already computed values (no checking is done).
    ///
    /// Complexity: O(1).
    public init(agents: Int, traffic: Double, pWait: Double, serviceLevelWait: Double,
                serviceLevelReply: Double, asaSeconds: Double, occupancy: Double) {
        self.agents = agents
        self.traffic = traffic
        self.pWait = pWait
        self.serviceLevelWait = serviceLevelWait
        self.serviceLevelReply = serviceLevelReply
        self.asaSeconds = asaSeconds
        self.occupancy = occupancy
    }

    /// The service level on the clock named by `metric`.
    ///
    /// Complexity: O(1).
    public func serviceLevel(for metric: ServiceMetric) -> Double {
        switch metric {
        case .wait: return serviceLevelWait
        case .reply: return serviceLevelReply
        }
    }

    /// Figures for an interval with no traffic and no agents: P(wait) 0,
    /// both service levels 1, ASA 0, occupancy 0.
    ///
    /// Complexity: O(1).
    public static let idle = StaffingFigures(agents: 0, traffic: 0, pWait: 0, serviceLevelWait: 1,
                                             serviceLevelReply: 1, asaSeconds: 0, occupancy: 0)

    /// All-zero placeholder figures carried by a requirement whose input was
    /// invalid (see ``StaffingIssue``); they describe nothing.
    ///
    /// Complexity: O(1).
    public static let unavailable = StaffingFigures(agents: 0, traffic: 0, pWait: 0, serviceLevelWait: 0,
                                                    serviceLevelReply: 0, asaSeconds: 0, occupancy: 0)
}
