/// An SLA priority that the forecast's priority mix gives no share.
struct PriorityWithoutForecastRule: StrategyRule {
    static let description = RuleDescription(
        id: "priority-without-forecast",
        name: "SLA priority missing from the forecast",
        severity: .note,
        rationale: "The simulation sends each priority the share `mentions.priorities` gives it; an SLA priority the mix leaves out gets no mentions, so its promise is never tested.",
        triggering: [
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                ↓urgent: { first_reply: 15m, target: 95% }
                normal: { first_reply: 1h, target: 90% }
            mentions:
              per_week: 500
              priorities: { normal: 100% }
            """,
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                ↓vip: { first_reply: 10m, target: 99% }
                urgent: { first_reply: 15m, target: 95% }
                normal: { first_reply: 1h, target: 90% }
            mentions:
              per_week: 500
              priorities: { urgent: 10%, normal: 90% }
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
                urgent: { first_reply: 15m, target: 95% }
                normal: { first_reply: 1h, target: 90% }
            mentions:
              per_week: 500
              priorities: { urgent: 10%, normal: 90% }
            """,
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                urgent: { first_reply: 15m, target: 95% }
                normal: { first_reply: 1h, target: 90% }
            mentions:
              per_week: 500
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        guard let mentions = strategy.mentions, !mentions.priorities.isEmpty, let care = strategy.care else { return [] }
        let named = Set(mentions.priorities.map(\.value.priority))
        return care.slas.filter { !named.contains($0.priority) }.map { sla in
            finding(
                "sla `\(sla.priority)` has no share in mentions priorities, so the forecast sends it no mentions",
                at: sla.positions.own,
                notes: [Diagnostic.Note("the priority mix is given here", at: mentions.positions["priorities"])],
                help: "give `\(sla.priority)` a share under mentions priorities (the shares sum to 100%), or remove its sla")
        }
    }
}
