/// The shape of a value in a strategy file: what the loader accepts and the schema describes.
public indirect enum ValueShape: Sendable {
    case text
    /// A whole number inside the limit.
    case integer(Limit)
    /// A number inside the limit.
    case number(Limit)
    /// A duration (`15m`, `1h30m`) inside the limit.
    case duration(Limit)
    case clockPeriod
    case weeklyHours
    /// A percentage (`80%`) or fraction (`0.8`) inside the limit.
    case percentage(Limit)
    case date
    case dateSpan
    case dateTime
    case cadence
    case zone
    case authorRef
    case choice([String])
    /// A list of the shape (a single value is accepted where `oneOrList` is used instead).
    case list(ValueShape)
    /// A single value or a list of them.
    case oneOrList(ValueShape)
    /// A mapping with the fixed keys of a section.
    case section(FormatSection)
    /// A mapping whose keys the user chooses (ids, day sets, priorities).
    case map(key: MapKey, value: ValueShape)
    /// Any of several shapes.
    case either([ValueShape])
}

/// What the keys of a user-keyed mapping are.
public enum MapKey: String, Sendable {
    case id = "an id (letters, digits, - and _)"
    case weekdays = "a day or days (mon, mon-fri, sat-sun, mon,wed,fri)"
    case priority = "a priority name"
    case account = "an account id or a network name"
}

/// One key of a section.
public struct FormatField: Sendable {
    public var name: String
    public var shape: ValueShape
    public var summary: String
    public var required: Bool
    public var defaultValue: String?

    init(_ name: String, _ shape: ValueShape, _ summary: String, required: Bool = false, default defaultValue: String? = nil) {
        self.name = name
        self.shape = shape
        self.summary = summary
        self.required = required
        self.defaultValue = defaultValue
    }
}

/// A mapping with fixed keys, named by its path in the file (`care.sla.<priority>`).
public struct FormatSection: Sendable {
    public let path: String
    public let fields: [FormatField]
    /// The key names, for unknown-key checks and suggestions.
    public let keyNames: [String]

    init(path: String, fields: [FormatField]) {
        self.path = path
        self.fields = fields
        self.keyNames = fields.map(\.name)
    }
}

/// Strategy format version 1, key by key. The loader checks keys against it, `socialplan schema`
/// turns it into JSON Schema, and a test checks `docs/strategy-format.md` names every key.
public enum FormatSpec {
    /// The older single-account form (`account:`), still read as one account without a network.
    public static let account = FormatSection(path: "account", fields: [
        FormatField("handle", .text, "the account's handle, e.g. \"@fjordkaffe\""),
        FormatField("bio", .text, "the profile text; say who is speaking for the business"),
    ])

    public static let accountEntry = FormatSection(path: "accounts.<id>", fields: [
        FormatField("network", .choice(Network.allCases.map(\.rawValue)), "the network: " + Network.allCases.map(\.rawValue).joined(separator: ", "), required: true),
        FormatField("handle", .text, "the handle as the network writes it: \"@fjordkaffe\", \"@fjordkaffe.no\" (Bluesky), \"@fjordkaffe@mastodon.social\"", required: true),
        FormatField("bio", .text, "the profile text; say who is speaking for the business"),
        FormatField("timezone", .zone, "the zone this account's posting windows are read in", default: "the strategy's timezone"),
    ])

    public static let streamTiming = FormatSection(path: "content.<id>.per_account.<account>", fields: [
        FormatField("every", .cadence, "how often on these accounts", default: "the stream's `every`"),
        FormatField("at", .weeklyHours, "posting windows on these accounts, in the account's zone", default: "the stream's `at`"),
    ])

    public static let feedLimits = FormatSection(path: "publishing.per_account.<account>", fields: [
        FormatField("min_gap", .duration(Limits.minGap), "least time between two published posts of the account", default: "`publishing.min_gap`"),
        FormatField("max_per_day", .integer(Limits.maxPerDay), "most published posts per local day on the account", default: "`publishing.max_per_day`"),
    ])

    public static let postMedia = FormatSection(path: "posts.<id>.media[]", fields: [
        FormatField("file", .text, "an image or video file, relative to the strategy", default: "`url` instead"),
        FormatField("url", .text, "an https URL of the image or video", default: "`file` instead"),
        FormatField("alt", .text, "the text alternative for people who cannot see it; required for images"),
        FormatField("kind", .choice(["image", "video"]), "image or video", default: "video for .mp4, .mov, .m4v, .webm, .avi, .mkv, else image"),
    ])

