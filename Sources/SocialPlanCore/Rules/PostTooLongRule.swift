/// A post longer than a network it goes to allows, counted the way that network counts.
struct PostTooLongRule: StrategyRule {
    static let description = RuleDescription(
        id: "post-too-long",
        name: "Post too long for its network",
        severity: .error,
        rationale: "Each network cuts or refuses text past its limit and counts in its own way: X counts a link as 23 and most CJK characters and emoji as 2, Bluesky counts what people see as characters, Mastodon counts a remote handle by its user part. The text includes the link and hashtags added when it goes out.",
        triggering: [
            """
            accounts:
              x: { network: x, handle: "@fjordkaffe", bio: "Official account of Fjordkaffe." }
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 1/week }
            posts:
              long:
                stream: product-news
                status: approved
                text: ↓"Julekaffi is back: cinnamon, cardamom and a little orange peel, roasted here on Bryggen in small batches every Tuesday and Thursday morning. Come by for a cup, take a bag home, or get it with your subscription — the first December box ships on Monday with a card from the roasters and a recipe for gingerbread."
            """,
            """
            accounts:
              bsky: { network: bluesky, handle: "@fjordkaffe.no", bio: "Official account of Fjordkaffe." }
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              brew-guide: { kind: thread, by: [kari], every: 1/week, hashtags: ["#brewing"] }
            posts:
              french-press:
                stream: brew-guide
                status: approved
                text:
                  - "French press in four minutes: a short thread."
                  - ↓"Use 60 grams of coarsely ground coffee per litre of water, just off the boil at about 94 degrees. Stir once so all the grounds are wet, put the lid on without pressing, and wait exactly four minutes — not five, the cup turns bitter — then press slowly and pour everything at once so it does not go on brewing."
            """,
        ],
        nonTriggering: [
            """
            accounts:
              x: { network: x, handle: "@fjordkaffe", bio: "Official account of Fjordkaffe." }
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 1/week }
            posts:
              short:
                stream: product-news
                status: approved
                text: "Julekaffi is back: cinnamon, cardamom and orange peel. https://fjordkaffe.no/shop/julekaffi-2026-limited-edition-with-a-very-long-path"
            """,
            """
            accounts:
              li: { network: linkedin, handle: "fjordkaffe", bio: "Official page of Fjordkaffe AS." }
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              company-news: { by: [kari], every: 1/week }
            posts:
              roastery:
                stream: company-news
                status: approved
                text: "Julekaffi is back: cinnamon, cardamom and a little orange peel, roasted here on Bryggen in small batches every Tuesday and Thursday morning. Come by for a cup, take a bag home, or get it with your subscription — the first December box ships on Monday with a card from the roasters and a recipe for gingerbread."
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        strategy.posts.flatMap { post -> [Diagnostic] in
            let parts = strategy.publishedText(of: post)
            return strategy.networks(for: post).compactMap { network in
                let limit = network.rules.textLimit
                for (index, text) in parts.enumerated() {
                    let length = NetworkText.length(of: text, on: network)
                    guard length > limit else { continue }
                    let position = post.text.indices.contains(index) ? post.text[index].position : post.positions.own
                    let part = parts.count > 1 ? "part \(index + 1) of post `\(post.id)`" : "post `\(post.id)`"
                    return finding("\(part) is \(length) characters as \(network.name) counts them; \(network.name) allows \(limit)",
                                   at: position,
                                   help: "shorten it by \(length - limit) (the link and hashtags count too)"
                                       + (parts.count == 1 ? ", or make the stream a thread" : ""),
                                   file: post.file)
                }
                return nil
            }
        }
    }
}
