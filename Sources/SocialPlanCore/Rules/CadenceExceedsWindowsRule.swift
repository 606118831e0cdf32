/// A content stream whose cadence cannot fit into its posting windows in a week.
struct CadenceExceedsWindowsRule: StrategyRule {
    static let description = RuleDescription(
        id: "cadence-exceeds-windows",
        name: "Cadence does not fit the posting windows",
        severity: .error,
        rationale: "A stream's slots follow one another inside its windows, published posts keep the publishing `min_gap` and stay under `max_per_day`; when the windows of a week cannot hold what `every:` asks for, some posts can never be scheduled.",
        triggering: [
            """
            team:
              kari: { available: { mon-sun: "08:00-16:00" } }
            content:
              daily-tip: { by: [kari], ↓every: daily, at: { mon-fri: "09:00-10:00" } }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              flash-deals: { by: [kari], ↓every: 3/day, at: { daily: "12:00-12:30" } }
            publishing: { min_gap: 1h }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              news: { by: [kari], ↓every: 12/week, at: { mon-fri: "09:00-11:00" } }
            publishing: { min_gap: 1h, max_per_day: 2 }
            """,
        ],
        nonTriggering: [
            """
            team:
              ada: { roles: [editor], available: { daily: "08:00-18:00" } }
              bo: { roles: [editor], available: { daily: "08:00-18:00" } }
            content:
              review: { kind: task, duration: 1h, by: [role: editor], every: 2/day, at: { daily: "10:00-11:00" } }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              daily-tip: { by: [kari], every: weekdays, at: { mon-fri: "09:00-10:00" } }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              news: { by: [kari], every: 10/week, at: { mon-fri: "09:00-11:00" } }
            publishing: { min_gap: 1h, max_per_day: 4 }
            """,
            """
            team:
              ola: { available: { mon-fri: "08:00-16:00" } }
            content:
              community-hour: { kind: reply-session, by: [ola], every: 10/week, duration: 1h, at: { mon-fri: "13:00-15:00" } }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        strategy.content.compactMap { stream in
            // Each posting unit (a `per_account` timing or zone) must fit its windows under its
            // accounts' limits; the first that does not is reported (one finding per stream).
            for unit in strategy.postingUnits(of: stream) {
                var variant = unit.stream
                // A timing written under `per_account` is reported at its entry.
                if unit.timing != StreamTiming(cadence: stream.cadence, windows: stream.windows),
                   let entry = stream.perAccount.first(where: { e in unit.accounts.contains { $0.answers(to: e.key.value) } }) {
                    variant.positions.record("every", at: entry.key.position)
                    variant.positions.record("at", at: entry.key.position)
                }
                if let finding = check(variant, in: strategy, accounts: unit.accounts) { return finding }
            }
            return nil
        }
    }

    private func check(_ stream: ContentStream, in strategy: Strategy, accounts: [Account]) -> Diagnostic? {
        guard let cadence = stream.cadence else { return nil }
        let publishing = strategy.publishing.tightest(for: accounts)
        let windows = stream.windows ?? .always
        func perDay(_ capacity: SlotCapacity) -> [Int] { Weekday.allCases.map { capacity.count(in: windows[$0]) } }
        let authors = strategy.members(for: stream.authors.map(\.value)).count
        let fit = perDay(SlotCapacity(stream: stream, publishing: publishing, authors: authors))
        let noun = stream.kind.isPublished ? "post" : (stream.kind == .replySession ? "session" : "slot")

        let message: String
        let shortDays: [Weekday]
        var zeroWeekend = false
        if let required = cadence.requiredDays {
            let need = cadence.perRequiredDay
            shortDays = required.filter { fit[$0.rawValue - 1] < need }
            guard !shortDays.isEmpty else { return nil }
            let byFit = Dictionary(grouping: shortDays) { fit[$0.rawValue - 1] }
            let clauses = byFit.keys.sorted(by: >).map { n -> String in
                let days = byFit[n] ?? []
                if days.count == 7 { return n == 0 ? "none on any day" : "only \(n) a day" }
                return n == 0 ? "none on \(Phrase.days(days))" : "only \(n) on \(Phrase.days(days))"
            }
            let dayText = Phrase.onDays(required)
            let needText = need == 1 ? "a \(noun)" : "\(need) \(noun)s a day"
            message = "stream `\(stream.id)` (every: \(cadence)) needs \(needText) \(dayText), but its posting windows fit \(Phrase.list(clauses))"
            zeroWeekend = cadence == .daily && Set(byFit[0] ?? []) == [.sat, .sun] && byFit.count == 1
        } else {
            let need = cadence.perWeekCount
            let total = fit.reduce(0) { min($0 + $1, SlotCapacity.unlimited) }
            guard total < need else { return nil }
            shortDays = Weekday.allCases
            message = "stream `\(stream.id)` (every: \(cadence)) needs \(Phrase.count(need, noun)) a week, but its posting windows fit \(total == 0 ? "none" : "at most \(total)")"
        }

        // Which publishing limits are involved: the gap when lifting it (cap aside) fits more
        // on a short day, the cap when a short day is at it.
        let index = shortDays.map { $0.rawValue - 1 }
        let withGap = perDay(SlotCapacity(stream: stream, publishing: publishing, authors: authors, applyCap: false))
        let withoutGap = perDay(SlotCapacity(stream: stream, publishing: publishing, authors: authors, applyGap: false, applyCap: false))
        let gapBinds = stream.kind.isPublished && (publishing.minGap?.seconds ?? 0) > 0
            && index.contains { withoutGap[$0] > withGap[$0] }
        let capBinds = stream.kind.isPublished && publishing.maxPerDay.map { cap in index.contains { fit[$0] == cap } } ?? false
        var limits: [String] = []
        if gapBinds, let gap = publishing.minGap { limits.append("publishing min_gap \(gap)") }
        if capBinds, let cap = publishing.maxPerDay { limits.append("publishing max_per_day \(cap)") }
        if stream.duration.seconds > 0 { limits.append("each \(noun) taking \(stream.duration)") }

        var notes: [Diagnostic.Note] = []
        if stream.positions.has("at") { notes.append(Diagnostic.Note("the posting windows of `\(stream.id)` are given here", at: stream.positions["at"])) }
        if gapBinds, let p = publishing.positions, p.has("min_gap") { notes.append(Diagnostic.Note("publishing min_gap is set here", at: p["min_gap"])) }
        if capBinds, let p = publishing.positions, p.has("max_per_day") { notes.append(Diagnostic.Note("publishing max_per_day is set here", at: p["max_per_day"])) }

        let help: String
        if zeroWeekend {
            help = "add windows for sat-sun under `at:`, or write `every: weekdays`"
        } else {
            var fixes = ["widen the windows under `at:`"]
            if gapBinds { fixes.append("shorten publishing `min_gap`") }
            if capBinds { fixes.append("raise publishing `max_per_day`") }
            help = fixes.joined(separator: ", ") + " or ask for less under `every:`"
        }
        let suffix = limits.isEmpty ? "" : " (with \(Phrase.list(limits)))"
        return finding(message + suffix, at: stream.positions["every"], notes: notes, help: help)
    }
}
