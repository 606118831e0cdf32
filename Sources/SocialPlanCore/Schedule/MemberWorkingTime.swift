/// One member's working time on real instants: their weekly availability read in their own
/// zone, minus the dates they are away (read in their zone too).
public struct MemberWorkingTime: Sendable {
    /// The member.
    public let member: Member
    /// Their zone over the week.
    public let clock: ZoneClock

    /// Creates the calendar of `member` over `timeline`.
    public init(member: Member, timeline: WeekTimeline) {
        self.member = member
        self.clock = timeline.clock(for: member.timezone)
    }

    /// True when the member is at work at `instant`: inside their availability and not away.
    public func isWorking(at instant: Int) -> Bool {
        let wall = clock.wallTime(at: instant)
        guard !member.away.contains(where: { $0.value.contains(wall.date) }) else { return false }
        return member.available.covers(wall.date.weekday, minute: wall.minute)
    }

    /// True when the member is at work through `[from, to)` (checked every 5 minutes and at the
    /// last minute). An instant range of length 0 checks `from` only.
    public func isWorking(from: Int, to: Int) -> Bool {
        guard isWorking(at: from) else { return false }
        var t = from + 300
        while t < to {
            if !isWorking(at: t) { return false }
            t += 300
        }
        return to - from <= 60 || isWorking(at: to - 60)
    }

    /// True when the member has a fixed shift covering `instant` (in their own zone).
    public func isOnFixedShift(at instant: Int) -> Bool {
        let wall = clock.wallTime(at: instant)
        return member.fixedShifts.covers(wall.date.weekday, minute: wall.minute)
    }
}
