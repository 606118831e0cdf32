import Foundation

/// An account without a bio, or content without an account.
struct BioMissingRule: StrategyRule {
    static let description = RuleDescription(
        id: "bio-missing",
        name: "Bio missing",
        severity: .warning,
        rationale: "The bio is the first thing people read: it says who the account is and what to expect from it. A plan that publishes content should say what the profile says.",
        triggering: [
            """
            ↓account: { handle: "@fjordkaffe" }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            ↓content:
              product-news: { by: [kari], every: 3/week }
            """,
            """
            account: { handle: "@fjordkaffe", ↓bio: "  " }
            """,
        ],
        nonTriggering: [
            """
            account: { handle: "@fjordkaffe", bio: "Official account of Fjordkaffe. Care weekdays 08–20." }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        let bio = "bio: \"Official account of \(strategy.name.isEmpty ? "Fjordkaffe" : strategy.name). Care weekdays 08–20.\""
        let help = "add a bio that names the business and says when people get an answer, e.g. \(bio)"
        guard let account = strategy.account else {
            // A written but unreadable `account:` is a loader error, not a missing account.
            guard !strategy.positions.has("account"), !strategy.content.isEmpty else { return [] }
            return [finding("the strategy publishes content but has no `account:` with a bio",
                            at: strategy.positions["content"], help: "add e.g. account: { handle: \"@yourhandle\", \(bio) }")]
        }
        if let bio = account.bio {
            guard bio.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return [] }
            return [finding("the account's bio is empty", at: account.positions["bio"], help: help)]
        }
        guard !account.positions.has("bio") else { return [] }
        return [finding("the account has no bio", at: account.positions.own, help: help)]
    }
}
