/// An SLA target that is not a share above 0 % and at most 100 %.
struct SLATargetRangeRule: StrategyRule {
    static let description = RuleDescription(
        id: "sla-target-range",
        name: "SLA target out of range",
        severity: .error,
        rationale: "A target is the share of mentions answered within the limit: 0 % promises nothing and more than 100 % cannot be reached.",
        triggering: [
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, ↓target: 190% }
            """,
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                urgent: { first_reply: 15m, ↓target: 0% }
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
                normal: { first_reply: 1h, target: 90% }
            """,
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                urgent: { first_reply: 15m, target: 100% }
                normal: { first_reply: 4h, target: 0.8 }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        (strategy.care?.slas ?? []).compactMap { sla in
            let ppm = sla.target.partsPerMillion
            guard ppm <= 0 || ppm > 1_000_000 else { return nil }
            let why = ppm <= 0 ? "promises nothing: a target must be above 0%" : "cannot be reached: a target is at most 100%"
            return finding("sla `\(sla.priority)` target \(sla.target) \(why)",
                           at: sla.positions["target"],
                           help: "write a share above 0% and at most 100%, e.g. target: 90%")
        }
    }
}
