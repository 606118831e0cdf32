/// A member who alone carries streams that need more of their time than they have.
struct MemberOverbookedRule: StrategyRule {
    static let description = RuleDescription(
        id: "member-overbooked",
        name: "Member overbooked",
        severity: .error,
        rationale: "When a member is the only author of streams, those streams need their time: the slots' durations in a week must fit into their availability and `max_hours_per_week`, and on each day a cadence pins (daily, weekdays, n/day) into the hours they are available inside the streams' windows.",
        triggering: [
            """
            team:
              ola: { available: { mon-fri: "08:00-16:00" }, ↓max_hours_per_week: 10 }
            content:
              community-hour: { kind: reply-session, by: [ola], every: weekdays, duration: 2h, at: { mon-fri: "13:00-16:00" } }
              follow-back: { kind: task, by: [ola], every: weekdays, duration: 30m }
            """,
            """
            team:
              kari: { ↓available: { mon-fri: "08:00-16:00" } }
            content:
              daily-tip: { by: [kari], every: daily, at: { daily: "09:00-10:00" } }
            """,
            """
            team:
              ola: { ↓available: { mon-fri: "12:00-14:00" } }
            content:
              community-hour: { kind: reply-session, by: [ola], every: weekdays, duration: 1h, at: { mon-fri: "13:00-15:00" } }
              follow-back: { kind: task, by: [ola], every: weekdays, duration: 30m, at: { mon-fri: "13:00-15:00" } }
            """,
        ],
        nonTriggering: [
            """
            team:
              ola: { roles: [care], available: { mon-fri: "08:00-16:00" }, max_hours_per_week: 10 }
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            content:
              community-hour: { kind: reply-session, by: [role: care], every: weekdays, duration: 2h, at: { mon-fri: "13:00-16:00" } }
            """,
            """
            team:
              ola: { available: { mon-fri: "08:00-16:00" }, max_hours_per_week: 15 }
            content:
              community-hour: { kind: reply-session, by: [ola], every: weekdays, duration: 2h, at: { mon-fri: "13:00-16:00" } }
              follow-back: { kind: task, by: [ola], every: weekdays, duration: 30m }
            """,
            """
            team:
              ola: { timezone: America/New_York, available: { mon-fri: "03:00-05:00" } }
            content:
              community-hour: { kind: reply-session, by: [ola], every: weekdays, duration: 1h, at: { mon-fri: "09:00-11:00" } }
            """,
        ])

    private typealias Owned = (stream: ContentStream, cadence: Cadence, minutes: Int)

    func check(_ strategy: Strategy) -> [Diagnostic] {
        // A stream has the slots of each of its posting units (docs/content.md): one entry per
        // unit. Each unit's sole author is resolved once, not once per member (that made the
        // rule O(M²·S): a third of `schedule` for 1,000 members).
        let units = strategy.content.flatMap { strategy.postingUnits(of: $0).map(\.stream) }.compactMap { s -> (ContentStream, Cadence, String)? in
            guard let c = s.cadence, let authors = strategy.resolvedMembers(s.authors), authors.count == 1,
                  let only = authors.first else { return nil }
            return (s, c, only.id)
        }
        return strategy.team.flatMap { member in
            check(member, units: units.filter { $0.2 == member.id }.map { ($0.0, $0.1) }, in: strategy)
        }
    }

    private func check(_ member: Member, units: [(ContentStream, Cadence)], in strategy: Strategy) -> [Diagnostic] {
        // No hours at all is member-never-available's finding (or a loader error).
        guard !units.isEmpty, !member.available.isEmpty, member.isAvailabilityKnown else { return [] }
        let availability = WeekCoverage(member: member, strategyZone: strategy.timezone)
        let owned: [Owned] = units.compactMap { s, c in
            // Never available in the windows at all is authors-never-available's finding.
            guard !availability.intersection(s.windows.map(WeekCoverage.init) ?? .always).isEmpty else { return nil }
            return (s, c, (s.duration.seconds + 59) / 60)
        }
        guard !owned.isEmpty else { return [] }
        if let weekly = weeklyFinding(member, owned, available: availability.count) { return [weekly] }
        return dailyFindings(member, owned, availability)
    }

