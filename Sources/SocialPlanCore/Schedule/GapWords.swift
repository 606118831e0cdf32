/// The words for a gap, shared by every format (text, markdown, and the JSON `description`),
/// owned by the schedule rather than by one renderer: changing a renderer's layout never
/// changes what another format says.
public enum GapWords {
    /// "Tue 18:00–21:00: 2 on duty, 4 needed — Ola and Kari are available but not scheduled".
    public static func sentence(_ block: StaffingGap, schedule: WeekSchedule, strategy: Strategy) -> String {
        func span(_ low: Int, _ high: Int) -> String { low == high ? "\(low)" : "\(low)–\(high)" }
        let line = "\(when(block, timeline: schedule.timeline)): \(span(block.fewestOnDuty, block.mostOnDuty)) on duty, "
            + "\(span(block.fewestNeeded, block.mostNeeded)) needed"
        return line + " — " + reasons(block, strategy: strategy, care: strategy.care)
    }

    /// `Tue 18:00–21:00`, `Sun 22:00–Mon 02:00` or `all week`.
    public static func when(_ block: StaffingGap, timeline t: WeekTimeline) -> String {
        let a = t.clock.wallTime(at: t.instant(ofInterval: block.first))
        let b = t.clock.wallTime(at: t.instant(ofInterval: block.end))
        if block.first == 0 && block.end == t.intervalCount { return "all week" }
        let endText = b.date == a.date ? InstantFormat.clock(b.minute)
            : (b.minute == 0 && b.date == a.date.adding(days: 1) ? "24:00" : "\(b.date.weekday.shortName) \(InstantFormat.clock(b.minute))")
        return "\(a.date.weekday.shortName) \(InstantFormat.clock(a.minute))–\(endText)"
    }

    /// Who was at work but off duty in `block`, grouped by the rule that kept them off, or that
    /// nobody else was at work.
    public static func reasons(_ block: StaffingGap, strategy: Strategy, care: Care?) -> String {
        func list(_ ids: [String]) -> String { Phrase.list(ids.map { strategy.member($0)?.firstName ?? $0 }) }
        let rules = care?.rota ?? RotaRules()
        var parts: [String] = []
        for reason in GapCover.Reason.allCases {
            let ids = block.cover.filter { $0.reason == reason }.map(\.member)
            guard !ids.isEmpty else { continue }
            let one = ids.count == 1
            switch reason {
            case .weeklyLimit: parts.append("\(list(ids)) \(one ? "has" : "have") used the weekly hours (care, sessions and tasks)")
            case .longestShift: parts.append("\(list(ids)) \(one ? "is" : "are") already on a \(rules.maxShift) shift")
            case .rest: parts.append("\(list(ids)) would break the \(rules.minRest) rest between shifts")
            case .shortWindow: parts.append("\(list(ids)) \(one ? "is" : "are") at work for less than the \(rules.minShift) minimum shift")
            case .hoursLeft: parts.append("\(list(ids)) \(one ? "has" : "have") hours left and could cover")
            }
        }
        if parts.isEmpty { parts.append("nobody else on care staff is at work then") }
        return parts.joined(separator: "; ")
    }
}
