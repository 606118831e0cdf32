/// A reply-time promise that handle times alone make impossible to keep.
struct SLAUnreachableRule: StrategyRule {
    static let description = RuleDescription(
        id: "sla-unreachable",
        name: "SLA target beyond reach of the handle time",
        severity: .warning,
        rationale: "A reply takes waiting plus handle time. Even with an agent free at once, only the share of mentions handled within the limit can meet it (exponential handle times, or lognormal with `cv`), so a target above that share is missed however many people are on duty.",
        triggering: [
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                urgent: { ↓first_reply: 15m, target: 95% }
            """,
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: { mean: 10m, cv: 1.5 }
              sla:
                normal: { first_reply: 4h, ↓next_reply: 20m, target: 90% }
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
                urgent: { first_reply: 30m, target: 95% }
            """,
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: { mean: 6m, cv: 0.5 }
              sla:
                normal: { first_reply: 1h, next_reply: 15m, target: 90% }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        guard let care = strategy.care, let handle = care.handleTime else { return [] }
        let shape = handle.isExponential ? "exponential" : "lognormal, cv \(LoadContext.format(handle.effectiveCV))"
        return care.slas.flatMap { sla -> [Diagnostic] in
            let target = sla.target.fraction
            // Limits at or below the mean are first-reply-below-handle-time's finding.
            guard target > 0, target <= 1 else { return [] }
            return sla.limits.compactMap { key, limit in
                guard limit > handle.mean else { return nil }
                let best = handle.probabilityWithin(seconds: Double(limit.seconds))
                guard best < target else { return nil }
                let needed = handle.minutesToHandle(share: target)
                let bestText = Percentage(percent: (best * 1000).rounded(.down) / 10)
                return finding(
                    "sla `\(sla.priority)` promises \(sla.target) within \(limit), but with handle times averaging \(handle.mean) (\(shape)) only \(bestText) of mentions are handled within \(limit) even with no wait",
                    at: sla.positions[key],
                    notes: [Diagnostic.Note("the handle time is set here", at: care.positions["handle_time"])],
                    help: "raise \(key) to at least \(TimeSpan.minutes(needed)) or lower the target to \(bestText) or less")
            }
        }
    }
}
