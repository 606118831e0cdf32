/// A date so far from today's plans that it is likely a typo.
struct DateOutOfRangeRule: StrategyRule {
    static let description = RuleDescription(
        id: "date-out-of-range",
        name: "Date outside 2000–2100",
        severity: .warning,
        rationale: "Holidays, absences and blackouts are near-future dates; a year before 2000 or after 2100 is almost always a slip of the keyboard (2062 for 2026), and the date then never applies.",
        triggering: [
            """
            publishing: { blackout: [↓2926-12-25] }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" }, away: [↓0026-07-01..2026-07-21] }
            """,
        ],
        nonTriggering: [
            """
            publishing: { blackout: [2026-12-25] }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" }, away: [2026-07-01..2026-07-21] }
            """,
        ])

    /// Years a strategy's dates are expected in.
    static let plausibleYears = 2000...2100

    func check(_ strategy: Strategy) -> [Diagnostic] {
        DateList.all(in: strategy).flatMap { list in
            list.spans.compactMap { span -> Diagnostic? in
                let odd = [span.value.first, span.value.last].filter { !Self.plausibleYears.contains($0.year) }
                guard let date = odd.first else { return nil }
                return finding("\(list.name) date \(date) is outside the years 2000–2100, likely a typo",
                               at: span.position, help: "check the year, e.g. 2026-12-25")
            }
        }
    }
}
