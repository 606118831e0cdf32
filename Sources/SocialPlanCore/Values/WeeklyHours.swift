/// Periods of wall-clock time for each weekday: availability, care hours, posting windows.
///
/// Written as a mapping from day sets to one period or a list of periods:
/// `{ mon-fri: ["08:00-11:30", "12:00-20:00"], sat: "10:00-16:00" }`.
/// A period that runs past midnight belongs to the day it starts on.
public struct WeeklyHours: Sendable, Hashable, Codable {
    /// Periods per weekday, index 0 = Monday, each list sorted by start.
    public var periods: [[TimePeriod]]

    /// No hours at all.
    public static let none = WeeklyHours(periods: Array(repeating: [], count: 7))
    /// Every minute of every day.
    public static let always = WeeklyHours(periods: Array(repeating: [TimePeriod(start: ClockTime(minutes: 0), end: ClockTime(minutes: 1440))], count: 7))

    /// Creates hours from per-weekday periods (index 0 = Monday).
    public init(periods: [[TimePeriod]]) {
        precondition(periods.count == 7, "one list per weekday")
        self.periods = periods.map { $0.sorted { $0.start < $1.start } }
    }

    /// The periods that start on `day`.
    public subscript(day: Weekday) -> [TimePeriod] {
        get { periods[day.rawValue - 1] }
        set { periods[day.rawValue - 1] = newValue.sorted { $0.start < $1.start } }
    }

    /// True when no day has a period.
    public var isEmpty: Bool { periods.allSatisfy(\.isEmpty) }

    /// Total minutes per week (periods counted by wall-clock length).
    public var minutesPerWeek: Int { periods.joined().reduce(0) { $0 + $1.lengthMinutes } }

    /// The days that have at least one period.
    public var days: [Weekday] { Weekday.allCases.filter { !self[$0].isEmpty } }

    /// True when wall-clock minute `minute` (0…1439) of a `day` lies inside a period: one that
    /// starts that day, or one from the day before that runs past midnight.
    public func covers(_ day: Weekday, minute: Int) -> Bool {
        if self[day].contains(where: { $0.minuteRange.contains(minute) }) { return true }
        let previous = Weekday(rawValue: (day.rawValue + 5) % 7 + 1) ?? .sun
        return self[previous].contains { $0.crossesMidnight && $0.minuteRange.contains(minute + 1440) }
    }
}
