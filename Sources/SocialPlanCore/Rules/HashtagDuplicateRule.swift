/// The same hashtag twice in one stream.
struct HashtagDuplicateRule: StrategyRule {
    static let description = RuleDescription(
        id: "hashtag-duplicate",
        name: "Duplicate hashtag",
        severity: .warning,
        rationale: "Hashtags match regardless of case, so `#Fjordkaffe` and `#fjordkaffe` are the same tag; repeating it takes room from the post and looks careless.",
        triggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 3/week, hashtags: ["#fjordkaffe", "#kaffe", ↓"#fjordkaffe"] }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 3/week, hashtags: ["#Fjordkaffe", ↓"#fjordkaffe"] }
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 3/week, hashtags: ["#fjordkaffe", "#kaffe"] }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 3/week, hashtags: ["#fjordkaffe"] }
              recipes: { by: [kari], every: 1/week, hashtags: ["#fjordkaffe"] }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        strategy.content.flatMap { stream in
            var first: [String: Located<String>] = [:]
            return stream.hashtags.compactMap { tag -> Diagnostic? in
                let key = tag.value.lowercased()
                guard let earlier = first[key] else {
                    first[key] = tag
                    return nil
                }
                return finding(
                    "hashtag `\(tag.value)` is given twice in stream `\(stream.id)`\(earlier.value == tag.value ? "" : " (as `\(earlier.value)` first)")",
                    at: tag.position,
                    notes: [Diagnostic.Note("`\(earlier.value)` is first given here", at: earlier.position)],
                    help: "remove the second one; hashtags match regardless of case")
            }
        }
    }
}
