/// The changes the fix search tries, read off a simulated week: which weekly limits bind,
/// which hours of whose day would cover the intervals where breaches arise, and which hours
/// one extra person would take. Cheap (no simulation): the search evaluates what it returns.
struct FixCandidates: Sendable {
    /// The strategy as currently changed.
    var strategy: Strategy
    /// Its simulated week.
    var report: SimulationReport

    /// Care members by id, in team order, whose availability is known.
    var careStaff: [Member] {
        guard let care = strategy.care else { return [] }
        return strategy.members(for: care.staff.map(\.value)).filter(\.isAvailabilityKnown)
    }

    /// Weight per interval of the week: simulated breaches of mentions first answerable there
    /// (``SimulationReport/answerableBreaches``), where the rota is short of the requirement and
    /// someone is needed (care hours).
    ///
    /// Complexity: O(intervals).
    var hotIntervals: [Double] {
        zip(report.intervals, report.answerableBreaches).map { row, breaches in row.required > 0 && row.difference < 0 ? breaches : 0 }
    }

    /// Raise every care member's weekly limit that their duties (shifts, sessions, tasks) used up,
    /// to what their availability allows but at most 48 h.
    ///
    /// Complexity: O(team × shifts).
    func raises() -> [StrategyChange] {
        careStaff.compactMap { m in
            guard let limit = m.maxHoursPerWeek, limit < StrategyChange.weeklyHoursCap else { return nil }
            let used = Double(report.schedule.dutyMinutes(of: m.id)) / 60
            let listed = report.gaps.contains { $0.breaches > 0 && $0.gap.atHoursLimit.contains(m.id) }
            guard listed || used >= limit - 0.25 else { return nil }
            let ceiling = min(StrategyChange.weeklyHoursCap, (Double(m.available.minutesPerWeek) / 60).rounded(.down))
            guard ceiling > limit else { return nil }
            return .raiseLimit(member: m.id, from: limit, to: ceiling)
        }
    }

    /// Extensions of care members' days, next to a period they already have on that day, chosen
    /// greedily by breaches covered per added hour until the short intervals with breaches are
    /// covered or `limit` extensions are chosen. Each is at most `reach` long.
    ///
    /// Complexity: O(L × M × 14 × reach/15 min) for L extensions and M care members.
    func extensions(limit: Int = 10, reach: Int = 240) -> [StrategyChange] {
        let weights = hotIntervals
        var remaining = report.intervals.map { max(0, -$0.difference) }
        let options = careStaff.flatMap { extensionOptions(for: $0, reach: reach, weights: weights) }
        var chosen: [StrategyChange] = []
        var used = Set<String>()
        while chosen.count < limit {
            var best: (value: Double, option: ExtensionOption)?
            for option in options where !used.contains(option.key) {
                let value = option.intervals.reduce(0.0) { $0 + (remaining[$1] > 0 ? weights[$1] : 0) } / option.change.addedHours
                if value > 0, value > (best?.value ?? 0) { best = (value, option) }
            }
            guard let pick = best?.option else { break }
            used.insert(pick.key)
            for i in pick.intervals { remaining[i] -= 1 }
            chosen.append(pick.change)
        }
        return chosen
    }

    /// ``extensions(limit:reach:)`` with, for each member who has a weekly limit, the limit
    /// raised by their added hours (at most 48 h): longer days the limit forbids using add
    /// nothing.
    func extensionsWithLimits() -> [StrategyChange] {
        let chosen = extensions()
        var raises: [StrategyChange] = []
        for member in careStaff {
            let hours = chosen.filter { $0.member == member.id }.reduce(0) { $0 + $1.addedHours }
            guard hours > 0, let limit = member.maxHoursPerWeek, limit < StrategyChange.weeklyHoursCap else { continue }
            raises.append(.raiseLimit(member: member.id, from: limit, to: min(StrategyChange.weeklyHoursCap, limit + hours)))
        }
        return chosen + raises
    }

    /// One possible extension with the week's intervals it covers.
    struct ExtensionOption: Sendable {
        var key: String
        var change: StrategyChange
        var intervals: [Int]
    }

    /// For each day `member` works, the hours before their first period and after their last,
    /// trimmed to the outermost interval with breaches within `reach` minutes.
    func extensionOptions(for member: Member, reach: Int, weights: [Double]) -> [ExtensionOption] {
        let t = report.schedule.timeline
        let clock = t.clock(for: member.timezone)
        var options: [ExtensionOption] = []
        for date in t.week.dates {
            let day = date.weekday
            let periods = member.available[day].filter { !$0.crossesMidnight }
            guard let first = periods.first, let last = periods.last else { continue }
            func interval(_ minute: Int) -> Int? { t.interval(containing: clock.instant(of: date, minute: minute)) }
            // After the last period: up to the latest hot quarter hour within reach.
            var end = last.end.minutes
            var covered: [Int] = []
            var step = last.end.minutes
            while step + 15 <= min(1440, last.end.minutes + reach) {
                if let i = interval(step), weights[i] > 0, !member.available.covers(day, minute: step) {
                    end = step + 15
                }
                step += 15
            }
            if end > last.end.minutes {
                covered = stride(from: last.end.minutes, to: end, by: 15).compactMap(interval)
                let added = TimePeriod(start: last.end, end: ClockTime(minutes: end))
                options.append(ExtensionOption(key: "\(member.id) \(day) after",
                                               change: .extendAvailability(member: member.id, day: day, added: added), intervals: covered))
            }
            // Before the first period: from the earliest hot quarter hour within reach.
            var start = first.start.minutes
            step = first.start.minutes - 15
            while step >= max(0, first.start.minutes - reach) {
                if let i = interval(step), weights[i] > 0, !member.available.covers(day, minute: step) { start = step }
                step -= 15
            }
            if start < first.start.minutes {
                covered = stride(from: start, to: first.start.minutes, by: 15).compactMap(interval)
                let added = TimePeriod(start: ClockTime(minutes: start), end: first.start)
                options.append(ExtensionOption(key: "\(member.id) \(day) before",
                                               change: .extendAvailability(member: member.id, day: day, added: added), intervals: covered))
            }
        }
        return options
    }
}
