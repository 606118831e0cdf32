import Foundation

extension ReportNumbers {
    /// `61.2% (59.8–62.6)`: a mean fraction with its 95 % interval, clipped to 0…100 % unless
    /// the figure can pass 100 % (occupancy: agents finishing work after their shift).
    public static func percent(_ summary: ReplicationSummary, clip: Bool = true) -> String {
        let low = max(0, summary.lower), high = clip ? min(1, summary.upper) : summary.upper
        return "\(percent(summary.mean)) (\(String(format: "%.1f", low * 100))–\(String(format: "%.1f", high * 100)))"
    }
}
