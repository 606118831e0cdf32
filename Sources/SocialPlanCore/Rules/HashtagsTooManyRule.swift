/// More hashtags on a stream's posts than its networks advise; three where the stream reaches
/// no network. (Past a network's own limit: hashtag-limit.)
struct HashtagsTooManyRule: StrategyRule {
    static let description = RuleDescription(
        id: "hashtags-too-many",
        name: "Too many hashtags",
        severity: .warning,
        rationale: "A few hashtags help people find a post; more read as spam, crowd out the message and tend to lower reach. How many depends on the network: X advises 1–2, LinkedIn 3–5, Threads takes one topic tag and Instagram at most 5 (docs/networks.md); three where no network is named.",
        triggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 3/week, hashtags: ["#fjordkaffe", "#kaffe", "#coffee", ↓"#oslo"] }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              recipes:
                by: [kari]
                every: 1/week
                hashtags: ["#oppskrift", "#kaffe", "#baking", ↓"#helg", "#kos", "#fjordkaffe"]
            """,
            """
            accounts:
              x: { network: x, handle: "@fjordkaffe", bio: "Official account of Fjordkaffe." }
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 3/week, hashtags: ["#fjordkaffe", "#kaffe", ↓"#bergen"] }
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 3/week, hashtags: ["#fjordkaffe", "#kaffe", "#oslo"] }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 3/week, hashtags: ["#fjordkaffe"] }
              recipes: { by: [kari], every: 1/week, hashtags: ["#oppskrift", "#kaffe", "#baking"] }
            """,
            """
            accounts:
              li: { network: linkedin, handle: "fjordkaffe", bio: "Official page of Fjordkaffe AS." }
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              company-news: { by: [kari], every: 1/week, hashtags: ["#kaffe", "#bergen", "#brenneri", "#baerekraft"] }
            """,
        ])

    /// The most hashtags a post should carry where no network of the stream says otherwise.
    static let limit = 3

    func check(_ strategy: Strategy) -> [Diagnostic] {
        let streams = strategy.content.compactMap { stream -> Diagnostic? in
            // Repeats are hashtag-duplicate's finding; count each tag once.
            let distinct = stream.distinctHashtags
            let networks = strategy.networks(for: stream)
            guard !networks.isEmpty else {
                guard distinct.count > Self.limit else { return nil }
                return finding(
                    "stream `\(stream.id)` puts \(distinct.count) hashtags on each post; more than \(Self.limit) read as spam and lower reach",
                    at: distinct[Self.limit].position,
                    notes: [Diagnostic.Note("the hashtags start here", at: stream.positions["hashtags"])],
                    help: "keep the \(Self.limit) that matter most to the people you want to reach")
            }
            // Past a network's own limit is hashtag-limit's error; this is the advice.
            guard !networks.contains(where: { n in n.rules.hashtagLimit.map { distinct.count > $0 } ?? false }) else { return nil }
            return over(distinct.count, on: networks, what: "stream `\(stream.id)` puts \(distinct.count) hashtags on each post") { limit in
                distinct.indices.contains(limit) ? distinct[limit].position : stream.positions["hashtags"]
            }
        }
        return streams
    }

    /// The warning for `count` hashtags past the advice of one of `networks` (the tightest speaks).
    private func over(_ count: Int, on networks: [Network], what: String, at position: (Int) -> SourcePosition) -> Diagnostic? {
        let advised = networks.compactMap { n in n.rules.hashtagAdvice.recommendedMost.map { (n, $0) } }.filter { count > $0.1 }.min { $0.1 < $1.1 }
        guard let (network, most) = advised else { return nil }
        return finding("\(what); \(network.rules.hashtagAdvice.sentence)", at: position(most),
                       help: "keep the \(most) that matter most to the people you want to reach on \(network.name)")
    }
}
