/// More hashtags than a network takes: Instagram 5, Threads one topic tag, YouTube 60.
struct HashtagLimitRule: StrategyRule {
    static let description = RuleDescription(
        id: "hashtag-limit",
        name: "More hashtags than the network takes",
        severity: .error,
        rationale: "Some networks cap hashtags: Instagram takes at most 5 since December 2025, Threads one topic tag, YouTube ignores every hashtag past 60. A post over the cap is refused or loses its tags. Counted on the text as published: the stream's and the post's hashtags and those in the text.",
        triggering: [
            """
            accounts:
              ig: { network: instagram, handle: "@fjordkaffe", bio: "Official account of Fjordkaffe." }
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 3/week, hashtags: ["#fjordkaffe", "#kaffe"] }
            posts:
              ↓julekaffi:
                stream: product-news
                status: approved
                approved_by: kari
                text: "Julekaffi is back #julekaffi #jul #bergen #bryggen"
                media: [{ url: "https://cdn.fjordkaffe.no/jul.jpg", alt: "A red cup of coffee" }]
            """,
            """
            accounts:
              threads: { network: threads, handle: "@fjordkaffe", bio: "Official account of Fjordkaffe." }
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 3/week, hashtags: ["#fjordkaffe", ↓"#kaffe"] }
            """,
        ],
        nonTriggering: [
            """
            accounts:
              ig: { network: instagram, handle: "@fjordkaffe", bio: "Official account of Fjordkaffe." }
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 3/week, hashtags: ["#fjordkaffe", "#kaffe"] }
            posts:
              julekaffi:
                stream: product-news
                status: approved
                approved_by: kari
                text: "Julekaffi is back #julekaffi #bergen"
                media: [{ url: "https://cdn.fjordkaffe.no/jul.jpg", alt: "A red cup of coffee" }]
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 3/week, hashtags: ["#a", "#b", "#c", "#d", "#e", "#f"] }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        let streams = strategy.content.compactMap { stream -> Diagnostic? in
            let distinct = stream.distinctHashtags
            return over(distinct.count, on: strategy.networks(for: stream), what: "stream `\(stream.id)` puts \(distinct.count) hashtags on each post") { limit in
                distinct.indices.contains(limit) ? distinct[limit].position : stream.positions["hashtags"]
            }
        }
        let posts = strategy.posts.compactMap { post -> Diagnostic? in
            let tags = Set(strategy.publishedText(of: post).flatMap(NetworkText.hashtags(in:)).map { $0.lowercased() })
            return over(tags.count, on: strategy.networks(for: post), what: "post `\(post.id)` carries \(tags.count) hashtags as published",
                        file: post.file, at: { _ in post.positions.own })
        }
        return streams + posts
    }

    private func over(_ count: Int, on networks: [Network], what: String, file: String? = nil,
                      at position: (Int) -> SourcePosition) -> Diagnostic? {
        let hard = networks.compactMap { n in n.rules.hashtagLimit.map { (n, $0) } }.filter { count > $0.1 }.min { $0.1 < $1.1 }
        guard let (network, limit) = hard else { return nil }
        return finding("\(what); \(network.name) takes at most \(limit)", at: position(limit),
                       help: "keep the \(limit) that matter most (docs/networks.md), or leave \(network.name) out of its accounts", file: file)
    }
}
