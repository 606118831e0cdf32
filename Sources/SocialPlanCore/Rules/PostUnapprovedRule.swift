/// A draft post: `schedule` does not use it, and a strict check does not pass with it.
struct PostUnapprovedRule: StrategyRule {
    static let description = RuleDescription(
        id: "post-unapproved",
        name: "Post not approved",
        severity: .warning,
        rationale: "Only approved posts fill slots. A draft in the library means a slot may go out empty or late; with `--strict` every post must be approved, by a member of the team, before the plan passes.",
        triggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 1/week }
            posts:
              ↓julekaffi: { stream: product-news, text: "Julekaffi is back." }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 1/week }
            posts:
              julekaffi: { stream: product-news, text: "Julekaffi is back.", ↓status: approved }
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 1/week }
            posts:
              julekaffi: { stream: product-news, text: "Julekaffi is back.", status: approved, approved_by: kari }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 1/week }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        strategy.posts.compactMap { post in
            switch post.status {
            case .draft:
                return finding("post `\(post.id)` is a draft; `schedule` fills no slot with it until it is approved",
                               at: post.positions.own, help: "when it is ready, write `status: approved` and `approved_by:` with who approved it",
                               file: post.file)
            case .approved:
                guard post.approvedBy == nil else { return nil }
                return finding("post `\(post.id)` is approved but does not say by whom", at: post.positions["status"],
                               help: "add `approved_by:` with the member id of who approved it", file: post.file)
            }
        }
    }
}
