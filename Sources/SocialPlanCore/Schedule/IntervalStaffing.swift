import Foundation

/// Staffing of one 15-minute interval: the net-staffing view of workforce tools.
public struct IntervalStaffing: Sendable, Hashable {
    /// Interval index in the week.
    public var index: Int
    /// Start instant.
    public var start: Int
    /// Expected arrivals (first contacts and follow-ups).
    public var arrivals: Double
    /// Agents needed answering (before shrinkage).
    public var rawRequired: Int
    /// Agents to plan on duty: ``needed`` rounded to the nearest whole agent, at least one when
    /// anyone is needed (see ``CareRequirement``).
    public var required: Int
    /// Agents the rota puts on duty.
    public var scheduled: Int
    /// True when some SLA target is beyond reach of the handle time in this interval, so the
    /// requirement aims at 98 % of the best share possible (see docs/scheduling.md).
    public var targetBeyondReach: Bool

    /// The exact on-duty need: answering agents / (1 − shrinkage), fractional.
    public var needed: Double = 0

    /// `scheduled − required`: negative is a shortfall.
    public var difference: Int { scheduled - required }
}

extension Care {
    /// True when care is open at a strategy-zone wall time: inside care hours and not a holiday.
    public func isOpen(date: LocalDate, minute: Int) -> Bool {
        !holidays.contains { $0.value.contains(date) } && hours.covers(date.weekday, minute: minute)
    }

    /// For every interval of `timeline`, whether care is open at its start.
    ///
    /// Complexity: O(intervals × holidays).
    public func openIntervals(of timeline: WeekTimeline) -> [Bool] {
        (0..<timeline.intervalCount).map { i in
            let wall = timeline.wallTime(ofInterval: i)
            return isOpen(date: wall.date, minute: wall.minute)
        }
    }
}
