/// Changes a simulation makes to the plan without editing the strategy file: `simulate
/// --scale-volume` and `--without` (docs/simulation.md, "What-if runs").
public struct WhatIf: Sendable, Hashable {
    /// Factor on every forecast mention (first contacts, replies to posts, follow-ups); 1 = as written.
    public var volumeScale: Double
    /// Members treated as away all week (by id): the week is planned again without them.
    public var without: [String]

    /// Creates a what-if; the default changes nothing.
    public init(volumeScale: Double = 1, without: [String] = []) {
        self.volumeScale = volumeScale
        self.without = without
    }

    /// True when nothing is changed.
    public var isNone: Bool { volumeScale == 1 && without.isEmpty }

    /// The strategy as planned: each member of ``without`` away for the whole week (a day of
    /// margin on both sides for members in other zones) and without fixed shifts.
    public func strategy(_ strategy: Strategy, week: ISOWeek) -> Strategy {
        var changed = strategy
        let span = DateSpan(first: week.monday.adding(days: -1), last: week.monday.adding(days: 7))
        for index in changed.team.indices where without.contains(changed.team[index].id) {
            changed.team[index].away.append(Located(span, at: SourcePosition(line: 0, column: 0)))
            changed.team[index].fixedShifts = .none
        }
        return changed
    }

    /// `schedule` facing the scaled volume: the same posts and rota, the forecast and the
    /// requirement scaled, the understaffed blocks found again.
    ///
    /// Complexity: that of ``CareRequirement/compute(strategy:timeline:volume:)`` plus the
    /// block merge.
    public func schedule(_ schedule: WeekSchedule, strategy: Strategy) -> WeekSchedule {
        guard volumeScale != 1 else { return schedule }
        var changed = schedule
        let f = max(0, volumeScale)
        changed.volume.firstContacts = schedule.volume.firstContacts.map { $0 * f }
        changed.volume.fromPosts = schedule.volume.fromPosts.map { $0 * f }
        changed.volume.followups = schedule.volume.followups.map { $0 * f }
        var staffing = CareRequirement.compute(strategy: strategy, timeline: schedule.timeline, volume: changed.volume)
        for i in staffing.indices where i < schedule.staffing.count { staffing[i].scheduled = schedule.staffing[i].scheduled }
        changed.staffing = staffing
        changed.gaps = WeekScheduler.gaps(of: changed, strategy: strategy)
        return changed
    }
}
