/// A social network a stream can publish to (`channels:` in a strategy).
///
/// The per-network facts (limits, counting, words for kinds) are one table: `rules`
/// (`NetworkRules+Table.swift`, documented with sources in `docs/networks.md`).
public enum Network: String, CaseIterable, Sendable, Hashable, Codable {
    case x, bluesky, mastodon, threads, instagram, facebook, linkedin, tiktok, youtube

    /// The network's own spelling: "X", "Bluesky", "LinkedIn", "TikTok", "YouTube".
    public var name: String {
        switch self {
        case .x: return "X"
        case .bluesky: return "Bluesky"
        case .mastodon: return "Mastodon"
        case .threads: return "Threads"
        case .instagram: return "Instagram"
        case .facebook: return "Facebook"
        case .linkedin: return "LinkedIn"
        case .tiktok: return "TikTok"
        case .youtube: return "YouTube"
        }
    }

    /// Other words people write for a network, lowercased.
    public static let aliases: [String: Network] = [
        "twitter": .x, "bsky": .bluesky, "fb": .facebook, "ig": .instagram, "yt": .youtube,
    ]

    /// The network a word names, ignoring case: its raw value (`linkedin`), its name
    /// (`LinkedIn`) or an alias (`twitter`, `bsky`, `fb`, `ig`, `yt`).
    public init?(word: String) {
        let w = word.lowercased()
        if let n = Network(rawValue: w) { self = n } else if let n = Self.aliases[w] { self = n } else { return nil }
    }

    /// This network's row of the table.
    public var rules: NetworkRules { NetworkRules.table[self] ?? NetworkRules.unknown(self) }
}
