import Foundation

/// An account without a bio, or content without any account.
struct BioMissingRule: StrategyRule {
    static let description = RuleDescription(
        id: "bio-missing",
        name: "Bio missing",
        severity: .warning,
        rationale: "The bio is the first thing people read: it says who the account is and what to expect from it. A plan that publishes content should say what the profile says.",
        triggering: [
            """
            accounts:
              ↓ig: { network: instagram, handle: "@fjordkaffe" }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            ↓content:
              product-news: { by: [kari], every: 3/week }
            """,
            """
            accounts:
              x: { network: x, handle: "@fjordkaffe", ↓bio: "  " }
            """,
        ],
        nonTriggering: [
            """
            accounts:
              x: { network: x, handle: "@fjordkaffe", bio: "Official account of Fjordkaffe. Care weekdays 08–20." }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        let bio = "bio: \"Official account of \(strategy.name.isEmpty ? "Fjordkaffe" : strategy.name). Care weekdays 08–20.\""
        let help = "add a bio that names the business and says when people get an answer, e.g. \(bio)"
        guard !strategy.accounts.isEmpty else {
            // A written but unreadable `accounts:` is a loader error, not a missing account.
            guard !strategy.positions.has("accounts"), !strategy.positions.has("account"), !strategy.content.isEmpty else { return [] }
            return [finding("the strategy publishes content but has no `accounts:` with a bio",
                            at: strategy.positions["content"],
                            help: "add e.g. accounts: { ig: { network: instagram, handle: \"@yourhandle\", \(bio) } }")]
        }
        return strategy.accounts.compactMap { account in
            let whose = strategy.accounts.count == 1 ? "the account" : "account `\(account.id)`"
            if let text = account.bio {
                guard text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
                return finding("\(whose)'s bio is empty", at: account.positions["bio"], help: help)
            }
            guard !account.positions.has("bio") else { return nil }
            return finding("\(whose) has no bio", at: account.positions.own, help: help)
        }
    }
}
