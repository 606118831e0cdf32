/// An ISO 8601 week (Monday first), written `2026-W49`.
public struct ISOWeek: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The ISO week-numbering year (may differ from the calendar year around New Year).
    public var year: Int
    /// 1…52 or 53.
    public var week: Int

    /// Creates a week; ``parse(_:)`` validates user input.
    public init(year: Int, week: Int) {
        self.year = year
        self.week = week
    }

    /// `2026-W49`.
    public var description: String { "\(year)-W\(week < 10 ? "0" : "")\(week)" }

    public static func < (a: ISOWeek, b: ISOWeek) -> Bool { (a.year, a.week) < (b.year, b.week) }

    /// The Monday that starts the week.
    public var monday: LocalDate {
        // Week 1 is the week holding January 4th.
        let jan4 = LocalDate(year: year, month: 1, day: 4)
        let week1Monday = jan4.adding(days: -(jan4.weekday.rawValue - 1))
        return week1Monday.adding(days: 7 * (week - 1))
    }

    /// The seven dates, Monday first.
    public var dates: [LocalDate] { (0..<7).map { monday.adding(days: $0) } }

    /// The week after this one.
    public var next: ISOWeek { ISOWeek.containing(monday.adding(days: 7)) }

    /// The ISO week a date falls in.
    public static func containing(_ date: LocalDate) -> ISOWeek {
        let thursday = date.adding(days: 4 - date.weekday.rawValue)
        let jan1 = LocalDate(year: thursday.year, month: 1, day: 1)
        return ISOWeek(year: thursday.year, week: (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    /// Number of ISO weeks in `year` (52 or 53).
    public static func weeks(in year: Int) -> Int {
        containing(LocalDate(year: year, month: 12, day: 28)).week
    }

    static let help = "write an ISO week like 2026-W49"

    /// Parses `2026-W49` (also `2026W49` and lowercase `w`).
    public static func parse(_ text: String) -> Result<ISOWeek, ValueError> {
        let t = text.trimmingSpaces.uppercased()
        let parts = t.split(separator: "W", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return .failure(ValueError("`\(text)` is not an ISO week", help: help)) }
        let yearPart = parts[0].hasSuffix("-") ? parts[0].dropLast() : parts[0]
        guard yearPart.count == 4, (1...2).contains(parts[1].count),
              let year = Int(yearPart), let week = Int(parts[1]), year >= 1900, year <= 2200 else {
            return .failure(ValueError("`\(text)` is not an ISO week", help: help))
        }
        let count = weeks(in: year)
        guard (1...count).contains(week) else {
            return .failure(ValueError("\(year) has weeks 1 to \(count), not \(week)", help: help))
        }
        return .success(ISOWeek(year: year, week: week))
    }
}
