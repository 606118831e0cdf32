import YAMLTree

/// Whether a post may go out.
public enum PostStatus: String, Sendable, Hashable, CaseIterable {
    /// Written but not yet approved: `schedule` does not use it.
    case draft
    /// Approved: `schedule` may fill a slot with it.
    case approved
}

/// One image or video attached to a post.
public struct PostMedia: Sendable, Hashable {
    /// The file (relative to the strategy) or URL, as written.
    public var source: String
    /// The text alternative people using screen readers hear.
    public var alt: String?
    /// True for a video (by `kind: video` or a video file extension).
    public var isVideo: Bool
    /// Where the item was written.
    public var position: SourcePosition

    /// Creates a media item.
    public init(source: String, alt: String? = nil, isVideo: Bool = false, position: SourcePosition) {
        self.source = source
        self.alt = alt
        self.isVideo = isVideo
        self.position = position
    }

    /// File extensions read as video when `kind` is not written.
    public static let videoExtensions: Set<String> = ["mp4", "mov", "m4v", "webm", "avi", "mkv"]
}

/// One post of the content library: what is said, where, and when it may go out.
public struct Post: Sendable, Hashable {
    /// The key under `posts:`, or the file name without `.md`.
    public var id: String
    /// The file the post was written in (relative to the strategy's folder); `nil` for `posts:`.
    public var file: String?
    /// The content stream it belongs to.
    public var stream: Located<String>?
    /// Accounts (ids or network names) it goes to; empty means all of its stream's accounts.
    public var targets: [Located<String>]
    /// The text; several parts for a thread, one otherwise. Hashtags and the link are added
    /// when the post is published (see ``publishedText(hashtags:)``).
    public var text: [Located<String>]
    /// A link to add at the end (or the post shared, for a repost).
    public var link: Located<String>?
    /// Images and videos.
    public var media: [PostMedia]
    /// Hashtags added after the text, besides the stream's.
    public var hashtags: [Located<String>]
    /// Draft or approved.
    public var status: PostStatus
    /// The member who approved it.
    public var approvedBy: Located<String>?
    /// First date it may go out (in the strategy's zone).
    public var notBefore: LocalDate?
    /// Last date it may go out.
    public var notAfter: LocalDate?
    /// Evergreen: it may go out again this long after it last went out. `nil`: once only.
    public var recycleAfter: TimeSpan?
    /// Dates it went out before (the history recycling reads).
    public var published: [Located<LocalDate>]
    /// Where the keys are; `own` is the post's id (or the file's first line).
    public var positions: KeyPositions

    /// Creates a post (a draft with no text until the fields are set).
    public init(id: String, file: String? = nil, positions: KeyPositions) {
        self.id = id
        self.file = file
        self.stream = nil
        self.targets = []
        self.text = []
        self.link = nil
        self.media = []
        self.hashtags = []
        self.status = .draft
        self.approvedBy = nil
        self.notBefore = nil
        self.notAfter = nil
        self.recycleAfter = nil
        self.published = []
        self.positions = positions
    }

    /// The last date it went out, if ever.
    public var lastPublished: LocalDate? { published.map(\.value).max() }

    /// True when the post may go out on `date`: inside its dates, and, if it went out before,
    /// evergreen with `recycle_after` passed (counted in whole days from the last date).
    public func mayGoOut(on date: LocalDate) -> Bool { mayGoOut(on: date, lastOut: lastPublished) }

    /// The same, with `lastOut` as the date it last went out (the schedule counts its own week).
    public func mayGoOut(on date: LocalDate, lastOut previous: LocalDate?) -> Bool {
        if let first = notBefore, date < first { return false }
        if let last = notAfter, date > last { return false }
        guard let previous else { return true }
        guard let wait = recycleAfter else { return false }
        return date.dayNumber - previous.dayNumber >= (wait.seconds + 86_399) / 86_400
    }

    /// The parts as published: the text, then the link (unless the text holds it), then the
    /// hashtags (`extra` first, then the post's) the text does not hold yet, on the last part.
    public func publishedText(hashtags extra: [String]) -> [String] {
        var parts = text.map(\.value)
        if parts.isEmpty { parts = [""] }
        var last = parts[parts.count - 1]
        if let link = link?.value, !parts.contains(where: { $0.contains(link) }) {
            last += last.isEmpty ? link : "\n\n" + link
        }
        var seen = Set<String>()
        let tags = (extra + hashtags.map(\.value)).filter { tag in
            let key = tag.lowercased()
            guard seen.insert(key).inserted else { return false }
            return !parts.contains { $0.lowercased().contains(key) }
        }
        if !tags.isEmpty { last += (last.isEmpty ? "" : "\n\n") + tags.joined(separator: " ") }
        parts[parts.count - 1] = last
        return parts
    }
}
