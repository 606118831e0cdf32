/// Care is set up but no time is planned for engaging with the community.
struct NoEngagementStreamRule: StrategyRule {
    static let description = RuleDescription(
        id: "no-engagement-stream",
        name: "No reply session planned",
        severity: .note,
        rationale: "Care answers those who write in; a `reply-session` stream plans time to join conversations, answer comments and thank people, which is what makes an account social rather than a broadcast.",
        triggering: [
            """
            team:
              kari: { roles: [care, editor], available: { mon-fri: "08:00-16:00" } }
            ↓content:
              product-news: { by: [role: editor], every: 3/week }
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
            ↓care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90% }
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { roles: [care, editor], available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [role: editor], every: 3/week }
              community-hour: { kind: reply-session, by: [role: care], every: weekdays, at: { mon-fri: "14:00-15:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90% }
            """,
            """
            team:
              kari: { roles: [editor], available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [role: editor], every: 3/week }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        guard let care = strategy.care, !strategy.content.contains(where: { $0.kind == .replySession }) else { return [] }
        let position = strategy.positions.has("content") ? strategy.positions["content"] : care.positions.own
        return [finding(
            "care is set up, but no content stream is a reply session, so no time is planned for joining conversations",
            at: position,
            help: "add a stream like community-hour: { kind: reply-session, by: [role: care], every: weekdays, at: { mon-fri: \"14:00-15:00\" } }")]
    }
}