    private func weeklyFinding(_ member: Member, _ owned: [Owned], available: Int) -> Diagnostic? {
        let timed = owned.filter { $0.minutes > 0 }
        let need = timed.reduce(0) { $0 + $1.cadence.perWeekCount * $1.minutes }
        let cap = member.maxHoursPerWeek.map { Int(($0 * 60).rounded(.down)) }
        let limit = min(available, cap ?? available)
        guard need > limit else { return nil }
        let parts = timed.map { "`\($0.stream.id)` \(Phrase.length(minutes: $0.cadence.perWeekCount * $0.minutes))" }
        let capBinds = cap.map { $0 < available } ?? false
        let bound = capBinds ? "max_hours_per_week is \(Phrase.hours(minutes: limit))"
                             : "is available only \(Phrase.length(minutes: available)) a week"
        let streams = timed.count == 1 ? "a stream that needs" : "streams that need"
        return finding(
            "member `\(member.id)` is the only author of \(streams) \(Phrase.length(minutes: need)) a week (\(parts.joined(separator: ", "))), but \(bound)",
            at: member.positions[capBinds ? "max_hours_per_week" : "available"],
            notes: timed.map { Diagnostic.Note("`\($0.stream.id)` is written by \(member.id) alone", at: $0.stream.positions["by"]) },
            help: "add authors to these streams' `by:`, shorten their `duration:` or cadence"
                + (capBinds ? ", or raise `max_hours_per_week`" : ", or give \(member.id) more `available:` hours"))
    }

    private func dailyFindings(_ member: Member, _ owned: [Owned], _ availability: WeekCoverage) -> [Diagnostic] {
        var absent: [Weekday] = [], absentStreams: [Owned] = []
        var short: [String: (days: [Weekday], streams: [Owned], need: Int, inside: Int)] = [:]
        for day in Weekday.allCases {
            let pinned = owned.filter { $0.cadence.requiredDays?.contains(day) ?? false }
            guard !pinned.isEmpty else { continue }
            let need = pinned.reduce(0) { $0 + $1.cadence.perRequiredDay * $1.minutes }
            let windows = pinned.reduce(WeekCoverage.empty) { $0.union(WeekCoverage($1.stream.windows ?? .always, only: day)) }
            let inside = availability.intersection(windows).count
            if inside == 0 {
                absent.append(day)
                absentStreams += pinned.filter { p in !absentStreams.contains { $0.stream.id == p.stream.id } }
            } else if need > inside {
                let key = "\(need)/\(inside)/" + pinned.map(\.stream.id).joined(separator: ",")
                short[key, default: ([], pinned, need, inside)].days.append(day)
            }
        }
        var result: [Diagnostic] = []
        let position = member.positions["available"]
        func names(_ list: [Owned]) -> String { Phrase.list(list.map { "`\($0.stream.id)`" }) }
        func notes(_ list: [Owned]) -> [Diagnostic.Note] {
            list.map { Diagnostic.Note("`\($0.stream.id)` is written by \(member.id) alone and posts \(Phrase.cadence($0.cadence))", at: $0.stream.positions["every"]) }
        }
        if !absent.isEmpty {
            let inside = absentStreams.contains { $0.stream.windows != nil } ? " inside \(absentStreams.count == 1 ? "its" : "their") posting windows" : ""
            result.append(finding(
                "member `\(member.id)` is the only author of \(names(absentStreams)), but is not available\(inside) \(Phrase.onDays(absent))",
                at: position, notes: notes(absentStreams),
                help: "add authors to `by:`, give \(member.id) hours on \(Phrase.days(absent)) under `available:`, or use a weekly cadence like `every: 5/week`"))
        }
        for group in short.values.sorted(by: { ($0.days.first ?? .mon) < ($1.days.first ?? .mon) }) {
            let which = group.streams.count == 1 ? "which needs" : "which need"
            let their = group.streams.count == 1 ? "its" : "their"
            result.append(finding(
                "member `\(member.id)` is the only author of \(names(group.streams)), \(which) \(Phrase.length(minutes: group.need)) \(Phrase.onDays(group.days)), but is available only \(Phrase.length(minutes: group.inside)) inside \(their) windows on \(group.days.count == 1 ? "that day" : "those days")",
                at: position, notes: notes(group.streams),
                help: "add authors to `by:`, widen the windows under `at:`, or shorten `duration:`"))
        }
        return result
    }
}
