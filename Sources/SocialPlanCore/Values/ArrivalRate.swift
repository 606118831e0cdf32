/// An arrival rate written `200/h`, `100/30m` or `4800/d`: a count per length of time.
public struct ArrivalRate: Sendable, Hashable, CustomStringConvertible {
    /// Arrivals in `per`.
    public var count: Double
    /// The length of time the count is per.
    public var per: TimeSpan

    /// Arrivals in a span of `seconds`.
    public func arrivals(inSeconds seconds: Int) -> Double { count * Double(seconds) / Double(per.seconds) }

    /// `200/1h`.
    public var description: String { "\(LoadContext.format(count))/\(per)" }

    static let help = "write a rate like 200/h, 100/30m or 4800/d"

    /// Parses `N/h`, `N/30m`, `N/1h`, `N/d`.
    public static func parse(_ text: String) -> Result<ArrivalRate, ValueError> {
        let parts = text.trimmingSpaces.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let count = Double(String(parts[0]).trimmingSpaces), count.isFinite, count >= 0 else {
            return .failure(ValueError("`\(text)` is not an arrival rate", help: help))
        }
        var unit = String(parts[1]).trimmingSpaces.lowercased()
        if let first = unit.first, !first.isNumber { unit = "1" + unit }
        switch TimeSpan.parse(unit) {
        case .success(let span) where span.seconds > 0: return .success(ArrivalRate(count: count, per: span))
        default: return .failure(ValueError("`\(text)` is not an arrival rate", help: help))
        }
    }
}

extension ServiceTarget {
    static let help = "write a target like 80%@20s (80 % within 20 seconds)"

    /// Parses `80%@20s`: a share within a time limit, for `metric`.
    public static func parse(_ text: String, metric: ServiceMetric) -> Result<ServiceTarget, ValueError> {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return .failure(ValueError("`\(text)` is not a service target", help: help)) }
        switch (Percentage.parse(String(parts[0])), TimeSpan.parse(String(parts[1]))) {
        case (.success(let p), .success(let t)):
            guard p.partsPerMillion > 0, p.partsPerMillion <= 1_000_000 else {
                return .failure(ValueError("a target share must be above 0% and at most 100%, not \(p)", help: help))
            }
            return .success(ServiceTarget(fraction: p.fraction, limitSeconds: Double(t.seconds), metric: metric))
        case (.failure(let e), _), (_, .failure(let e)):
            return .failure(ValueError("`\(text)` is not a service target: \(e.message)", help: help))
        }
    }
}
