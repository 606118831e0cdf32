/// The week as Markdown, for a wiki page or a pull-request comment.
public enum ScheduleMarkdownRenderer {
    /// Renders posts, shifts and gaps as tables.
    public static func render(_ schedule: WeekSchedule, strategy: Strategy, member: String? = nil) -> String {
        let t = schedule.timeline
        let clock = t.clock
        func local(_ instant: Int) -> String { let w = clock.wallTime(at: instant); return "\(InstantFormat.day(w.date)) \(InstantFormat.clock(w.minute))" }
        func cell(_ s: String) -> String { s.replacingAll("|", "\\|").replacingAll("\n", " ") }
        var out = "# \(cell(schedule.name)) — week \(t.week)\n\n"
        out += "\(InstantFormat.day(t.week.dates[0])) to \(InstantFormat.day(t.week.dates[6])) \(t.week.dates[6].year), times in \(schedule.timezone) (\(t.hours) hours).\n"
        if let member { out += "Only \(cell(strategy.member(member)?.name ?? member))'s posts and shifts.\n" }
        let posts = schedule.posts.filter { member == nil || $0.author == member }
        out += "\n## Posting calendar\n\n"
        if posts.isEmpty { out += "No slots.\n" } else {
            out += "| when | stream | kind | who | hashtags |\n|---|---|---|---|---|\n"
            for p in posts {
                let tags = strategy.content.first { $0.id == p.stream }?.hashtags.map(\.value).joined(separator: " ") ?? ""
                out += "| \(local(p.start)) | \(cell(p.stream)) | \(p.kind.rawValue) | \(cell(strategy.member(p.author)?.name ?? p.author)) | \(cell(p.isPublished ? tags : "")) |\n"
            }
        }
        let shifts = schedule.shifts.filter { member == nil || $0.member == member }
        out += "\n## Care shifts\n\n"
        if shifts.isEmpty { out += "No shifts.\n" } else {
            out += "| from | to | who | hours |\n|---|---|---|---|\n"
            for s in shifts {
                out += "| \(local(s.start)) | \(local(s.end)) | \(cell(strategy.member(s.member)?.name ?? s.member))\(s.isFixed ? " (fixed)" : "") | \(ScheduleTextRenderer.hours(s.minutes)) |\n"
            }
        }
        out += "\n## Unfilled slots\n\n"
        out += schedule.unfilled.isEmpty ? "None.\n" : ScheduleTextRenderer.grouped(schedule.unfilled).map { u, count in
            "- `\(cell(u.stream))`\(u.date.map { " on \(InstantFormat.day($0))" } ?? "")\(count > 1 ? " (\(count) slots)" : ""): \(u.reason)\n"
        }.joined()
        if member == nil {
            out += "\n## Understaffed\n\n"
            out += schedule.gaps.isEmpty ? "None: every interval has the agents it needs.\n"
                : schedule.gaps.map { "- \(cell(GapWords.sentence($0, schedule: schedule, strategy: strategy)))\n" }.joined()
        }
        return out
    }
}