    public static let post = FormatSection(path: "posts.<id>", fields: [
        FormatField("stream", .text, "the content stream the post belongs to", required: true),
        FormatField("accounts", .oneOrList(.text), "account ids or network names it goes to", default: "every account of its stream"),
        FormatField("text", .oneOrList(.text), "the text as published; a list for the parts of a thread (in a post file: the body)", required: true),
        FormatField("link", .text, "an http(s) link added after the text (for a repost: the post shared)", default: "none"),
        FormatField("media", .list(.section(postMedia)), "images and videos, each with alt text", default: "none"),
        FormatField("hashtags", .oneOrList(.text), "hashtags added after the text, besides the stream's", default: "none"),
        FormatField("status", .choice(PostStatus.allCases.map(\.rawValue)), "draft, or approved (only approved posts are scheduled)", default: "draft"),
        FormatField("approved_by", .text, "the member id who approved it", default: "none"),
        FormatField("not_before", .date, "first date it may go out", default: "any date"),
        FormatField("not_after", .date, "last date it may go out", default: "any date"),
        FormatField("recycle_after", .duration(Limits.recycleAfter), "evergreen: it may go out again this long after it last did (e.g. 8w)", default: "once only"),
        FormatField("published", .oneOrList(.date), "dates it went out before", default: "none"),
    ])

    public static let member = FormatSection(path: "team.<id>", fields: [
        FormatField("name", .text, "display name", default: "the id"),
        FormatField("roles", .oneOrList(.text), "roles such as editor or care", default: "none"),
        FormatField("timezone", .zone, "the member's IANA zone; availability is read in it", default: "the strategy's timezone"),
        FormatField("available", .weeklyHours, "when the member can work, per weekday, several periods a day allowed", default: "never"),
        FormatField("max_hours_per_week", .number(Limits.maxHoursPerWeek), "most hours a week of all duties: care shifts, reply sessions and tasks", default: "no limit"),
        FormatField("away", .oneOrList(.dateSpan), "dates or date ranges away", default: "none"),
        FormatField("shifts", .weeklyHours, "fixed care shifts, in the member's zone; the rota honours them first", default: "none"),
    ])

    public static let stream = FormatSection(path: "content.<id>", fields: [
        FormatField("about", .text, "what the stream is about"),
        FormatField("kind", .choice(ContentKind.acceptedWords), "post, thread, repost (also written retweet, boost or share), carousel, video, reply-session or task (a routine that is scheduled but never published)", default: "post"),
        FormatField("by", .oneOrList(.authorRef), "who may do it: member ids or `role: NAME`", required: true),
        FormatField("every", .cadence, "how often: n/day, n/week, daily or weekdays", required: true),
        FormatField("at", .weeklyHours, "posting windows per weekday, in the strategy's zone", default: "whenever an author is available"),
        FormatField("duration", .duration(Limits.slotDuration), "how long one slot takes its author", default: "0m for posts, 30m for reply sessions, 15m for tasks"),
        FormatField("hashtags", .oneOrList(.text), "hashtags for each post", default: "none"),
        FormatField("accounts", .oneOrList(.text), "account ids or network names it publishes to (reply sessions: answers on)",
                    default: "every account whose network has the kind"),
        FormatField("channels", .oneOrList(.text), "the older name of `accounts`", default: "none"),
        FormatField("per_account", .map(key: .account, value: .section(streamTiming)), "`every` and `at` for some accounts or networks", default: "none"),
        FormatField("replies_per_post", .number(Limits.repliesPerPost), "mentions each post tends to draw (feeds the forecast)", default: "0"),
    ])

    public static let publishing = FormatSection(path: "publishing", fields: [
        FormatField("min_gap", .duration(Limits.minGap), "least time between two published posts of one account", default: "none"),
        FormatField("max_per_day", .integer(Limits.maxPerDay), "most published posts per local day on one account", default: "no limit"),
        FormatField("blackout", .oneOrList(.dateSpan), "dates with no publishing", default: "none"),
        FormatField("per_account", .map(key: .account, value: .section(feedLimits)), "`min_gap` and `max_per_day` for some accounts or networks", default: "none"),
    ])

    public static let handleTime = FormatSection(path: "care.handle_time", fields: [
        FormatField("mean", .duration(Limits.handleTimeMean), "mean time spent on one mention", required: true),
        FormatField("cv", .number(Limits.handleTimeCV), "coefficient of variation (lognormal); exponential when absent", default: "1 (exponential)"),
    ])

