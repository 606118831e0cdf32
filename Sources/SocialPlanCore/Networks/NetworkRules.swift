/// One network's row of the facts table: how long a post may be and how it is counted,
/// hashtags, images, alt text, and what the network calls each kind of content.
///
/// The rows are data (`NetworkRules+Table.swift`); `docs/networks.md` prints the same facts
/// with their sources, and `NetworkRulesTests` checks that every row is complete.
public struct NetworkRules: Sendable, Hashable {
    /// The network this row describes.
    public var network: Network
    /// The most text a post may carry, in the unit `counting` gives.
    public var textLimit: Int
    /// How the network measures text against `textLimit`.
    public var counting: TextCounting
    /// A second limit in UTF-8 bytes, when the network has one besides `textLimit`
    /// (Bluesky: 3000 bytes as well as 300 graphemes).
    public var byteLimit: Int?
    /// The most hashtags a post may carry, `nil` when the network sets no hard limit.
    public var hashtagLimit: Int?
    /// What the network advises about hashtags, with the sentence a rule prints.
    public var hashtagAdvice: HashtagAdvice
    /// The most images one post may carry (a carousel's slides where the network has them).
    public var imagesPerPost: Int
    /// The longest image description (alt text), `nil` when the network documents none.
    public var altTextLimit: Int?
    /// True when the network publishes only videos (no text or image posts).
    public var videoOnly: Bool

    /// True when every post needs an image or a video: Instagram's feed has no text-only posts
    /// (its content-publishing API takes an image, a carousel or a reel), nor do TikTok (a video
    /// or a photo post) and YouTube. A network fact like the others; kept beside `videoOnly`.
    public var needsMedia: Bool { videoOnly || network == .instagram || network == .tiktok }
    /// The network's own word for each kind it has; a kind missing here does not exist there.
    public var kindWords: [ContentKind: String]
    /// What to publish instead of a kind the network does not have.
    public var alternatives: [ContentKind: ContentKind]
    /// Where each fact comes from.
    public var sources: [NetworkSource]

    /// Creates a row.
    public init(network: Network, textLimit: Int, counting: TextCounting, byteLimit: Int? = nil,
                hashtagLimit: Int?, hashtagAdvice: HashtagAdvice, imagesPerPost: Int, altTextLimit: Int?,
                videoOnly: Bool, kindWords: [ContentKind: String], alternatives: [ContentKind: ContentKind],
                sources: [NetworkSource]) {
        self.network = network
        self.textLimit = textLimit
        self.counting = counting
        self.byteLimit = byteLimit
        self.hashtagLimit = hashtagLimit
        self.hashtagAdvice = hashtagAdvice
        self.imagesPerPost = imagesPerPost
        self.altTextLimit = altTextLimit
        self.videoOnly = videoOnly
        self.kindWords = kindWords
        self.alternatives = alternatives
        self.sources = sources
    }

    /// The network's own word for `kind` ("boost" for a repost on Mastodon, "reel" for a
    /// video on Instagram), or `nil` when the network has no such thing. Reply sessions and
    /// tasks are never published, so they exist on every network under their own names.
    public func word(for kind: ContentKind) -> String? {
        if !kind.isPublished { return kind.label.lowercased() }
        return kindWords[kind]
    }

    /// What to write instead of `kind` when the network does not have it (a thread on
    /// Instagram becomes a carousel, a post on TikTok a video); `nil` when the network has
    /// the kind, or has nothing that can stand in for it (a repost on YouTube).
    public func alternative(to kind: ContentKind) -> ContentKind? {
        word(for: kind) == nil ? alternatives[kind] : nil
    }

    /// A row for a network missing from the table; the table test fails before this is used.
    static func unknown(_ network: Network) -> NetworkRules {
        NetworkRules(network: network, textLimit: 0, counting: .utf16, hashtagLimit: nil,
                     hashtagAdvice: HashtagAdvice(sentence: ""), imagesPerPost: 0, altTextLimit: nil,
                     videoOnly: false, kindWords: [:], alternatives: [:], sources: [])
    }
}
