/// TEMPORARY stand-in until the networks table lands (same API).
public enum Network: String, CaseIterable, Sendable, Hashable, Codable {
    case x, bluesky, mastodon, threads, instagram, facebook, linkedin, tiktok, youtube

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

    public init?(word: String) {
        let w = word.lowercased()
        if let n = Network(rawValue: w) { self = n; return }
        switch w {
        case "twitter": self = .x
        case "bsky": self = .bluesky
        case "fb": self = .facebook
        case "ig": self = .instagram
        case "yt": self = .youtube
        default: return nil
        }
    }
}

extension Network {
    public var rules: NetworkRules { NetworkRules(network: self) }
}

/// TEMPORARY stand-in.
public struct NetworkRules: Sendable {
    public var network: Network
    public func word(for kind: ContentKind) -> String? {
        switch (network, kind) {
        case (_, .replySession), (_, .task): return kind.rawValue
        case (.instagram, .repost), (.youtube, .repost), (.tiktok, .post), (.youtube, .post): return nil
        case (.instagram, .thread), (.facebook, .thread), (.linkedin, .thread), (.tiktok, .thread), (.youtube, .thread): return nil
        case (.mastodon, .repost): return "boost"
        case (.facebook, .repost): return "share"
        default: return kind.rawValue
        }
    }
}

/// TEMPORARY stand-in.
public enum NetworkHandle {
    public static func problem(with handle: String, on network: Network) -> ValueError? { nil }
}

/// TEMPORARY stand-ins.
extension NetworkRules {
    public var textLimit: Int { [.x: 280, .bluesky: 300, .mastodon: 500, .threads: 500, .instagram: 2200, .facebook: 63206, .linkedin: 3000, .tiktok: 2200, .youtube: 5000][network]! }
    public var hashtagLimit: Int? { network == .instagram ? 30 : nil }
    public var imagesPerPost: Int { network == .instagram ? 20 : 4 }
    public var altTextLimit: Int? { network == .x ? 1000 : nil }
    public var videoOnly: Bool { network == .tiktok || network == .youtube }
    public func alternative(to kind: ContentKind) -> ContentKind? {
        switch (network, kind) {
        case (.instagram, .thread): return .carousel
        case (.linkedin, .thread), (.facebook, .thread): return .post
        case (.tiktok, _), (.youtube, _): return .video
        default: return nil
        }
    }
}
public enum NetworkText {
    public static func length(of text: String, on network: Network) -> Int { text.count }
}
