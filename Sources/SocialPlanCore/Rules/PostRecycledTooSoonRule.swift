/// A post that went out again sooner than `recycle_after` allows, or twice without being evergreen.
struct PostRecycledTooSoonRule: StrategyRule {
    static let description = RuleDescription(
        id: "post-recycled-too-soon",
        name: "Post recycled too soon",
        severity: .warning,
        rationale: "Followers notice the same post twice in a short time, and some networks hold back repeated text. An evergreen post (`recycle_after`) should wait that long between outings; any other post goes out once.",
        triggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              brew-guide: { by: [kari], every: 1/week }
            posts:
              french-press:
                stream: brew-guide
                text: "Four minutes, coarse grind, 60 g per litre."
                status: approved
                approved_by: kari
                recycle_after: 8w
                published: [2026-09-07, ↓2026-10-05]
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              brew-guide: { by: [kari], every: 1/week }
            posts:
              french-press:
                stream: brew-guide
                text: "Four minutes, coarse grind, 60 g per litre."
                status: approved
                approved_by: kari
                published: [2026-09-07, ↓2026-11-30]
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              brew-guide: { by: [kari], every: 1/week }
            posts:
              french-press:
                stream: brew-guide
                text: "Four minutes, coarse grind, 60 g per litre."
                status: approved
                approved_by: kari
                recycle_after: 8w
                published: [2026-09-07, 2026-11-02]
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 1/week }
            posts:
              julekaffi: { stream: product-news, text: "Julekaffi is back.", published: 2025-11-20 }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        strategy.posts.flatMap { post -> [Diagnostic] in
            let dates = post.published.sorted { $0.value < $1.value }
            return zip(dates, dates.dropFirst()).compactMap { earlier, later in
                let days = later.value.dayNumber - earlier.value.dayNumber
                if let wait = post.recycleAfter {
                    let needed = (wait.seconds + 86_399) / 86_400
                    guard days < needed else { return nil }
                    return finding("post `\(post.id)` went out again \(days) days after \(earlier.value); `recycle_after: \(wait)` asks for \(needed)",
                                   at: later.position, help: "space its outings at least \(wait) apart, or shorten `recycle_after`", file: post.file)
                }
                return finding("post `\(post.id)` went out twice (\(earlier.value) and \(later.value)) but is not evergreen",
                               at: later.position, help: "add `recycle_after:` (e.g. 8w) if it may go out again, or write a new post", file: post.file)
            }
        }
    }
}
