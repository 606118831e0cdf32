/// A date range that ends before it starts.
struct DateRangeReversedRule: StrategyRule {
    static let description = RuleDescription(
        id: "date-range-reversed",
        name: "Date range ends before it starts",
        severity: .error,
        rationale: "A range `first..last` covers the days from `first` to `last`; written backwards it covers no day at all, so the holiday, absence or blackout it meant is silently lost.",
        triggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" }, away: [↓2026-12-31..2026-12-24] }
            """,
            """
            publishing: { blackout: [2026-12-24, ↓2027-01-01..2026-12-31] }
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" }, away: [2026-12-24..2026-12-31] }
            """,
            """
            publishing: { blackout: [2026-12-24, 2026-12-31..2027-01-01] }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        DateList.all(in: strategy).flatMap { list in
            list.spans.filter(\.value.isReversed).map { span in
                finding("\(list.name) range \(span.value) ends before it starts, so it covers no day",
                        at: span.position,
                        help: "write the earlier date first: \(span.value.last)..\(span.value.first)")
            }
        }
    }
}
