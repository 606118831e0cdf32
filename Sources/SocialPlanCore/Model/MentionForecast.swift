/// A wall-clock date and time in the strategy's zone, `2026-11-27 08:00`.
public struct LocalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var date: LocalDate
    public var time: ClockTime

    /// Creates a date-time.
    public init(date: LocalDate, time: ClockTime) {
        self.date = date
        self.time = time
    }

    /// Minutes since 1970-01-01 00:00 on the wall clock (for ordering and lengths).
    public var wallMinutes: Int { date.dayNumber * 1440 + time.minutes }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { a.wallMinutes < b.wallMinutes }

    /// `2026-11-27 08:00`.
    public var description: String { "\(date) \(time)" }

    /// Parses `YYYY-MM-DD HH:MM` (a `T` between them is accepted too).
    public static func parse(_ text: String) -> Result<LocalDateTime, ValueError> {
        let t = text.trimmingSpaces
        let parts = t.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard parts.count == 2 else {
            return .failure(ValueError("`\(text)` is not a date and time", help: "write \"2026-11-27 08:00\""))
        }
        switch (LocalDate.parse(String(parts[0])), ClockTime.parse(String(parts[1]), allowMidnightEnd: true)) {
        case (.success(let d), .success(let c)):
            return .success(c.minutes == 1440 ? LocalDateTime(date: d.adding(days: 1), time: ClockTime(minutes: 0))
                                              : LocalDateTime(date: d, time: c))
        case (.failure(let e), _), (_, .failure(let e)):
            return .failure(ValueError("`\(text)` is not a date and time: \(e.message)", help: "write \"2026-11-27 08:00\""))
        }
    }
}

/// A period when mentions run higher or lower than usual (a sale, a launch, an outage).
public struct MentionEvent: Sendable, Hashable {
    public var name: String
    /// Start, wall clock in the strategy's zone.
    public var from: LocalDateTime
    /// End (exclusive).
    public var to: LocalDateTime
    /// Multiplier on the forecast volume while the event lasts.
    public var factor: Double
    /// Where the event is written.
    public var positions: KeyPositions

    /// Creates an event.
    public init(name: String, from: LocalDateTime, to: LocalDateTime, factor: Double, positions: KeyPositions) {
        self.name = name
        self.from = from
        self.to = to
        self.factor = factor
        self.positions = positions
    }
}

/// Follow-ups: customers writing again in a thread after the first reply.
public struct Followups: Sendable, Hashable {
    /// Share of threads with a follow-up.
    public var share: Percentage
    /// Typical delay after the reply.
    public var after: TimeSpan

    /// Creates follow-up settings.
    public init(share: Percentage, after: TimeSpan) {
        self.share = share
        self.after = after
    }
}

/// What comes in: weekly volume, its shape over the week, priorities, follow-ups, events.
public struct MentionForecast: Sendable, Hashable {
    /// Mentions per week (before events and post-driven mentions).
    public var perWeek: Double
    /// The shape of the week.
    public var profile: MentionProfile
    /// Share of each priority, in file order.
    public var priorities: [Located<PriorityShare>]
    /// Follow-ups, when any.
    public var followups: Followups?
    /// Events.
    public var events: [MentionEvent]
    /// Where the keys are.
    public var positions: KeyPositions

    /// Creates a forecast.
    public init(perWeek: Double, profile: MentionProfile = .builtIn(.flat), priorities: [Located<PriorityShare>] = [],
                followups: Followups? = nil, events: [MentionEvent] = [], positions: KeyPositions) {
        self.perWeek = perWeek
        self.profile = profile
        self.priorities = priorities
        self.followups = followups
        self.events = events
        self.positions = positions
    }
}

/// A priority and its share of the mentions.
public struct PriorityShare: Sendable, Hashable {
    public var priority: String
    public var share: Percentage

    /// Creates a share.
    public init(priority: String, share: Percentage) {
        self.priority = priority
        self.share = share
    }
}
