/// A reply-time limit no longer than the time it takes to write a reply.
struct FirstReplyBelowHandleTimeRule: StrategyRule {
    static let description = RuleDescription(
        id: "first-reply-below-handle-time",
        name: "Reply limit within the handle time",
        severity: .error,
        rationale: "The reply a customer sees takes waiting time plus handle time; a `first_reply` or `next_reply` limit no longer than the mean handle time is missed by most replies even when an agent starts at once.",
        triggering: [
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                urgent: { ↓first_reply: 5m, target: 95% }
            """,
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: { mean: 10m, cv: 0.8 }
              sla:
                normal: { first_reply: 1h, ↓next_reply: 10m, target: 90% }
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
            """,
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: { mean: 10m, cv: 0.8 }
              sla:
                normal: { first_reply: 1h, next_reply: 2h, target: 90% }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        guard let care = strategy.care, let handle = care.handleTime else { return [] }
        let mean = handle.mean
        let note = Diagnostic.Note("the mean handle time \(mean) is set here", at: care.positions["handle_time"])
        return care.slas.flatMap { sla -> [Diagnostic] in
            sla.limits.compactMap { key, limit in
                guard limit <= mean else { return nil }
                return finding(
                    "sla `\(sla.priority)` \(key) \(limit) is no longer than the mean handle time \(mean): a reply takes waiting plus handling, so most replies miss it",
                    at: sla.positions[key], notes: [note],
                    help: "set \(key) well above \(mean), e.g. \(key): \(TimeSpan(seconds: mean.seconds * 3))")
            }
        }
    }
}
