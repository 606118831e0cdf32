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
    /// The accounts it publishes to (or, for reply sessions, answers on), as written in
    /// `accounts:` (or the older `channels:`): account ids or network names. Empty means every
    /// account whose network has the stream's kind.
    public var targets: [Located<String>]
    /// `every` and `at` written for some accounts or networks only.
    public var perAccount: [PerAccount<StreamTiming>]
    /// Mentions each post tends to draw (feeds the forecast).
    public var repliesPerPost: Double?
    /// Where the keys are; `own` is the stream's id.
    public var positions: KeyPositions

    /// Creates a stream.
    public init(id: String, about: String? = nil, kind: ContentKind = .post, authors: [Located<AuthorRef>] = [],
                cadence: Cadence? = nil, windows: WeeklyHours? = nil, duration: TimeSpan? = nil,
                hashtags: [Located<String>] = [], targets: [Located<String>] = [], repliesPerPost: Double? = nil,
                positions: KeyPositions) {
        self.id = id
        self.about = about
        self.kind = kind
        self.authors = authors
        self.cadence = cadence
        self.windows = windows
        self.duration = duration ?? kind.defaultDuration
        self.hashtags = hashtags
        self.targets = targets
        self.perAccount = []
        self.repliesPerPost = repliesPerPost
        self.positions = positions
    }
}

extension ContentStream {
    /// The hashtags, each once (case does not matter), in the order written.
    public var distinctHashtags: [Located<String>] {
        var seen = Set<String>()
        return hashtags.filter { seen.insert($0.value.lowercased()).inserted }
    }
}

/// How often and when, written for some accounts of a stream only (`per_account:`).
public struct StreamTiming: Sendable, Hashable {
    /// `every`, when written.
    public var cadence: Cadence?
    /// `at`, when written.
    public var windows: WeeklyHours?

    /// Creates a timing override.
    public init(cadence: Cadence? = nil, windows: WeeklyHours? = nil) {
        self.cadence = cadence
        self.windows = windows
    }
}

/// Limits of one account's feed, written for some accounts or networks (`publishing.per_account`).
public struct FeedLimits: Sendable, Hashable {
    /// Least time between two published posts of the account.
    public var minGap: TimeSpan?
    /// Most published posts per local day on the account.
    public var maxPerDay: Int?

    /// Creates limits.
    public init(minGap: TimeSpan? = nil, maxPerDay: Int? = nil) {
        self.minGap = minGap
        self.maxPerDay = maxPerDay
    }
}

/// Publishing rules for every account's feed. Tasks and reply sessions do not count toward them.
public struct Publishing: Sendable, Hashable {
    /// Least time between two published posts of one account.
    public var minGap: TimeSpan?
    /// Most published posts per local day on one account.
    public var maxPerDay: Int?
    /// Other limits for some accounts or networks.
    public var perAccount: [PerAccount<FeedLimits>] = []
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

extension Publishing {
    /// These rules with the tightest feed limits among `accounts` (the largest `min_gap`, the
    /// smallest `max_per_day`): what a slot cross-posted to all of them must keep. Without
    /// accounts, the general limits.
    public func tightest(for accounts: [Account]) -> Publishing {
        guard !accounts.isEmpty else { return self }
        var copy = self
        let all = accounts.map { limits(for: $0) }
        copy.minGap = all.compactMap(\.minGap).max()
        let caps = all.compactMap(\.maxPerDay)
        copy.maxPerDay = caps.count == all.count ? caps.min() : nil
        return copy
    }

    /// The limits of `account`'s feed: its `per_account` entry's values, else the general ones.
    public func limits(for account: Account?) -> FeedLimits {
        let own: FeedLimits? = account.flatMap { perAccount.override(for: $0) }
        return FeedLimits(minGap: own?.minGap ?? minGap, maxPerDay: own?.maxPerDay ?? maxPerDay)
    }
}
