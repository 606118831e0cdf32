/// A content stream whose authors are never available inside its posting windows.
struct AuthorsNeverAvailableRule: StrategyRule {
    static let description = RuleDescription(
        id: "authors-never-available",
        name: "Authors never available in the posting window",
        severity: .error,
        rationale: "A stream can only be scheduled when one of its authors is at work inside one of its windows; otherwise every slot of it goes unfilled.",
        triggering: [
            """
            team:
              kari: { roles: [editor], available: { mon-fri: "08:00-12:00" } }
            content:
              evening-tips: { by: [role: editor], every: 2/week, ↓at: { mon-fri: "18:00-20:00" } }
            """,
            """
            team:
              ola: { timezone: America/New_York, available: { mon-fri: "09:00-11:00" } }
            content:
              morning-news: { by: [ola], every: daily, ↓at: { daily: "08:00-10:00" } }
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { roles: [editor], available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [role: editor], every: 3/week, at: { mon-fri: "09:00-11:00" } }
            """,
            """
            team:
              ola: { timezone: America/New_York, available: { mon-fri: "03:00-05:00" } }
            content:
              morning-news: { by: [ola], every: weekdays, at: { mon-fri: "09:00-11:00" } }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        strategy.content.compactMap { stream in
            let authors = strategy.members(for: stream.authors.map(\.value))
            guard !authors.isEmpty, authors.allSatisfy(\.isAvailabilityKnown) else { return nil }
            let availability = authors.reduce(WeekCoverage.empty) {
                $0.union(WeekCoverage(member: $1, strategyZone: strategy.timezone))
            }
            let windows = stream.windows.map(WeekCoverage.init) ?? .always
            guard !windows.isEmpty, availability.intersection(windows).isEmpty else { return nil }
            let names = authors.map(\.firstName).joined(separator: ", ")
            return finding(
                "stream `\(stream.id)`: its authors (\(names)) are never available inside its posting windows",
                at: stream.positions["at"],
                help: "widen the windows under `at:`, add authors to `by:`, or extend the authors' `available:` hours")
        }
    }
}
