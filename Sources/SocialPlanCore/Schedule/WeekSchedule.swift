/// The week's plan: posting calendar, care rota and the staffing they give.
public struct WeekSchedule: Sendable {
    /// The strategy's name.
    public var name: String
    /// The strategy's zone.
    public var timezone: String
    /// The week and its intervals.
    public var timeline: WeekTimeline
    /// Placed posts, threads, retweets, reply sessions and tasks, by start.
    public var posts: [PostingSlot]
    /// Slots that could not be placed, with reasons.
    public var unfilled: [UnfilledSlot]
    /// Published slots the content library has no approved post for (empty when the strategy
    /// has no library at all: see ``hasLibrary``).
    public var emptySlots: [EmptySlot] = []
    /// True when the strategy has posts (`posts:` or `posts_from:`), so slots are filled.
    public var hasLibrary = false
    /// Care shifts, by start then member.
    public var shifts: [CareShift]
    /// Required vs scheduled per 15-minute interval.
    public var staffing: [IntervalStaffing]
    /// The mention forecast behind the requirement.
    public var volume: MentionVolume

    /// Understaffed runs of intervals, merged.
    public var gaps: [StaffingGap]

    /// Total shortfall in agent-intervals (Σ max(0, required − scheduled)).
    public var totalShortfall: Int { staffing.reduce(0) { $0 + max(0, $1.required - $1.scheduled) } }

    /// Intervals that need someone and have nobody on duty.
    public var uncoveredIntervals: Int { staffing.filter { $0.required > 0 && $0.scheduled == 0 }.count }

    /// Minutes of all of `member`'s duties this week: care shifts, plus posting tasks and reply
    /// sessions outside their own shifts (a session inside a shift is part of that shift's time).
    ///
    /// Complexity: O(posts × shifts).
    public func dutyMinutes(of member: String) -> Int {
        let mine = shifts.filter { $0.member == member }
        let timed = posts.filter { $0.author == member && $0.end > $0.start }
            .filter { p in !(p.kind == .replySession && mine.contains { $0.start <= p.start && p.end <= $0.end }) }
        return mine.reduce(0) { $0 + $1.minutes } + timed.reduce(0) { $0 + ($1.end - $1.start) / 60 }
    }

    /// True when nothing is unfilled and no interval is understaffed.
    public var isComplete: Bool { unfilled.isEmpty && totalShortfall == 0 }
}
