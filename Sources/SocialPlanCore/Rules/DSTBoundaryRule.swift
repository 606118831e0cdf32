/// A window, availability or care-hours boundary at a wall time that daylight saving skips or
/// repeats.
struct DSTBoundaryRule: StrategyRule {
    static let description = RuleDescription(
        id: "dst-boundary",
        name: "Boundary in a daylight-saving change",
        severity: .warning,
        rationale: "On the day a zone changes its clocks, some wall times do not exist (spring forward) and some happen twice (fall back); a period that starts or ends at one of them is moved by the time policy that day, which is rarely what was meant.",
        triggering: [
            """
            team:
              nils: { available: { sat-sun: "22:00-06:00" } }
            content:
              us-evening-post: { by: [nils], every: 1/week, ↓at: { sun: "02:30-03:30" } }
            """,
            """
            team:
              ola: { timezone: America/New_York, ↓available: { sun: "01:30-09:00" } }
            """,
        ],
        nonTriggering: [
            """
            team:
              nils: { available: { sat-sun: "22:00-06:00" } }
            content:
              us-evening-post: { by: [nils], every: 1/week, at: { sun: "03:00-04:00" } }
            """,
            """
            team:
              aiko: { timezone: Asia/Tokyo, available: { sun: "02:00-04:00" } }
            """,
        ])

    /// Something with weekly hours read in one zone.
    private struct Owner {
        var what: String
        var hours: WeeklyHours
        var zone: String
        var position: SourcePosition
    }

    /// A wall time where a period starts or ends, on the weekday it falls on.
    private struct Boundary: Hashable {
        var day: Weekday
        var minute: Int
    }

    /// A boundary that falls into changes of one kind.
    private struct Hit {
        var days: Set<Weekday>
        var date: LocalDate
        var change: ClockChange
    }

    func check(_ strategy: Strategy) -> [Diagnostic] {
        var owners: [Owner] = []
        for stream in strategy.content {
            if let windows = stream.windows {
                owners.append(Owner(what: "stream `\(stream.id)` posting window", hours: windows, zone: strategy.timezone, position: stream.positions["at"]))
            }
        }
        for member in strategy.team where !member.available.isEmpty {
            owners.append(Owner(what: "member `\(member.id)` availability", hours: member.available, zone: member.timezone, position: member.positions["available"]))
        }
        if let care = strategy.care, !care.hours.isEmpty {
            owners.append(Owner(what: "care hours", hours: care.hours, zone: strategy.timezone, position: care.positions["hours"]))
        }
        // Computed once per zone per call: about 24 changes each.
        var changesByZone: [String: [ClockChange]] = [:]
        for zone in Set(owners.map(\.zone)) { changesByZone[zone] = ClockChange.changes(in: zone) }
        return owners.flatMap { diagnostics(for: $0, changes: changesByZone[$0.zone] ?? []) }
    }

    /// One finding per boundary time that a change skips or repeats; the date named is the
    /// first affected one from 2026 on (earlier ones only when none is later).
    /// Complexity: O(changes × boundaries).
    private func diagnostics(for owner: Owner, changes: [ClockChange]) -> [Diagnostic] {
        guard !changes.isEmpty else { return [] }
        var boundaries = Set<Boundary>()
        for day in Weekday.allCases {
            for p in owner.hours[day] {
                boundaries.insert(Boundary(day: day, minute: p.start.minutes))
                let end = p.start.minutes + p.lengthMinutes
                boundaries.insert(Boundary(day: end >= 1440 ? day.next : day, minute: end % 1440))
            }
        }
        var hits: [Int: [ClockChange.Kind: Hit]] = [:]
        let from2026 = LocalDate(year: 2026, month: 1, day: 1)
        for change in changes {
            for date in change.dates {
                let weekday = date.weekday
                for b in boundaries where b.day == weekday && change.wallRange.contains(date.dayNumber * 1440 + b.minute) {
                    if var hit = hits[b.minute, default: [:]][change.kind] {
                        hit.days.insert(weekday)
                        if hit.date < from2026 && date >= from2026 { (hit.date, hit.change) = (date, change) }
                        hits[b.minute, default: [:]][change.kind] = hit
                    } else {
                        hits[b.minute, default: [:]][change.kind] = Hit(days: [weekday], date: date, change: change)
                    }
                }
            }
        }
        return hits.keys.sorted().compactMap { minute -> Diagnostic? in
            let byKind = hits[minute] ?? [:]
            let time = ClockTime(minutes: minute)
            var clauses: [String] = []
            var previousDays: Set<Weekday>?
            var moveTo: ClockTime?
            var range = ""
            for kind in [ClockChange.Kind.skipped, .repeated] {
                guard let hit = byKind[kind] else { continue }
                let days = Phrase.weekdaysPlural(Array(hit.days))
                let subject = previousDays == nil ? "\(time) on \(days) " : (previousDays == hit.days ? "" : "on \(days) ")
                let c = hit.change
                switch kind {
                case .skipped:
                    clauses.append("\(subject)does not exist on \(hit.date) (clocks go from \(c.clockFrom) to \(c.clockTo))")
                    if moveTo == nil { (moveTo, range) = (c.clockTo, "\(c.clockFrom)–\(c.clockTo)") }
                case .repeated:
                    clauses.append("\(subject)happens twice on \(hit.date) (clocks go back from \(c.clockFrom) to \(c.clockTo))")
                    if moveTo == nil { (moveTo, range) = (c.clockFrom, "\(c.clockTo)–\(c.clockFrom)") }
                }
                previousDays = hit.days
            }
            guard let target = moveTo else { return nil }
            return finding("\(owner.what) (\(owner.zone)): " + clauses.joined(separator: " and "),
                           at: owner.position,
                           help: "move the boundary out of \(range), e.g. to \(target), so it happens exactly once every day")
        }
    }
}
