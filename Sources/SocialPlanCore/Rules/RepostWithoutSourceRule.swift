/// A repost in the library that does not say whose post it shares.
struct RepostWithoutSourceRule: StrategyRule {
    static let description = RuleDescription(
        id: "repost-without-source",
        name: "Repost without its source",
        severity: .error,
        rationale: "Sharing someone else's post means crediting them: a repost (retweet, boost, share) needs the link of the post it shares, or there is nothing to repost.",
        triggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              partner-reposts: { kind: repost, by: [kari], every: 2/week }
            posts:
              ↓bakeri: { stream: partner-reposts, text: "Our neighbours bake cinnamon buns every morning." }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              farm-boosts: { kind: boost, by: [kari], every: 1/week }
            posts:
              ↓farm: { stream: farm-boosts, text: "From our coffee farm in Huila." }
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              partner-reposts: { kind: repost, by: [kari], every: 2/week }
            posts:
              bakeri: { stream: partner-reposts, text: "Our neighbours bake every morning.", link: "https://x.com/bakeri/status/1" }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 2/week }
            posts:
              julekaffi: { stream: product-news, text: "Julekaffi is back." }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        strategy.posts.compactMap { post in
            guard post.link == nil, let id = post.stream?.value,
                  strategy.content.first(where: { $0.id == id })?.kind == .repost else { return nil }
            return finding("post `\(post.id)` is a repost but does not say whose post it shares", at: post.positions.own,
                           help: "add `link:` with the address of the post being shared, so it is reposted with credit", file: post.file)
        }
    }
}
