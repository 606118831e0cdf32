import Foundation

/// Maps the week's plan onto iCalendar events (see docs/calendar-export.md).
///
/// - Posts, threads, retweets, reply sessions and tasks become events at their wall time in the
///   strategy's zone (or the member's zone for `--member`), with stream, kind, hashtags,
///   the post's text, the accounts and author; published kinds are transparent (they do not block time), timed
///   ones (tasks, reply sessions) are not.
/// - Care shifts become opaque events with the role "care".
/// - UIDs are built from the strategy name, the week, the stream or member and a sequence
///   number, so importing a re-run of the same week updates events instead of duplicating them.
/// - DTSTAMP is the instant the week starts, so the same plan gives the same bytes.
public enum ScheduleICSRenderer {
    /// The calendar text.
    public static func render(_ schedule: WeekSchedule, strategy: Strategy, member: String? = nil) -> String {
        let t = schedule.timeline
        let zone = member.flatMap { strategy.member($0)?.timezone } ?? schedule.timezone
        let clock = t.clock(for: zone)
        func wall(_ instant: Int) -> ZonedWallTime {
            let w = clock.wallTime(at: instant)
            return ZonedWallTime(year: w.date.year, month: w.date.month, day: w.date.day, hour: w.minute / 60, minute: w.minute % 60, zone: zone)
        }
        let prefix = "\(slug(schedule.name))-\(t.week)"
        var events: [CalendarEvent] = []
        for p in schedule.posts where member == nil || p.author == member {
            let stream = strategy.content.first { $0.id == p.stream }
            let who = strategy.member(p.author)?.name ?? p.author
            var lines: [String] = []
            if let about = stream?.about { lines.append(about) }
            if let tags = stream?.hashtags, !tags.isEmpty, p.isPublished { lines.append("Hashtags: " + tags.map(\.value).joined(separator: " ")) }
            if let id = p.post, let post = strategy.post(id) {
                lines.append("Post \(id):")
                lines.append(strategy.publishedText(of: post).joined(separator: "\n---\n"))
            }
            if !p.accounts.isEmpty { lines.append("Accounts: " + p.accounts.compactMap { strategy.account($0)?.label }.joined(separator: ", ")) }
            lines.append("By: \(who)")
            lines.append("Stream: \(p.stream) (\(p.kind.rawValue))")
            events.append(CalendarEvent(
                uid: "\(prefix)-\(p.stream)-\(p.sequence)@socialplan", summary: "\(p.kind.label): \(p.stream) — \(who)",
                description: lines.joined(separator: "\n"), categories: [p.kind.rawValue, p.stream],
                start: wall(p.start), end: wall(p.end), location: p.accounts.isEmpty ? nil : strategy.accountNames(p.accounts), transparent: p.isPublished))
        }
        var shiftNumber: [String: Int] = [:]
        for s in schedule.shifts {
            let n = (shiftNumber[s.member] ?? 0) + 1
            shiftNumber[s.member] = n
            guard member == nil || s.member == member else { continue }
            let who = strategy.member(s.member)?.name ?? s.member
            events.append(CalendarEvent(
                uid: "\(prefix)-shift-\(s.member)-\(n)@socialplan", summary: "Care shift — \(who)",
                description: "Role: care\nOn duty: \(who)\(s.isFixed ? " (fixed shift)" : "")\nLength: \(ScheduleTextRenderer.hours(s.minutes))",
                categories: ["care"], start: wall(s.start), end: wall(s.end), location: nil, transparent: false))
        }
        let name = member.map { "\(schedule.name) — \(strategy.member($0)?.name ?? $0) — \(t.week)" } ?? "\(schedule.name) — \(t.week)"
        return ICalendarWriter.render(ICalendarDocument(name: name, stamp: Date(timeIntervalSince1970: Double(t.start)), events: events))
    }

    /// Lowercase letters and digits with dashes: "Fjordkaffe AS" → "fjordkaffe-as".
    static func slug(_ s: String) -> String {
        var out = ""
        for c in s.lowercased().unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) { out.unicodeScalars.append(c) } else if !out.hasSuffix("-") { out += "-" }
        }
        let trimmed = out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "strategy" : trimmed
    }
}
