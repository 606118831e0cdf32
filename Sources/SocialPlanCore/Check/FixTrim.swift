/// Trims a set of changes to what the rota used in a simulated week: a raised limit to the
/// member's hours of all duties (shifts, sessions, tasks; rounded up to the half hour), an extension to the part a
/// shift covered, an extra person to the days they were given shifts. Changes the rota did not
/// use at all are dropped.
struct FixTrim: Sendable {
    /// The strategy before any change.
    var strategy: Strategy
    /// The week simulated with the changes.
    var report: SimulationReport

    /// `changes` trimmed.
    ///
    /// Complexity: O(changes × shifts).
    func trim(_ changes: [StrategyChange]) -> [StrategyChange] {
        changes.compactMap { change in
            let shifts = report.schedule.shifts.filter { $0.member == change.member }
            switch change {
            case .raiseLimit(let id, let from, let to):
                let used = Double(report.schedule.dutyMinutes(of: id)) / 60
                let needed = min(to, (used * 2).rounded(.up) / 2)
                return needed > from ? .raiseLimit(member: id, from: from, to: needed) : nil
            case .extendAvailability(let id, let day, let added):
                return trimmedExtension(id, day: day, added: added, shifts: shifts)
            case .addPerson(let id, let hours):
                var kept = WeeklyHours.none
                let t = report.schedule.timeline
                for date in t.week.dates where !hours[date.weekday].isEmpty {
                    let from = t.clock.instant(of: date, minute: 0), to = t.clock.instant(of: date.adding(days: 1), minute: 0)
                    if shifts.contains(where: { $0.start < to && $0.end > from }) { kept[date.weekday] = hours[date.weekday] }
                }
                return kept.isEmpty ? nil : .addPerson(id: id, hours: kept)
            }
        }
    }

    /// The part of `added` that shifts of the member covered, still touching their existing
    /// hours; nil when no shift reached into it.
    func trimmedExtension(_ id: String, day: Weekday, added: TimePeriod, shifts: [CareShift]) -> StrategyChange? {
        guard let member = strategy.member(id),
              let date = report.schedule.timeline.week.dates.first(where: { $0.weekday == day }) else { return nil }
        let clock = report.schedule.timeline.clock(for: member.timezone)
        let a = clock.instant(of: date, minute: added.start.minutes)
        let b = clock.instant(of: date, minute: added.start.minutes + added.lengthMinutes)
        let overlaps = shifts.filter { $0.start < b && $0.end > a }
        guard let first = overlaps.map(\.start).min(), let last = overlaps.map(\.end).max() else { return nil }
        // Extensions after existing hours start at the old end; before them, end at the old start.
        let after = member.available[day].contains { $0.end == added.start }
        let minutes: (Int) -> Int = { (($0 - a) / 60 / 15) * 15 }
        let period = after
            ? TimePeriod(start: added.start, end: ClockTime(minutes: added.start.minutes + min(added.lengthMinutes, minutes(last))))
            : TimePeriod(start: ClockTime(minutes: added.start.minutes + max(0, minutes(first))), end: added.end)
        guard period.lengthMinutes > 0, !period.crossesMidnight else { return nil }
        return .extendAvailability(member: id, day: day, added: period)
    }
}
