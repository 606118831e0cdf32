/// When someone is on care duty in a week: one flag per 15-minute slot from Monday 00:00 to
/// Sunday 23:45 in the strategy's zone. The audit counts replies sent outside it
/// (docs/audit.md, "Agents").
public struct OnDutyWeek: Sendable, Hashable {
    /// Slots in a week.
    static let slotCount = 7 * 96
    private var onDuty = Array(repeating: false, count: slotCount)

    /// A week with someone on duty in the given slots (0 = Monday 00:00–00:15); slots outside
    /// the week are ignored.
    public init(onDutySlots: some Sequence<Int>) {
        for s in onDutySlots where onDuty.indices.contains(s) { onDuty[s] = true }
    }

    /// The week of `schedule`'s care rota: on duty where any care shift is scheduled.
    /// Complexity: O(intervals).
    public init(schedule: WeekSchedule) {
        for row in schedule.staffing where row.scheduled > 0 {
            let wall = schedule.timeline.wallTime(ofInterval: row.index)
            onDuty[Self.slot(weekday: wall.date.weekday, minute: wall.minute)] = true
        }
    }

    /// The rota `strategy` plans for `week`; nil when the strategy has no care staff, and then
    /// `week` is not evaluated (the command line only works it out when needed).
    /// Complexity: that of planning the week (``WeekScheduler/schedule(_:week:)``).
    public init?(strategy: Strategy, week: @autoclosure () throws -> ISOWeek) rethrows {
        guard let care = strategy.care, !strategy.members(for: care.staff.map(\.value)).isEmpty else { return nil }
        self.init(schedule: WeekScheduler.schedule(strategy, week: try week()))
    }

    /// True when someone is on duty at `minute` (0–1439) of `weekday`.
    public func isOnDuty(weekday: Weekday, minute: Int) -> Bool { onDuty[Self.slot(weekday: weekday, minute: minute)] }

    private static func slot(weekday: Weekday, minute: Int) -> Int {
        (weekday.rawValue - 1) * 96 + min(95, max(0, minute / 15))
    }
}
