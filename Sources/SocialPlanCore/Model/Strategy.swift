import YAMLTree

/// A business's social-media plan: what is said, who says it, how often, and how fast
/// customers get a reply. The model of one strategy file (format version 1).
public struct Strategy: Sendable, Hashable {
    /// Format version; only `1` exists.
    public var version: Int
    /// The business's name.
    public var name: String
    /// The strategy's IANA zone: weeks, posting windows and care hours are read in it.
    public var timezone: String
    /// The accounts the plan publishes to and answers on, in file order (`accounts:`; the
    /// older single `account:` loads as one account without a network).
    public var accounts: [Account]
    /// The posts themselves: the content library (`posts:` and the files of `posts_from:`).
    public var posts: [Post]
    /// The folder of post files (`posts_from:`), as written.
    public var postsFrom: Located<String>?
    /// The people, in file order.
    public var team: [Member]
    /// The content streams, in file order.
    public var content: [ContentStream]
    /// Account-wide publishing rules.
    public var publishing: Publishing
    /// Customer care: hours, staff, reply-time promises.
    public var care: Care?
    /// The forecast of incoming mentions.
    public var mentions: MentionForecast?
    /// How reply logs are read for the audit (`audit:`).
    public var audit: AuditSettings?
    /// Rule ids switched off for this file (`disable:`).
    public var disabledRules: [Located<String>]
    /// Where each top-level key is.
    public var positions: KeyPositions

    /// Creates a strategy.
    public init(version: Int = 1, name: String, timezone: String, accounts: [Account] = [], team: [Member] = [],
                content: [ContentStream] = [], publishing: Publishing = Publishing(), care: Care? = nil,
                mentions: MentionForecast? = nil, audit: AuditSettings? = nil, disabledRules: [Located<String>] = [],
                positions: KeyPositions = KeyPositions(own: SourcePosition(line: 1, column: 1))) {
        self.version = version
        self.name = name
        self.timezone = timezone
        self.accounts = accounts
        self.posts = []
        self.team = team
        self.content = content
        self.publishing = publishing
        self.care = care
        self.mentions = mentions
        self.audit = audit
        self.disabledRules = disabledRules
        self.positions = positions
    }

    /// The member with `id`.
    public func member(_ id: String) -> Member? { team.first { $0.id == id } }

    /// The members an author list names, in team order, without repeats.
    public func members(for refs: [AuthorRef]) -> [Member] {
        team.filter { m in refs.contains { $0.matches(m) } }
    }

    /// The account with `id`.
    public func account(_ id: String) -> Account? { accounts.first { $0.id == id } }

    /// Every role named by any member.
    public var roles: Set<String> { Set(team.flatMap(\.roles)) }
}

/// A reference to who may do something: one member by id, or everyone with a role.
public enum AuthorRef: Sendable, Hashable, CustomStringConvertible {
    case member(String)
    case role(String)

    /// True when `member` is this member or has this role.
    public func matches(_ member: Member) -> Bool {
        switch self {
        case .member(let id): return member.id == id
        case .role(let r): return member.roles.contains(r)
        }
    }

    /// `kari` or `role: care`.
    public var description: String {
        switch self {
        case .member(let id): return id
        case .role(let r): return "role: \(r)"
        }
    }
}
