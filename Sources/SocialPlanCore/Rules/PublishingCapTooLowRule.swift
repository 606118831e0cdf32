/// Published streams that together ask for more posts than `publishing.max_per_day` allows.
struct PublishingCapTooLowRule: StrategyRule {
    static let description = RuleDescription(
        id: "publishing-cap-too-low",
        name: "Publishing cap lower than the streams need",
        severity: .error,
        rationale: "`max_per_day` caps every published post of the account, whichever stream it comes from; when the streams together need more posts in a week, or on a day their cadence pins, some of them can never go out.",
        triggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              morning-tip: { by: [kari], every: weekdays }
              lunch-offer: { by: [kari], every: weekdays }
              afternoon-poll: { by: [kari], every: weekdays }
              evening-story: { by: [kari], every: weekdays }
            publishing: { ↓max_per_day: 3 }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              news: { by: [kari], every: 4/week }
              partner-retweets: { kind: retweet, by: [kari], every: 4/week }
            publishing: { ↓max_per_day: 1 }
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { available: { mon-sun: "08:00-16:00" } }
            content:
              morning-tip: { by: [kari], every: daily }
              evening-story: { by: [kari], every: weekdays }
            publishing: { max_per_day: 2 }
            """,
            """
            team:
              kari: { available: { mon-sun: "08:00-16:00" } }
            content:
              morning-tip: { by: [kari], every: daily }
              follow-back: { kind: task, by: [kari], every: 2/day }
            publishing: { max_per_day: 1 }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        guard let positions = strategy.publishing.positions else { return [] }
        // The cap holds per account's feed: check each account with the streams that reach it
        // (at their `per_account` cadence), or all streams once when there are no accounts.
        let feeds: [Account?] = strategy.accounts.isEmpty ? [nil] : strategy.accounts.map { $0 }
        for account in feeds {
            guard let cap = strategy.publishing.limits(for: account).maxPerDay else { continue }
            let own = account.flatMap { a in strategy.publishing.perAccount.first { $0.settings.maxPerDay != nil && a.answers(to: $0.key.value) } }
            let at = own?.key.position ?? positions["max_per_day"]
            let streams: [(stream: ContentStream, cadence: Cadence)] = strategy.content.compactMap { s in
                guard s.kind.isPublished, account.map({ a in strategy.accounts(for: s).contains { $0.id == a.id } }) ?? true,
                      let c = strategy.timing(of: s, for: account).cadence else { return nil }
                // A stream that alone needs more than the cap is reported by cadence-exceeds-windows.
                guard c.perWeekCount <= cap * 7, c.perRequiredDay <= cap else { return nil }
                return (s, c)
            }
            if let finding = check(streams, cap: cap, at: at, on: strategy.accounts.count > 1 ? account : nil) { return [finding] }
        }
        return []
    }

    private func check(_ streams: [(stream: ContentStream, cadence: Cadence)], cap: Int, at position: SourcePosition,
                       on account: Account?) -> Diagnostic? {
        func notes(_ list: [(stream: ContentStream, cadence: Cadence)]) -> [Diagnostic.Note] {
            list.map { Diagnostic.Note("`\($0.stream.id)` posts \(Phrase.cadence($0.cadence)) here", at: $0.stream.positions["every"]) }
        }
        func parts(_ list: [(stream: ContentStream, cadence: Cadence)], _ n: (Cadence) -> Int) -> String {
            list.map { "`\($0.stream.id)` \(n($0.cadence))" }.joined(separator: ", ")
        }
        let whose = account.map { "published streams on `\($0.id)`" } ?? "published streams"

        let weekly = streams.reduce(0) { $0 + $1.cadence.perWeekCount }
        if weekly > cap * 7 {
            return finding(
                "\(whose) need \(weekly) posts a week (\(parts(streams, \.perWeekCount))), but max_per_day \(cap) allows at most \(cap * 7)",
                at: position, notes: notes(streams),
                help: "raise `max_per_day` to \((weekly + 6) / 7), or lower a stream's cadence under `every:`")
        }

        var needByDay: [Weekday: Int] = [:]
        for day in Weekday.allCases {
            needByDay[day] = streams.reduce(0) { $0 + (($1.cadence.requiredDays ?? []).contains(day) ? $1.cadence.perRequiredDay : 0) }
        }
        let over = Weekday.allCases.filter { (needByDay[$0] ?? 0) > cap }
        guard let worst = over.map({ needByDay[$0] ?? 0 }).max() else { return nil }
        let worstDays = over.filter { needByDay[$0] == worst }
        let pinned = streams.filter { s in worstDays.contains { (s.cadence.requiredDays ?? []).contains($0) } }
        let dayText = Phrase.onDays(worstDays)
        return finding(
            "\(whose) need \(worst) posts a day \(dayText) (\(parts(pinned, \.perRequiredDay))), but max_per_day is \(cap)",
            at: position, notes: notes(pinned),
            help: "raise `max_per_day` to \(worst), or move a stream to a weekly cadence like `every: 3/week`")
    }
}
