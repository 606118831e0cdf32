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
            """
            accounts:
              x: { network: x, handle: "@fjordkaffe", bio: "Offisiell konto for Fjordkaffe." }
              ↓li: { network: linkedin, handle: "fjordkaffe", bio: "Offisiell side for Fjordkaffe AS." }
            team:
              kari: { roles: [care, editor], available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [role: editor], every: 3/week }
              community-hour: { kind: reply-session, by: [role: care], every: weekdays, accounts: [x] }
            care:
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
        guard let care = strategy.care else { return [] }
        let sessions = strategy.content.filter { $0.kind == .replySession }
        if !sessions.isEmpty {
            // Each account care answers on should have some session joining its conversations.
            let covered = Set(sessions.flatMap { strategy.accounts(for: $0).map(\.id) })
            return strategy.careAccounts.filter { !covered.contains($0.id) && $0.network != nil }.map { account in
                finding("no reply session covers `\(account.id)` (\(account.label)), so no time is planned for its conversations",
                        at: account.positions.own,
                        help: "add `\(account.id)` to the `accounts:` of a reply-session stream, or leave `accounts:` out there to cover every account")
            }
        }
        let position = strategy.positions.has("content") ? strategy.positions["content"] : care.positions.own
        return [finding(
            "care is set up, but no content stream is a reply session, so no time is planned for joining conversations",
            at: position,
            help: "add a stream like community-hour: { kind: reply-session, by: [role: care], every: weekdays, at: { mon-fri: \"14:00-15:00\" } }")]
    }
}
