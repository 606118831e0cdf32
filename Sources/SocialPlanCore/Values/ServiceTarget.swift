/// A service-level goal: at least ``fraction`` of contacts within ``limitSeconds``.
///
/// For example 80 % answered within 20 seconds is
/// `ServiceTarget(fraction: 0.8, limitSeconds: 20, metric: .wait)`.
///
/// Valid targets have `0 ≤ fraction ≤ 1` and a finite `limitSeconds ≥ 0`;
/// ``StaffingCalculator/requirement(load:target:maxOccupancy:shrinkagePartsPerMillion:)``
/// reports anything else as ``StaffingIssue/invalidTarget``. A fraction of
/// exactly 1 is valid but can never be met when there is any traffic (every
/// Erlang C service level is strictly below 1), so it is reported as
/// ``StaffingIssue/targetUnreachable``.
///
/// Complexity: O(1) for every operation.
public struct ServiceTarget: Sendable, Hashable, Codable {
    /// Fraction of contacts (0…1, e.g. `0.8` for 80 %) that must be within the limit.
    public var fraction: Double
    /// The time limit in seconds (e.g. `20`).
    public var limitSeconds: Double
    /// Whether the limit applies to the queue wait or to wait plus handle time.
    public var metric: ServiceMetric

    /// Creates a target.
    ///
    /// - Parameters:
    ///   - fraction: Required fraction within the limit, 0…1.
    ///   - limitSeconds: Time limit in seconds, finite and ≥ 0.
    ///   - metric: The clock the limit is measured on; defaults to ``ServiceMetric/wait``.
    ///
    /// Complexity: O(1).
    public init(fraction: Double, limitSeconds: Double, metric: ServiceMetric = .wait) {
        self.fraction = fraction
        self.limitSeconds = limitSeconds
        self.metric = metric
    }

    /// Whether the fraction lies in 0…1 and the limit is finite and non-negative.
    ///
    /// Complexity: O(1).
    public var isValid: Bool {
        fraction >= 0 && fraction <= 1 && limitSeconds >= 0 && limitSeconds.isFinite
    }
}
