/// The real-time 15-minute intervals of one ISO week in the strategy's zone.
///
/// A week runs from Monday 00:00 to the next Monday 00:00 on the strategy's wall clock, so a week
/// holding a daylight-saving change has 167 or 169 hours (668 or 676 intervals); nothing assumes
/// 672. Interval `i` starts at `start + i × 900` seconds.
public struct WeekTimeline: Sendable {
    /// Seconds in one interval.
    public static let intervalSeconds = 900

    /// The week.
    public let week: ISOWeek
    /// The strategy's zone, read over the week (and a margin for members in other zones).
    public let clock: ZoneClock
    /// Instant (seconds) of Monday 00:00.
    public let start: Int
    /// Instant of the next Monday 00:00.
    public let end: Int

    /// Builds the timeline of `week` in `zone`.
    public init(week: ISOWeek, zone: String) {
        self.week = week
        let mondayWall = week.monday.dayNumber * 86_400
        // A margin of two days each side covers every zone's offset.
        let clock = ZoneClock(zone: zone, from: mondayWall - 2 * 86_400, to: mondayWall + 9 * 86_400)
        self.clock = clock
        self.start = clock.instant(of: week.monday, minute: 0)
        self.end = clock.instant(of: week.monday.adding(days: 7), minute: 0)
    }

    /// Number of 15-minute intervals (672, or 668/676 in a week with a clock change).
    public var intervalCount: Int { (end - start) / Self.intervalSeconds }

    /// Hours in the week (167, 168 or 169).
    public var hours: Int { (end - start) / 3600 }

    /// The instant interval `i` starts.
    public func instant(ofInterval i: Int) -> Int { start + i * Self.intervalSeconds }

    /// The interval holding `instant`, if it is inside the week.
    public func interval(containing instant: Int) -> Int? {
        guard instant >= start, instant < end else { return nil }
        return (instant - start) / Self.intervalSeconds
    }

    /// The strategy-zone wall time at which interval `i` starts.
    public func wallTime(ofInterval i: Int) -> (date: LocalDate, minute: Int) {
        clock.wallTime(at: instant(ofInterval: i))
    }

    /// A clock for another zone over the same span (members abroad).
    public func clock(for zone: String) -> ZoneClock {
        zone == clock.zone ? clock : ZoneClock(zone: zone, from: start - 2 * 86_400, to: end + 2 * 86_400)
    }
}
