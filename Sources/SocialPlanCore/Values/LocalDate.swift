import Foundation

/// A calendar date without a time or zone, written `2026-12-24`.
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Creates a date; the caller guarantees it exists (see ``parse(_:)`` for user input).
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2026-12-24`.
    public var description: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (for arithmetic and weekdays).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The ISO weekday of this date.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let r = ((dayNumber % 7) + 7 + 3) % 7
        return Weekday(rawValue: r + 1) ?? .mon
    }

    /// The date `n` days later (calendar arithmetic).
    public func adding(days n: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + n) }

    static let help = "write a date as YYYY-MM-DD, e.g. 2026-12-24"

    /// Parses `YYYY-MM-DD`, refusing dates that do not exist (`2026-02-30`).
    public static func parse(_ text: String) -> Result<LocalDate, ValueError> {
        let t = text.trimmingSpaces
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
            return .failure(ValueError("`\(text)` is not a date", help: help))
        }
        let date = LocalDate(year: y, month: m, day: d)
        guard (1...12).contains(m), d >= 1, LocalDate(dayNumber: date.dayNumber) == date else {
            return .failure(ValueError("`\(text)` is not a date that exists", help: help))
        }
        return .success(date)
    }
}
