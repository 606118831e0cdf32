/// The week as CSV: one row per posting slot and one per care shift, with local time, zone and
/// UTC instant, so a spreadsheet or a publishing tool can import it.
public enum ScheduleCSVRenderer {
    /// The columns, in order.
    public static let header = ["type", "stream", "kind", "member", "member_name", "local_date", "local_start", "local_end",
                                "timezone", "utc_start", "utc_end", "hashtags", "accounts", "about", "fixed", "post", "text"]

    /// Renders every slot and shift (or one member's).
    public static func render(_ schedule: WeekSchedule, strategy: Strategy, member: String? = nil) -> String {
        let clock = schedule.timeline.clock
        var rows: [(Int, Int, [String])] = []
        for p in schedule.posts where member == nil || p.author == member {
            let stream = strategy.content.first { $0.id == p.stream }
            let end = clock.wallTime(at: p.end)
            let post = p.post.flatMap(strategy.post)
            rows.append((p.start, 0, ["post", p.stream, p.kind.rawValue, p.author, strategy.member(p.author)?.name ?? p.author,
                                      p.date.description, InstantFormat.clock(p.minute), InstantFormat.clock(end.minute),
                                      schedule.timezone, InstantFormat.utc(p.start), InstantFormat.utc(p.end),
                                      stream?.hashtags.map(\.value).joined(separator: " ") ?? "",
                                      p.accounts.joined(separator: " "), stream?.about ?? "", "", p.post ?? "",
                                      post.map { strategy.publishedText(of: $0).joined(separator: "\n\n") } ?? ""]))
        }
        for s in schedule.shifts where member == nil || s.member == member {
            let a = clock.wallTime(at: s.start), b = clock.wallTime(at: s.end)
            rows.append((s.start, 1, ["shift", "", "care", s.member, strategy.member(s.member)?.name ?? s.member,
                                      a.date.description, InstantFormat.clock(a.minute), InstantFormat.clock(b.minute),
                                      schedule.timezone, InstantFormat.utc(s.start), InstantFormat.utc(s.end), "", "", "",
                                      s.isFixed ? "yes" : "no", "", ""]))
        }
        rows.sort { ($0.0, $0.1, $0.2[3], $0.2[1]) < ($1.0, $1.1, $1.2[3], $1.2[1]) }
        return CSVText.row(header) + rows.map { CSVText.row($0.2) }.joined()
    }
}
