/// The shape of the mention volume over a week: one weight per hour of each weekday.
///
/// Weights are relative across the whole week: the weekly volume is shared out in proportion
/// to them, so a day whose row sums to twice another's gets twice the mentions.
public enum MentionProfile: Sendable, Hashable {
    /// A shape that ships with socialplan.
    case builtIn(BuiltInProfile)
    /// 24 weights per weekday, index 0 = Monday, hour 0 = 00:00–01:00 local.
    case custom([[Double]])

    /// 7 × 24 weights, Monday first.
    public var weights: [[Double]] {
        switch self {
        case .builtIn(let p): return p.weights
        case .custom(let rows): return rows
        }
    }
}

/// The built-in weekly shapes.
public enum BuiltInProfile: String, Sendable, Hashable, CaseIterable {
    /// The same volume every hour of the week.
    case flat
    /// Business-to-business: weekday office hours, quiet nights and weekends.
    case office
    /// Consumer retail: daytime with a lunch and an early-evening peak, busy Saturdays.
    case retail
    /// Entertainment and gaming: afternoons and evenings, busiest at weekends.
    case evening

    /// One line saying what the shape is, for docs and `--help`.
    public var summary: String {
        switch self {
        case .flat: return "the same volume every hour of the week"
        case .office: return "weekday office hours (peak 10–15), quiet nights and weekends"
        case .retail: return "daytime with a lunch and an early-evening peak; Saturday busy, Sunday lighter"
        case .evening: return "afternoons and evenings (peak 19–23), busiest Friday to Sunday"
        }
    }

    /// 7 × 24 weights, Monday first.
    public var weights: [[Double]] {
        switch self {
        case .flat:
            return Array(repeating: Array(repeating: 1, count: 24), count: 7)
        case .office:
            let weekday: [Double] = [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 1.0, 2.5, 4.0, 4.6, 4.6,
                                     4.0, 4.4, 4.6, 4.2, 3.4, 2.2, 1.4, 1.0, 0.8, 0.6, 0.4, 0.3]
            let weekend = weekday.map { $0 * 0.2 }
            return Array(repeating: weekday, count: 5) + [weekend, weekend]
        case .retail:
            let weekday: [Double] = [0.4, 0.2, 0.1, 0.1, 0.1, 0.2, 0.6, 1.4, 2.4, 3.0, 3.4, 3.8,
                                     4.2, 3.8, 3.4, 3.4, 3.8, 4.2, 4.0, 3.4, 2.8, 2.0, 1.2, 0.7]
            let saturday = weekday.map { $0 * 1.2 }
            let sunday = weekday.map { $0 * 0.8 }
            return Array(repeating: weekday, count: 5) + [saturday, sunday]
        case .evening:
            let weekday: [Double] = [1.6, 1.0, 0.6, 0.3, 0.2, 0.2, 0.3, 0.6, 0.9, 1.1, 1.3, 1.6,
                                     1.9, 2.1, 2.3, 2.6, 3.0, 3.4, 3.9, 4.4, 4.8, 4.8, 4.2, 2.8]
            let friday = weekday.map { $0 * 1.2 }
            let weekend = weekday.map { $0 * 1.35 }
            return Array(repeating: weekday, count: 4) + [friday, weekend, weekend]
        }
    }
}
