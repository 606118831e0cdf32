/// A yearly transition rule of the shape Outlook understands: "the last Sunday of March at
/// 02:00" or "the second Sunday of March at 02:00" (`RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`).
///
/// Never assumed: a rule is only used after ``init(fitting:)`` found one that every observed
/// onset follows and the caller checked that it yields exactly the observed transitions.
struct YearlyRule: Sendable, Hashable {
    /// Month, 1 = January.
    var month: Int
    /// Which weekday of the month: 1…4 from the start, -1 for the last.
    var ordinal: Int
    /// Day of the week, 0 = Sunday.
    var weekday: Int
    /// Time of day of the onset, in seconds after midnight, on the clock before the change.
    var timeOfDay: Int

    private static let weekdayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]

    /// The rule all `onsets` follow, or `nil` if they share none (different months, weekdays or
    /// times, or weeks that are neither all the same nor all the last).
    init?(fitting onsets: [CivilDateTime]) {
        guard let first = onsets.first else { return nil }
        let timeOfDay = first.hour * 3600 + first.minute * 60 + first.second
        guard onsets.allSatisfy({
            $0.month == first.month && $0.weekday == first.weekday
                && $0.hour * 3600 + $0.minute * 60 + $0.second == timeOfDay
        }) else { return nil }
        let isLast = onsets.allSatisfy { $0.day + 7 > CivilDateTime.daysInMonth(year: $0.year, month: $0.month) }
        let weeks = Set(onsets.map { ($0.day - 1) / 7 + 1 })
        if isLast {
            ordinal = -1
        } else if weeks.count == 1, let week = weeks.first, week <= 4 {
            ordinal = week
        } else {
            return nil
        }
        month = first.month
        weekday = first.weekday
        self.timeOfDay = timeOfDay
    }

    /// The onset in `year`, on the clock before the change.
    func onset(in year: Int) -> CivilDateTime {
        let day: Int
        if ordinal < 0 {
            let last = CivilDateTime.daysInMonth(year: year, month: month)
            let lastWeekday = CivilDateTime(year: year, month: month, day: last).weekday
            day = last - CivilDateTime.floorMod(lastWeekday - weekday, 7)
        } else {
            let firstWeekday = CivilDateTime(year: year, month: month, day: 1).weekday
            day = 1 + CivilDateTime.floorMod(weekday - firstWeekday, 7) + 7 * (ordinal - 1)
        }
        return CivilDateTime(year: year, month: month, day: day, hour: timeOfDay / 3600,
                             minute: timeOfDay % 3600 / 60, second: timeOfDay % 60)
    }

    /// The `RRULE` value, e.g. `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`.
    var recurrence: String {
        "FREQ=YEARLY;BYMONTH=\(month);BYDAY=\(ordinal)\(Self.weekdayCodes[weekday])"
    }
}
