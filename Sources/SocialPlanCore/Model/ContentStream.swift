/// What a content stream is.
public enum ContentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An ordinary post.
    case post
    /// A thread of several posts.
    case thread
    /// Sharing someone else's post.
    case retweet
    /// A block of time spent answering and engaging (it produces replies, not posts).
    case replySession = "reply-session"
    /// A recurring team routine (review new followers and follow back, curate lists):
    /// scheduled like a post but never published.
    case task

    /// The kind for people: "Post", "Thread", "Retweet", "Reply session", "Task".
    public var label: String {
        switch self {
        case .post: return "Post"
        case .thread: return "Thread"
        case .retweet: return "Retweet"
        case .replySession: return "Reply session"
        case .task: return "Task"
        }
    }

    /// True for kinds that appear on the account's timeline and count toward publishing rules.
    public var isPublished: Bool { self == .post || self == .thread || self == .retweet }

    /// The time a slot takes when `duration` is not written.
    public var defaultDuration: TimeSpan {
        switch self {
        case .post, .thread, .retweet: return TimeSpan(seconds: 0)
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