    public static let sla = FormatSection(path: "care.sla.<priority>", fields: [
        FormatField("first_reply", .duration(Limits.replyTime), "time from a mention to the first reply", required: true),
        FormatField("next_reply", .duration(Limits.replyTime), "time from a customer follow-up to the next reply", default: "not measured"),
        FormatField("target", .percentage(Limits.target), "share of mentions that must be answered within the limit", required: true),
        FormatField("clock", .choice(ReplyClock.allCases.map(\.rawValue)), "calendar counts all time; business counts care hours only", default: "business when care hours are given, else calendar"),
    ])

    public static let triageRule = FormatSection(path: "care.triage.<priority>", fields: [
        FormatField("keywords", .oneOrList(.text), "words and phrases, matched whole after case and accent folding", default: "none"),
        FormatField("regex", .oneOrList(.text), "regular expressions matched against the text as written, ignoring case", default: "none"),
        FormatField("not", .oneOrList(.text), "phrases inside which a keyword does not count", default: "none"),
    ])

    public static let rota = FormatSection(path: "care.rota", fields: [
        FormatField("min_shift", .duration(Limits.minShift), "shortest care shift the planner may create", default: "2h"),
        FormatField("max_shift", .duration(Limits.maxShift), "longest care shift", default: "9h"),
        FormatField("min_rest", .duration(Limits.minRest), "least time between two shifts of one member", default: "11h"),
    ])

    public static let care = FormatSection(path: "care", fields: [
        FormatField("hours", .weeklyHours, "care hours per weekday in the strategy's zone", default: "none (no business clock possible)"),
        FormatField("holidays", .oneOrList(.dateSpan), "dates without care hours", default: "none"),
        FormatField("staff", .oneOrList(.authorRef), "who answers: member ids or `role: NAME`", required: true),
        FormatField("accounts", .oneOrList(.text), "account ids or network names whose mentions care answers; every SLA holds for them", default: "every account"),
        FormatField("handle_time", .either([.duration(Limits.handleTimeMean), .section(handleTime)]), "mean handle time, or { mean, cv }", required: true),
        FormatField("shrinkage", .percentage(Limits.shrinkage), "share of paid time not spent answering; planned as a fraction of on-duty time", default: "0%"),
        FormatField("max_occupancy", .percentage(Limits.maxOccupancy), "highest acceptable share of answering time busy, as a daily average", default: "no cap"),
        FormatField("confidence", .percentage(Limits.confidence), "share of weeks that should keep each promise; `check` judges the simulated share of weeks kept against it", default: "80%"),
        FormatField("sla", .map(key: .priority, value: .section(sla)), "reply-time promise per priority", required: true),
        FormatField("triage", .map(key: .priority, value: .either([.oneOrList(.text), .section(triageRule)])),
                    "keywords and phrases (or { keywords, regex, not }) that put a mention into a priority", default: "none"),
        FormatField("default_priority", .text, "the priority of a mention no triage rule matches, and of the mix's unassigned share",
                    default: "`normal` if there is such an SLA, else required with several SLAs"),
        FormatField("rota", .section(rota), "shift rules for the care rota", default: "2h to 9h shifts, 11h rest"),
        FormatField("queue", .choice(QueueDiscipline.allCases.map(\.rawValue)),
                    "order waiting mentions are answered in: priority (strict SLA order, oldest first) or earliest-deadline (the next SLA breach first)",
                    default: QueueDiscipline.default.rawValue),
    ])

    public static let followups = FormatSection(path: "mentions.followups", fields: [
        FormatField("share", .percentage(Limits.share), "share of threads where the customer writes again", required: true),
        FormatField("after", .duration(Limits.followupAfter), "typical delay of the follow-up after the reply", required: true),
    ])

    public static let event = FormatSection(path: "mentions.events[]", fields: [
        FormatField("name", .text, "what the event is", required: true),
        FormatField("from", .dateTime, "start, \"YYYY-MM-DD HH:MM\" in the strategy's zone", required: true),
        FormatField("to", .dateTime, "end (exclusive)", required: true),
        FormatField("factor", .number(Limits.eventFactor), "multiplier on the forecast volume", required: true),
    ])

