/// What a content stream is.
public enum ContentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An ordinary post.
    case post
    /// A thread of several posts.
    case thread
    /// Sharing someone else's post with credit: a retweet or repost on X, a boost on
    /// Mastodon, a share on Facebook. `retweet`, `boost` and `share` load as this kind.
    case repost
    /// Several images or pages swiped through in one post (Instagram, LinkedIn documents).
    case carousel
    /// A video post (the only kind on TikTok and YouTube).
    case video
    /// A block of time spent answering and engaging (it produces replies, not posts).
    case replySession = "reply-session"
    /// A recurring team routine (review new followers and follow back, curate lists):
    /// scheduled like a post but never published.
    case task

    /// Other words a file may write for a kind: the networks' own words for a repost.
    public static let synonyms: [String: ContentKind] = ["retweet": .repost, "boost": .repost, "share": .repost]

    /// Every word `kind:` accepts, canonical names first.
    public static var acceptedWords: [String] { allCases.map(\.rawValue) + synonyms.keys.sorted() }

    /// The kind a word names (canonical or synonym).
    public init?(word: String) {
        if let k = ContentKind(rawValue: word) { self = k } else if let k = Self.synonyms[word] { self = k } else { return nil }
    }

    /// The kind for people: "Post", "Thread", "Repost", "Carousel", "Video", "Reply session", "Task".
    public var label: String {
        switch self {
        case .post: return "Post"
        case .thread: return "Thread"
        case .repost: return "Repost"
        case .carousel: return "Carousel"
        case .video: return "Video"
        case .replySession: return "Reply session"
        case .task: return "Task"
        }
    }

    /// True for kinds that appear on an account's timeline and count toward publishing rules.
    public var isPublished: Bool {
        switch self {
        case .post, .thread, .repost, .carousel, .video: return true
        case .replySession, .task: return false
        }
    }

    /// The time a slot takes when `duration` is not written.
    public var defaultDuration: TimeSpan {
        switch self {
        case .post, .thread, .repost, .carousel, .video: return TimeSpan(seconds: 0)
        case .replySession: return .minutes(30)
        case .task: return .minutes(15)
        }
    }
}
