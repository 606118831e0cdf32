/// A date given twice, or ranges that overlap, within one list.
struct DateOverlapRule: StrategyRule {
    static let description = RuleDescription(
        id: "date-overlap",
        name: "Date or range listed twice",
        severity: .warning,
        rationale: "A date or range that repeats or overlaps another in the same list adds nothing; it usually means one of them has the wrong date.",
        triggering: [
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              holidays: [2026-12-24, 2026-12-25, ↓2026-12-25]
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90% }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" }, away: [2026-07-01..2026-07-21, ↓2026-07-14..2026-07-28] }
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" }, away: [2026-07-01..2026-07-21, 2026-07-22..2026-07-28] }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" }, away: [2026-12-24] }
            publishing: { blackout: [2026-12-24] }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        DateList.all(in: strategy).flatMap { list -> [Diagnostic] in
            // Reversed ranges cover no day; date-range-reversed reports them.
            let spans = list.spans.filter { !$0.value.isReversed }
            return spans.enumerated().compactMap { i, span -> Diagnostic? in
                guard let earlier = spans[..<i].first(where: { $0.value.first <= span.value.last && span.value.first <= $0.value.last }) else { return nil }
                let what = earlier.value == span.value ? "gives \(span.value) twice" : "has \(span.value), which overlaps \(earlier.value)"
                return finding("\(list.name) \(what)", at: span.position,
                               notes: [Diagnostic.Note("\(earlier.value) is given here first", at: earlier.position)],
                               help: "remove the repeat or correct its dates")
            }
        }
    }
}
