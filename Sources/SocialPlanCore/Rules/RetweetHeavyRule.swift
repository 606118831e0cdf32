/// Retweets make up most of what the account publishes.
struct RetweetHeavyRule: StrategyRule {
    static let description = RuleDescription(
        id: "retweet-heavy",
        name: "Mostly reposts",
        severity: .warning,
        rationale: "Followers follow an account for what it has to say; when more than half of the published posts in a week are reposts (retweets, boosts, shares), the timeline is mostly other people's content.",
        triggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 2/week }
              partner-retweets: { kind: retweet, by: [kari], ↓every: weekdays }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              industry-retweets: { kind: retweet, by: [kari], ↓every: 3/week }
              customer-retweets: { kind: retweet, by: [kari], every: 2/week }
              follow-back: { kind: task, by: [kari], every: daily }
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 3/week }
              partner-retweets: { kind: retweet, by: [kari], every: 3/week }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: weekdays }
              how-to-thread: { kind: thread, by: [kari], every: 1/week }
              partner-retweets: { kind: retweet, by: [kari], every: 2/week }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        let published = strategy.content.compactMap { s in s.kind.isPublished ? s.cadence.map { (stream: s, perWeek: $0.perWeekCount) } : nil }
        let retweets = published.filter { $0.stream.kind == .repost }
        let total = published.reduce(0) { $0 + $1.perWeek }
        let shared = retweets.reduce(0) { $0 + $1.perWeek }
        guard shared * 2 > total, let biggest = retweets.max(by: { $0.perWeek < $1.perWeek }) else { return [] }
        let others = retweets.filter { $0.stream.id != biggest.stream.id }
        return [finding(
            "reposts make up \(shared) of the \(total) posts published each week; share your own content more than others'",
            at: biggest.stream.positions["every"],
            notes: others.map { Diagnostic.Note("`\($0.stream.id)` reposts \($0.perWeek) a week", at: $0.stream.positions["every"]) },
            help: "lower the repost cadence under `every:`, or add streams of your own posts")]
    }
}
