/// A straight line through weekly volumes (docs/audit.md, "forecast", trend): ordinary least
/// squares of mentions on the week's index 0, 1, …, n − 1.
public struct ForecastTrend: Sendable, Hashable {
    /// Fewest whole weeks a trend is fitted to: two points always fit a line exactly.
    public static let minimumWeeks = 3

    /// Change in mentions per week, per week.
    public var slope: Double
    /// Mean weekly volume of the weeks fitted.
    public var mean: Double
    /// The line's value for the week after the last one fitted, at least 0.
    public var nextWeek: Double
    /// Weeks fitted.
    public var weeks: Int

    /// The slope as a share of the mean, in percent per week; nil when the mean is 0.
    public var percentPerWeek: Double? { mean > 0 ? slope / mean * 100 : nil }

    /// Fits `volumes` (oldest first); nil below ``minimumWeeks`` values. Complexity: O(n).
    public init?(volumes: [Double]) {
        let n = volumes.count
        guard n >= Self.minimumWeeks else { return nil }
        let xMean = Double(n - 1) / 2
        let yMean = volumes.reduce(0, +) / Double(n)
        var sxy = 0.0, sxx = 0.0
        for (i, y) in volumes.enumerated() {
            let dx = Double(i) - xMean
            sxy += dx * (y - yMean)
            sxx += dx * dx
        }
        slope = sxx > 0 ? sxy / sxx : 0
        mean = yMean
        nextWeek = max(0, yMean + slope * (Double(n) - xMean))
        weeks = n
    }
}
