/// Follow-ups are forecast but no SLA measures the replies to them.
struct FollowupsWithoutNextReplyRule: StrategyRule {
    static let description = RuleDescription(
        id: "followups-without-next-reply",
        name: "Follow-ups without a next_reply limit",
        severity: .note,
        rationale: "Follow-ups add work to the queue, but only `next_reply` promises how fast they are answered; without it a customer's second message can wait for ever without a breach.",
        triggering: [
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90% }
            mentions:
              per_week: 300
              ↓followups: { share: 30%, after: 20m }
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
                normal: { first_reply: 2h, target: 90% }
            mentions:
              per_week: 800
              priorities: { urgent: 10%, normal: 90% }
              ↓followups: { share: 20%, after: 1h }
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
                normal: { first_reply: 1h, next_reply: 2h, target: 90% }
            mentions:
              per_week: 300
              followups: { share: 30%, after: 20m }
            """,
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90% }
            mentions:
              per_week: 300
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        guard let mentions = strategy.mentions, mentions.followups != nil,
              let care = strategy.care, !care.slas.isEmpty,
              !care.slas.contains(where: { $0.nextReply != nil }) else { return [] }
        let example = care.slas.first.map { "\($0.priority): { first_reply: \($0.firstReply ?? .hours(1)), next_reply: 2h, target: \($0.target) }" }
        return [finding(
            "followups are forecast, but no sla sets `next_reply`, so how fast follow-ups are answered is not measured",
            at: mentions.positions["followups"],
            notes: care.slas.map { Diagnostic.Note("sla `\($0.priority)` has no next_reply", at: $0.positions.own) },
            help: "add `next_reply:` to an sla" + (example.map { ", e.g. \($0)" } ?? ""))]
    }
}