    public static let mentions = FormatSection(path: "mentions", fields: [
        FormatField("per_week", .number(Limits.mentionsPerWeek), "mentions per week", required: true),
        FormatField("profile", .either([.choice(BuiltInProfile.allCases.map(\.rawValue)), .map(key: .weekdays, value: .list(.number(Limits.profileWeight)))]),
                    "a built-in weekly shape, or 24 weights per weekday", default: "flat"),
        FormatField("priorities", .map(key: .priority, value: .percentage(Limits.share)), "share of each priority; sums to 100%", default: "all in the first SLA priority"),
        FormatField("followups", .section(followups), "customer follow-ups in a thread", default: "none"),
        FormatField("events", .list(.section(event)), "periods of higher or lower volume", default: "none"),
    ])

    public static let auditColumns = FormatSection(path: "audit.columns", fields: [
        FormatField("id", .text, "the message id column", default: "tweet_id"),
        FormatField("parent", .text, "the column naming the message answered", default: "in_response_to_tweet_id without `columns`, else none"),
        FormatField("author", .text, "the author column", default: "author_id"),
        FormatField("inbound", .text, "a true/false column: true when a customer wrote it", default: "inbound, unless `accounts` is given"),
        FormatField("timestamp", .text, "the time column", default: "created_at"),
        FormatField("text", .text, "the message text column", default: "text without `columns`, else none"),
        FormatField("responses", .text, "a column listing the ids of replies (\"5,7\")", default: "response_tweet_id without `columns`, else none"),
        FormatField("priority", .text, "a column giving the priority; overrides triage keywords", default: "none"),
        FormatField("agent", .text, "a column naming the agent; overrides the signature", default: "none"),
        FormatField("status", .text, "a column giving the conversation's status; solved, closed, resolved, done, completed or complete on a customer's message closes it", default: "none"),
    ])

    public static let audit = FormatSection(path: "audit", fields: [
        FormatField("format", .choice(AuditSettings.Kind.allCases.map(\.rawValue)), "the log layout: twcs, csv (mapped) or jsonl (mapped)", default: "twcs"),
        FormatField("columns", .section(auditColumns), "column (or JSON field) names of a csv or jsonl log", default: "the TWCS names"),
        FormatField("accounts", .oneOrList(.text), "support account names: a message by one of them is a reply, any other a customer's", default: "none (the inbound column decides)"),
        FormatField("time_format", .text, "iso8601, twitter, unix, unix-ms or a pattern such as \"%Y-%m-%d %H:%M:%S\"", default: "iso8601 (twitter for twcs)"),
        FormatField("timezone", .text, "zone of times written without an offset: an IANA zone or an offset like +01:00", default: "UTC"),
        FormatField("signature", .text, "regular expression finding the agent's signature in a reply's text", default: "none"),
        FormatField("closing", .oneOrList(.text), "phrases that only close a conversation (\"cheers mate\"), added to the built-in list per language", default: "the built-in list"),
    ])

    public static let strategy = FormatSection(path: "", fields: [
        FormatField("version", .integer(Limits.version), "format version; 1", required: true),
        FormatField("name", .text, "the business's name", required: true),
        FormatField("timezone", .zone, "IANA Area/Location zone of the business", required: true),
        FormatField("accounts", .map(key: .id, value: .section(accountEntry)), "the accounts, by id, each on one network", default: "none"),
        FormatField("account", .section(account), "the older single-account form; write `accounts:` instead", default: "none"),
        FormatField("team", .map(key: .id, value: .section(member)), "the people, by id", default: "none"),
        FormatField("content", .map(key: .id, value: .section(stream)), "content streams, by id", default: "none"),
        FormatField("publishing", .section(publishing), "publishing rules for each account's feed", default: "none"),
        FormatField("posts", .map(key: .id, value: .section(post)), "the content library: posts by id", default: "none"),
        FormatField("posts_from", .text, "a folder beside the strategy whose `*.md` files are posts (front matter + text)", default: "none"),
        FormatField("care", .section(care), "customer care and reply-time promises", default: "none"),
        FormatField("mentions", .section(mentions), "forecast of incoming mentions", default: "none"),
        FormatField("audit", .section(audit), "how reply logs are read for `socialplan audit`", default: "TWCS logs"),
        FormatField("disable", .oneOrList(.text), "rule ids switched off for this file", default: "none"),
    ])

    /// Every section, for docs and tests.
    public static let allSections: [FormatSection] = [strategy, accountEntry, account, member, stream, streamTiming, publishing, feedLimits,
                                                    post, postMedia, care, handleTime, sla, triageRule, rota, mentions, followups, event, audit, auditColumns]
}
