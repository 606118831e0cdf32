/// An SLA on the business clock while care has no hours to count.
struct BusinessClockWithoutHoursRule: StrategyRule {
    static let description = RuleDescription(
        id: "business-clock-without-hours",
        name: "Business clock without care hours",
        severity: .error,
        rationale: "The business clock counts only time inside care hours; without `hours:` it never runs, so no reply can ever be late and the SLA measures nothing.",
        triggering: [
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90%, ↓clock: business }
            """,
            """
            team:
              kari: { roles: [care], available: { mon-sun: "00:00-24:00" } }
            care:
              staff: [role: care]
              handle_time: 6m
              sla:
                urgent: { first_reply: 15m, target: 95%, clock: calendar }
                normal: { first_reply: 4h, target: 90%, ↓clock: business }
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90%, clock: business }
            """,
            """
            team:
              kari: { roles: [care], available: { mon-sun: "00:00-24:00" } }
            care:
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90% }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        // `hours:` written but empty is a loader error or every day off; only a missing key is
        // certainly "no hours".
        guard let care = strategy.care, care.hours.isEmpty, !care.positions.has("hours") else { return [] }
        return care.slas.filter { $0.clock == .business }.map { sla in
            finding("sla `\(sla.priority)` counts on the business clock, but care has no `hours:`, so its clock never runs",
                    at: sla.positions["clock"],
                    help: "add care hours, e.g. hours: { mon-fri: \"08:00-16:00\" }, or write `clock: calendar`")
        }
    }
}
