/// More than three hashtags on each post of a stream.
struct HashtagsTooManyRule: StrategyRule {
    static let description = RuleDescription(
        id: "hashtags-too-many",
        name: "Too many hashtags",
        severity: .warning,
        rationale: "One to three hashtags help people find a post; more read as spam, crowd out the message and tend to lower reach.",
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
        ])

    /// The most hashtags a post should carry.
    static let limit = 3

    func check(_ strategy: Strategy) -> [Diagnostic] {
        strategy.content.compactMap { stream in
            // Repeats are hashtag-duplicate's finding; count each tag once.
            var seen = Set<String>()
            let distinct = stream.hashtags.filter { seen.insert($0.value.lowercased()).inserted }
            guard distinct.count > Self.limit else { return nil }
            let firstExtra = distinct[Self.limit]
            return finding(
                "stream `\(stream.id)` puts \(distinct.count) hashtags on each post; more than \(Self.limit) read as spam and lower reach",
                at: firstExtra.position,
                notes: [Diagnostic.Note("the hashtags start here", at: stream.positions["hashtags"])],
                help: "keep the \(Self.limit) that matter most to the people you want to reach")
        }
    }
}
