import Foundation

/// How often a content stream posts: `3/week`, `2/day`, `daily`, `weekdays`.
public enum Cadence: Sendable, Hashable, Codable, CustomStringConvertible {
    case perDay(Int)
    case perWeek(Int)
    case daily
    case weekdays

    /// Posts in a full week.
    public var perWeekCount: Int {
        switch self {
        case .perDay(let n): return n * 7
        case .perWeek(let n): return n
        case .daily: return 7
        case .weekdays: return 5
        }
    }

    /// The days that must carry posts when the cadence pins them (`daily`, `weekdays`, `n/day`).
    public var requiredDays: [Weekday]? {
        switch self {
        case .perDay, .daily: return Weekday.allCases
        case .weekdays: return [.mon, .tue, .wed, .thu, .fri]
        case .perWeek: return nil
        }
    }

    /// Posts needed on each required day (1 for `daily`/`weekdays`, n for `n/day`).
    public var perRequiredDay: Int {
        if case .perDay(let n) = self { return n }
        return 1
    }

    /// `3/week`, `2/day`, `daily`, `weekdays`.
    public var description: String {
        switch self {
        case .perDay(let n): return "\(n)/day"
        case .perWeek(let n): return "\(n)/week"
        case .daily: return "daily"
        case .weekdays: return "weekdays"
        }
    }

    static let help = "write a cadence like 3/week, 2/day, daily or weekdays"
    /// The most posts a day: one an hour around the clock. The posting planner's work grows
    /// with the square of a stream's posts; 24 a day plans in seconds (docs/limits.md).
    public static let maxPerDay = 24
    /// The most posts a week: one an hour around the clock.
    public static let maxPerWeek = 168

    /// Parses `n/day`, `n/week`, `daily`, `weekdays`.
    public static func parse(_ text: String) -> Result<Cadence, ValueError> {
        let t = text.trimmingSpaces.lowercased()
        if t == "daily" { return .success(.daily) }
        if t == "weekdays" { return .success(.weekdays) }
        let parts = t.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let n = Int(String(parts[0]).trimmingSpaces) else {
            return .failure(ValueError("`\(text)` is not a cadence", help: help))
        }
        guard n > 0 else { return .failure(ValueError("a cadence needs at least one post, not \(n)", help: help)) }
        switch String(parts[1]).trimmingSpaces {
        case "day", "d":
            guard n <= maxPerDay else {
                return .failure(ValueError("`\(text)` is more than \(maxPerDay)/day, one post an hour around the clock", help: help))
            }
            return .success(.perDay(n))
        case "week", "w", "wk":
            guard n <= maxPerWeek else {
                return .failure(ValueError("`\(text)` is more than \(maxPerWeek)/week, one post an hour around the clock", help: help))
            }
            return .success(.perWeek(n))
        default: return .failure(ValueError("`\(text)` is not a cadence: the unit is day or week", help: help))
        }
    }
}
