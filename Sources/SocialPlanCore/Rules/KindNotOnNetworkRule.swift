/// A stream of a kind its network does not have: a repost on Instagram, a thread on LinkedIn.
struct KindNotOnNetworkRule: StrategyRule {
    static let description = RuleDescription(
        id: "kind-not-on-network",
        name: "Kind the network does not have",
        severity: .error,
        rationale: "Each network has its own kinds of post: Instagram has no threads (it has carousels), LinkedIn and Facebook no threads, YouTube only videos and no reposts. A stream the network cannot publish never goes out there.",
        triggering: [
            """
            accounts:
              ig: { network: instagram, handle: "@fjordkaffe", bio: "Offisiell konto for Fjordkaffe." }
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              brew-guide: { kind: thread, by: [kari], every: 1/week, accounts: [↓ig] }
            """,
            """
            accounts:
              li: { network: linkedin, handle: "fjordkaffe", bio: "Official page of Fjordkaffe AS." }
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              brew-guide: { kind: thread, by: [kari], every: 1/week, channels: [↓linkedin] }
            """,
        ],
        nonTriggering: [
            """
            accounts:
              x: { network: x, handle: "@fjordkaffe", bio: "Official account of Fjordkaffe." }
              ig: { network: instagram, handle: "@fjordkaffe", bio: "Official account of Fjordkaffe." }
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              partner-reposts: { kind: repost, by: [kari], every: 2/week }
            """,
            """
            accounts:
              masto: { network: mastodon, handle: "@fjordkaffe@mastodon.social", bio: "Offisiell konto for Fjordkaffe." }
              ig: { network: instagram, handle: "@fjordkaffe", bio: "Offisiell konto for Fjordkaffe." }
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              brew-guide: { kind: thread, by: [kari], every: 1/week, accounts: [masto] }
              brew-photos: { kind: carousel, by: [kari], every: 1/week, accounts: [instagram] }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        strategy.content.flatMap { stream -> [Diagnostic] in
            if stream.targets.isEmpty {
                // Unnamed accounts: the stream goes where its kind exists; nowhere is a finding.
                let networks = strategy.accounts.compactMap(\.network)
                guard stream.kind.isPublished, !networks.isEmpty, strategy.accounts(for: stream).isEmpty else { return [] }
                return [finding("stream `\(stream.id)` is a \(stream.kind.rawValue), which none of the accounts' networks has",
                                at: stream.positions["kind"], help: help(stream.kind, on: networks[0]))]
            }
            return stream.targets.compactMap { target in
                let missing = networks(named: target.value, in: strategy).filter { $0.rules.word(for: stream.kind) == nil }
                guard let network = missing.first else { return nil }
                return finding("stream `\(stream.id)` is a \(stream.kind.rawValue), which \(network.name) does not have",
                               at: target.position, help: help(stream.kind, on: network))
            }
        }
    }

    /// The networks a target names: the account's, or the network itself.
    private func networks(named target: String, in strategy: Strategy) -> [Network] {
        if let account = strategy.account(target) { return account.network.map { [$0] } ?? [] }
        return Network(word: target).map { [$0] } ?? []
    }

    private func help(_ kind: ContentKind, on network: Network) -> String {
        if let other = network.rules.alternative(to: kind), let word = network.rules.word(for: other) {
            return "on \(network.name) write a separate stream with `kind: \(other.rawValue)` (\(network.name) calls it a \(word)), "
                + "or leave \(network.name) out of `accounts`"
        }
        return "leave \(network.name) out of this stream's `accounts` (docs/networks.md lists each network's kinds)"
    }
}
