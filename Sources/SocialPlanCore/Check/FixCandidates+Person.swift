extension FixCandidates {
    /// One extra care person for the hours that still break promises: per day, the window of
    /// at most the rota's longest shift (and at least its shortest) holding the most breaches in
    /// short intervals (agents short break ties); days taken by breaches, most first, while the
    /// week stays within 48 h. Nil when no interval is short.
    ///
    /// Complexity: O(days × intervals per day²).
    func person() -> StrategyChange? {
        let t = report.schedule.timeline
        // Breaches first; where a promise fails from breaches spread thin, the agents short
        // decide between otherwise equal windows (a hundredth of a breach per agent short).
        let weights = zip(hotIntervals, report.intervals).map { hot, row in
            row.required > 0 && row.difference < 0 ? hot + 0.01 * Double(-row.difference) : 0
        }
        let rules = strategy.care?.rota ?? RotaRules()
        let longest = max(60, rules.maxShift.seconds / 60), shortest = max(15, rules.minShift.seconds / 60)
        var windows: [(day: Weekday, period: TimePeriod, breaches: Double)] = []
        for date in t.week.dates {
            // Quarter hours of the day (strategy zone) with their weights.
            let quarters: [(minute: Int, weight: Double)] = stride(from: 0, to: 1440, by: 15).map { minute in
                let i = t.interval(containing: t.clock.instant(of: date, minute: minute))
                return (minute, i.map { weights[$0] } ?? 0)
            }
            var best: (start: Int, end: Int, weight: Double)?
            for a in quarters.indices where quarters[a].weight > 0 {
                var sum = 0.0
                for b in a..<quarters.count where (b - a + 1) * 15 <= longest {
                    sum += quarters[b].weight
                    guard quarters[b].weight > 0 else { continue }
                    if sum > (best?.weight ?? 0) { best = (quarters[a].minute, quarters[b].minute + 15, sum) }
                }
            }
            guard var window = best else { continue }
            if window.end - window.start < shortest { window.end = min(1440, window.start + shortest) }
            if window.end - window.start < shortest { window.start = max(0, window.end - shortest) }
            windows.append((date.weekday, TimePeriod(start: ClockTime(minutes: window.start), end: ClockTime(minutes: window.end)),
                            window.weight))
        }
        var hours = WeeklyHours.none
        var total = 0
        for w in windows.sorted(by: { $0.breaches > $1.breaches }) {
            guard Double(total + w.period.lengthMinutes) / 60 <= StrategyChange.weeklyHoursCap else { continue }
            hours[w.day] = [w.period]
            total += w.period.lengthMinutes
        }
        guard total > 0 else { return nil }
        return .addPerson(id: newMemberID(), hours: hours)
    }

    /// `extra-care-1`, or the first number not taken by a member.
    func newMemberID() -> String {
        var n = 1
        while strategy.member("extra-care-\(n)") != nil { n += 1 }
        return "extra-care-\(n)"
    }
}
