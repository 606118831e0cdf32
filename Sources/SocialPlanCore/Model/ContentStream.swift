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

/// One thing the account says (or does) regularly: who, how often, when.
public struct ContentStream: Sendable, Hashable {
    /// The key under `content:`.
    public var id: String
    /// What the stream is about.
    public var about: String?
    /// Post, thread, retweet, reply-session or task.
    public var kind: ContentKind
    /// Who may do it: members or roles.
    public var authors: [Located<AuthorRef>]
    /// How often.
    public var cadence: Cadence?
    /// When, in the strategy's zone; `nil` means whenever an author is available.
    public var windows: WeeklyHours?
    /// How long one slot takes the author.
    public var duration: TimeSpan
    /// Hashtags for each post, as written.
    public var hashtags: [Located<String>]
    /// Where it goes (`x`, `linkedin`, …).
    public var channels: [String]
    /// Mentions each post tends to draw (feeds the forecast).
    public var repliesPerPost: Double?
    /// Where the keys are; `own` is the stream's id.
    public var positions: KeyPositions

    /// Creates a stream.
    public init(id: String, about: String? = nil, kind: ContentKind = .post, authors: [Located<AuthorRef>] = [],
                cadence: Cadence? = nil, windows: WeeklyHours? = nil, duration: TimeSpan? = nil,
                hashtags: [Located<String>] = [], channels: [String] = [], repliesPerPost: Double? = nil,
                positions: KeyPositions) {
        self.id = id
        self.about = about
        self.kind = kind
        self.authors = authors
        self.cadence = cadence
        self.windows = windows
        self.duration = duration ?? kind.defaultDuration
        self.hashtags = hashtags
        self.channels = channels
        self.repliesPerPost = repliesPerPost
        self.positions = positions
    }
}

/// Account-wide publishing rules. Tasks and reply sessions do not count toward them.
public struct Publishing: Sendable, Hashable {
    /// Least time between any two published posts.
    public var minGap: TimeSpan?
    /// Most published posts per local day.
    public var maxPerDay: Int?
    /// Dates with no publishing at all.
    public var blackout: [Located<DateSpan>]
    /// Where the keys are.
    public var positions: KeyPositions?

    /// Creates publishing rules (all optional).
    public init(minGap: TimeSpan? = nil, maxPerDay: Int? = nil, blackout: [Located<DateSpan>] = [], positions: KeyPositions? = nil) {
        self.minGap = minGap
        self.maxPerDay = maxPerDay
        self.blackout = blackout
        self.positions = positions
    }
}
