/// One placed item of the posting calendar: a post, thread, retweet, reply session or task.
public struct PostingSlot: Sendable, Hashable {
    /// The content stream's id.
    public var stream: String
    /// What it is.
    public var kind: ContentKind
    /// The member who does it.
    public var author: String
    /// Start instant (seconds since 1970 UTC).
    public var start: Int
    /// End instant (`start` + the stream's duration; equal to `start` for posts).
    public var end: Int
    /// The strategy-zone date it falls on.
    public var date: LocalDate
    /// The strategy-zone wall-clock minute it starts at (0…1439).
    public var minute: Int
    /// 1-based number of this slot among the stream's slots this week (for stable calendar ids).
    public var sequence: Int
    /// The accounts it goes to (published kinds) or covers (reply sessions), by id.
    public var accounts: [String] = []
    /// The content library's post that fills it, once ``PostLibraryFill`` has run; `nil` when
    /// no approved post fits (see ``WeekSchedule/emptySlots``) or for kinds that publish nothing.
    public var post: String?

    /// True when it appears on the account's timeline (post, thread, retweet).
    public var isPublished: Bool { kind.isPublished }
}

/// Why a slot could not be placed.
public enum UnfilledReason: Sendable, Hashable, CustomStringConvertible {
    /// The stream has no posting window on that day.
    case noWindow
    /// The day is a blackout date (published kinds only).
    case blackout
    /// The day is a care holiday.
    case holiday
    /// None of the stream's authors is available (working and not away) at any time in the window.
    case nobodyAvailable
    /// The window is too short for the slot's duration.
    case windowTooSmall
    /// Every start time in the window (5-minute steps) already holds a post of the stream.
    case windowFull
    /// Every free time is within `publishing.min_gap` of another published post.
    case minGap(TimeSpan)
    /// The day already has `publishing.max_per_day` published posts.
    case maxPerDay(Int)

    /// Plain words for reports.
    public var description: String {
        switch self {
        case .noWindow: return "no posting window that day"
        case .blackout: return "blackout date"
        case .holiday: return "care holiday"
        case .nobodyAvailable: return "nobody of its authors is available in the window"
        case .windowTooSmall: return "the window is shorter than the slot's duration"
        case .windowFull: return "every start time in the window (5-minute steps) already has a post of this stream"
        case .minGap(let gap): return "every free time in the window is within the \(gap) minimum gap of another post"
        case .maxPerDay(let n): return "the day already has the maximum of \(n) posts"
        }
    }

    /// A stable short code for CSV and JSON.
    public var code: String {
        switch self {
        case .noWindow: return "no-window"
        case .blackout: return "blackout"
        case .holiday: return "holiday"
        case .nobodyAvailable: return "nobody-available"
        case .windowTooSmall: return "window-too-small"
        case .windowFull: return "window-full"
        case .minGap: return "min-gap"
        case .maxPerDay: return "max-per-day"
        }
    }

    /// Which reason to report when several candidates failed differently: the one closest to
    /// being placeable is the most useful to the reader.
    var rank: Int {
        switch self {
        case .maxPerDay: return 6
        case .minGap: return 5
        case .nobodyAvailable: return 4
        case .windowFull: return 3
        case .windowTooSmall: return 3
        case .blackout: return 2
        case .holiday: return 1
        case .noWindow: return 0
        }
    }
}

/// A slot the calendar could not place, with the reason: never dropped silently.
public struct UnfilledSlot: Sendable, Hashable {
    /// The stream.
    public var stream: String
    /// The day it was meant for, when the cadence pins one.
    public var date: LocalDate?
    /// Why it could not be placed.
    public var reason: UnfilledReason
    /// The accounts it was for.
    public var accounts: [String] = []
}
