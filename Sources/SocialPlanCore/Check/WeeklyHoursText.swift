/// Weekly hours written back as strategy-file text, days with the same periods grouped:
/// `{ mon-fri: "08:00-16:30", sat: "10:00-14:00" }`, or the same entries one per line.
enum WeeklyHoursText {
    /// The flow mapping; `{}` when there are no hours.
    ///
    /// Complexity: O(periods).
    static func flow(_ hours: WeeklyHours) -> String {
        let entries = blockEntries(hours)
        return entries.isEmpty ? "{}" : "{ " + entries.joined(separator: ", ") + " }"
    }

    /// One `days: periods` entry per group, for a block mapping.
    static func blockEntries(_ hours: WeeklyHours) -> [String] {
        groups(hours).map { "\(dayText($0.days)): \(periodText($0.periods))" }
    }

    /// Days with identical periods, Monday first; days without hours are left out.
    static func groups(_ hours: WeeklyHours) -> [(days: [Weekday], periods: [TimePeriod])] {
        var seen: [[TimePeriod]] = []
        var result: [(days: [Weekday], periods: [TimePeriod])] = []
        for day in Weekday.allCases where !hours[day].isEmpty && !seen.contains(hours[day]) {
            let periods = hours[day]
            seen.append(periods)
            let days = Weekday.allCases.filter { hours[$0] == periods }
            result.append((days, periods))
        }
        return result
    }

    /// `mon-fri`, `sat`, or `"mon,wed-thu"` (quoted: a comma inside `{ }` needs quotes).
    static func dayText(_ days: [Weekday]) -> String {
        let parts = runs(days).map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0)-\($0.1)" }
        return parts.count == 1 ? parts[0] : "\"" + parts.joined(separator: ",") + "\""
    }

    /// Consecutive days as (first, last) runs.
    static func runs(_ days: [Weekday]) -> [(Weekday, Weekday)] {
        var runs: [(Weekday, Weekday)] = []
        for day in days {
            if let last = runs.last, last.1.rawValue + 1 == day.rawValue {
                runs[runs.count - 1].1 = day
            } else {
                runs.append((day, day))
            }
        }
        return runs
    }

    /// `"08:00-16:00"` or a list of quoted periods.
    static func periodText(_ periods: [TimePeriod]) -> String {
        let quoted = periods.map { "\"\($0)\"" }
        return quoted.count == 1 ? quoted[0] : "[" + quoted.joined(separator: ", ") + "]"
    }
}
