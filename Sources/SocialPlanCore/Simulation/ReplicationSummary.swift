/// The mean of one figure across independent replications, with its 95 % confidence interval.
///
/// **Formula.** For values x₁…xₙ: mean x̄, sample standard deviation
/// `s = sqrt(Σ(xᵢ − x̄)² / (n − 1))`, half-width `t(0.975, n − 1)·s/√n` with Student's t
/// quantile from ``StudentT`` (table for ν ≤ 30, Cornish–Fisher beyond). This is valid
/// because replications use independent seeds (``SimulationRandom/replicationSeed(base:index:)``),
/// so the xᵢ are independent whatever the autocorrelation inside one run.
/// With one value the half-width is `.infinity` (nothing is known about the spread).
public struct ReplicationSummary: Sendable, Hashable {
    /// Number of replications n.
    public let count: Int
    /// Mean across replications.
    public let mean: Double
    /// Sample standard deviation across replications (0 for n = 1).
    public let standardDeviation: Double
    /// Half-width of the 95 % confidence interval for the mean.
    public let halfWidth: Double

    /// Summarises `values` (one per replication; at least one).
    ///
    /// - Precondition: `values` is not empty (programmer error otherwise).
    ///
    /// Complexity: O(n), two passes (mean first, then squared deviations, for accuracy).
    public init(_ values: [Double]) {
        precondition(!values.isEmpty, "at least one replication")
        count = values.count
        let m = values.reduce(0, +) / Double(values.count)
        mean = m
        guard values.count > 1 else {
            standardDeviation = 0
            halfWidth = .infinity
            return
        }
        let squares = values.reduce(0) { $0 + ($1 - m) * ($1 - m) }
        standardDeviation = (squares / Double(values.count - 1)).squareRoot()
        halfWidth = StudentT.quantile975(degreesOfFreedom: values.count - 1)
            * standardDeviation / Double(values.count).squareRoot()
    }

    /// Lower end of the 95 % confidence interval.
    public var lower: Double { mean - halfWidth }
    /// Upper end of the 95 % confidence interval.
    public var upper: Double { mean + halfWidth }

    /// Whether `value` lies inside the 95 % confidence interval (ends included).
    ///
    /// Complexity: O(1).
    public func contains(_ value: Double) -> Bool { value >= lower && value <= upper }
}
