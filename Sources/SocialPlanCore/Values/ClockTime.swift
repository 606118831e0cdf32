/// A wall-clock time of day, `HH:MM`, kept as minutes since midnight (0…1440; 1440 is `24:00`).
public struct ClockTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Minutes since local midnight, 0…1440.
    public var minutes: Int

    /// Creates a time from minutes since midnight.
    public init(minutes: Int) { self.minutes = minutes }
    /// Creates a time from hour and minute.
    public init(hour: Int, minute: Int) { self.minutes = hour * 60 + minute }

    /// Hour part, 0…24.
    public var hour: Int { minutes / 60 }
    /// Minute part, 0…59.
    public var minute: Int { minutes % 60 }

    /// `HH:MM`.
    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }

    /// Parses `HH:MM` (or `H:MM`); `24:00` only when `allowMidnightEnd` is set.
    public static func parse(_ text: String, allowMidnightEnd: Bool = false) -> Result<ClockTime, ValueError> {
        let t = text.trimmingSpaces
        let parts = t.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let h = Int(parts[0]), let m = Int(parts[1]) else {
            return .failure(ValueError("`\(text)` is not a clock time", help: "write a 24-hour time like 09:00 or 17:30"))
        }
        if h == 24 && m == 0 {
            return allowMidnightEnd ? .success(ClockTime(minutes: 1440))
                : .failure(ValueError("`24:00` can only end a period", help: "start the period at 00:00"))
        }
        guard h < 24, m < 60 else {
            return .failure(ValueError("`\(text)` is not a clock time", help: "hours go from 00 to 23 (24:00 may end a period), minutes from 00 to 59"))
        }
        return .success(ClockTime(hour: h, minute: m))
    }
}
