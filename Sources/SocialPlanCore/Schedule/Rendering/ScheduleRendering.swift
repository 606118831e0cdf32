/// A planned week as `schedule` shows it: the plan, its strategy, optionally one member.
public struct ScheduleView: Sendable {
    public var schedule: WeekSchedule
    public var strategy: Strategy
    /// Only this member's posts and shifts (intervals stay whole).
    public var member: String?

    public init(schedule: WeekSchedule, strategy: Strategy, member: String? = nil) {
        self.schedule = schedule
        self.strategy = strategy
        self.member = member
    }
}

/// `schedule --format …`.
public enum ScheduleRendering: ReportRendering {
    public static let formats: [OutputFormat] = [.text, .markdown, .csv, .json, .ics]

    public static func render(_ view: ScheduleView, as format: OutputFormat) -> String {
        let (schedule, strategy, member) = (view.schedule, view.strategy, view.member)
        switch format {
        case .markdown: return ScheduleMarkdownRenderer.render(schedule, strategy: strategy, member: member)
        case .csv: return ScheduleCSVRenderer.render(schedule, strategy: strategy, member: member)
        case .json: return ScheduleJSONRenderer.render(schedule, strategy: strategy, member: member)
        case .ics: return ScheduleICSRenderer.render(schedule, strategy: strategy, member: member)
        default: return ScheduleTextRenderer(member: member).render(schedule, strategy: strategy)
        }
    }
}
