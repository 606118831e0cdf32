/// The week as text for a terminal: the care grid (days × hours), the posting calendar, the
/// shifts, and what is missing (unfilled slots, understaffed blocks).
public struct ScheduleTextRenderer: Sendable {
    /// Show only this member's posts and shifts (`--member`), or everyone.
    public var member: String?

    /// Creates a renderer.
    public init(member: String? = nil) { self.member = member }

    /// Renders `schedule` of `strategy`.
    public func render(_ schedule: WeekSchedule, strategy: Strategy) -> String {
        let t = schedule.timeline
        let dates = t.week.dates
        let posts = schedule.posts.filter { member == nil || $0.author == member }
        let shifts = schedule.shifts.filter { member == nil || $0.member == member }
        var out = "\(schedule.name) — week \(t.week) (\(InstantFormat.day(dates[0])) – \(InstantFormat.day(dates[6])) \(dates[6].year), \(schedule.timezone), \(t.hours) hours)\n"
        if let member { out += "member: \(strategy.member(member)?.name ?? member)\n" }
        out += "\n" + grid(schedule, posts: posts, shifts: shifts) + "\n"
        out += postingCalendar(posts, strategy: strategy, timeline: t)
        out += shiftList(shifts, schedule: schedule, strategy: strategy)
        out += problems(schedule, strategy: strategy)
        return out
    }

    /// Hours × days: each cell shows agents on duty / needed in the hour's worst 15-minute
    /// interval (the least on duty against need), `!` when short, and `•` for each post in the hour.
    func grid(_ schedule: WeekSchedule, posts: [PostingSlot], shifts: [CareShift]) -> String {
        let t = schedule.timeline
        let dates = t.week.dates
        struct Cell { var onDuty = 0; var needed = 0; var posts = 0; var any = false }
        var cells = Array(repeating: Array(repeating: Cell(), count: 7), count: 24)
        let onDuty: [Int] = member == nil ? schedule.staffing.map(\.scheduled) : (0..<t.intervalCount).map { i in
            shifts.filter { $0.intervals.contains(i) }.count
        }
        for i in 0..<t.intervalCount {
            let wall = t.wallTime(ofInterval: i)
            guard let d = dates.firstIndex(of: wall.date) else { continue }
            let h = wall.minute / 60
            let needed = member == nil ? schedule.staffing[i].required : 0
            let cell = cells[h][d]
            // The hour's worst interval (least on duty against need; then most needed), both
            // figures from that one interval.
            if !cell.any || onDuty[i] - needed < cell.onDuty - cell.needed
                || (onDuty[i] - needed == cell.onDuty - cell.needed && needed > cell.needed) {
                cells[h][d].onDuty = onDuty[i]
                cells[h][d].needed = needed
            }
            cells[h][d].any = true
        }
        for p in posts {
            guard let d = dates.firstIndex(of: p.date) else { continue }
            cells[p.minute / 60][d].posts += 1
        }
        let width = 10
        func pad(_ s: String) -> String { s.count >= width ? s : s + String(repeating: " ", count: width - s.count) }
        var out = "       " + dates.map { pad(InstantFormat.day($0).prefix(6).description) }.joined() + "\n"
        let used = (0..<24).filter { h in cells[h].contains { $0.any && ($0.onDuty > 0 || $0.needed > 0) || $0.posts > 0 } }
        guard let firstHour = used.first, let lastHour = used.last else {
            return out + "       (nothing scheduled and nothing needed this week)\n"
        }
        for h in firstHour...lastHour {
            out += "\(InstantFormat.two(h)):00  "
            for d in 0..<7 {
                let c = cells[h][d]
                var text = ""
                if !c.any { text = "" } else if member != nil {
                    text = c.onDuty > 0 ? "on" : "·"
                } else if c.onDuty == 0 && c.needed == 0 {
                    text = "·"
                } else {
                    text = "\(c.onDuty)/\(c.needed)" + (c.onDuty < c.needed ? "!" : "")
                }
                text += String(repeating: "•", count: min(c.posts, 3))
                out += pad(text)
            }
            out += "\n"
        }
        out += member == nil ? "       cells: on duty/needed in the hour's worst 15 minutes, ! short, • a post\n" : "       cells: on = on duty, • a post\n"
        return out
    }

    func postingCalendar(_ posts: [PostingSlot], strategy: Strategy, timeline: WeekTimeline) -> String {
        var out = "\nposting calendar (\(posts.count) \(posts.count == 1 ? "slot" : "slots"))\n"
        if posts.isEmpty { return out + "  none\n" }
        let hasLibrary = strategy.hasLibrary
        for p in posts {
            let stream = strategy.content.first { $0.id == p.stream }
            let who = strategy.member(p.author)?.name ?? p.author
            var line = "  \(InstantFormat.day(p.date))  \(InstantFormat.clock(p.minute))  \(p.stream) (\(p.kind.rawValue)) — \(who)"
            if p.end > p.start { line += ", \((p.end - p.start) / 60) min" }
            if strategy.accounts.count > 1, !p.accounts.isEmpty {
                // Past 100 columns (three accounts after a long stream and name) the accounts go
                // on a line of their own, at the excerpt's indent.
                let to = "→ " + strategy.accountNames(p.accounts)
                line += line.count + 1 + to.count > 100 ? "\n      " + to : " " + to
            }
            if !hasLibrary, let tags = stream?.hashtags, !tags.isEmpty, p.isPublished { line += "  " + tags.map(\.value).joined(separator: " ") }
            out += line + "\n"
            guard p.isPublished, hasLibrary else { continue }
            if let id = p.post, let post = strategy.post(id) {
                out += "      " + Self.excerpt(strategy.publishedText(of: post).joined(separator: " / "), width: 84 - id.count) + " [\(id)]\n"
            } else {
                out += "      (no post yet)\n"
            }
        }
        return out
    }

    /// `text` on one line, cut at a word to at most `width` characters with "…", in quotes.
    static func excerpt(_ text: String, width: Int) -> String {
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
        let limit = max(20, width - 2)
        guard flat.count > limit else { return "“\(flat)”" }
        var cut = String(flat.prefix(limit - 1))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 { cut = String(cut[..<space]) }
        return "“\(cut)…”"
    }

    /// The shifts, then each member's hours of all duties (care shifts, reply sessions and
    /// tasks outside them) against their weekly limit.
    func shiftList(_ shifts: [CareShift], schedule: WeekSchedule, strategy: Strategy) -> String {
        let timeline = schedule.timeline
        var out = "\ncare shifts (\(shifts.count))\n"
        if shifts.isEmpty { return out + "  none\n" }
        for s in shifts {
            let a = timeline.clock.wallTime(at: s.start), b = timeline.clock.wallTime(at: s.end)
            let end = b.date == a.date ? InstantFormat.clock(b.minute) : "\(InstantFormat.day(b.date)) \(InstantFormat.clock(b.minute))"
            let who = strategy.member(s.member)?.name ?? s.member
            out += "  \(InstantFormat.day(a.date))  \(InstantFormat.clock(a.minute))–\(end)  \(who)\(s.isFixed ? " (fixed)" : "")\n"
        }
        // No-break spaces keep "Kari 19h35 of 35h" on one line when wrapping.
        let hours = "hours of all duties: " + strategy.team.compactMap { m -> String? in
            let minutes = schedule.dutyMinutes(of: m.id)
            guard member == nil || m.id == member, minutes > 0 else { return nil }
            return ("\(m.firstName) \(Self.hours(minutes))" + (m.maxHoursPerWeek.map { " of \(Self.hours(Int($0 * 60)))" } ?? ""))
                .replacingAll(" ", "\u{A0}")
        }.joined(separator: ", ")
        out += TextWrap.text(hours, indent: "  ", hanging: "    ")
        return out
    }

    func problems(_ schedule: WeekSchedule, strategy: Strategy) -> String {
        var out = ""
        let unfilled = schedule.unfilled.filter { u in member == nil || strategy.content.first { $0.id == u.stream }.map { strategy.members(for: $0.authors.map(\.value)).contains { $0.id == member } } ?? false }
        out += "\nunfilled slots (\(unfilled.count))\n"
        if unfilled.isEmpty { out += "  none\n" }
        for (u, count) in Self.grouped(unfilled) {
            out += "  \(u.stream)\(u.date.map { " on \(InstantFormat.day($0))" } ?? "")\(count > 1 ? " (\(count) slots)" : ""): \(u.reason)\n"
        }
        if schedule.hasLibrary {
            let empty = schedule.emptySlots.filter { member == nil || $0.slot.author == member }
            out += "\nslots without a post (\(empty.count))\n"
            if empty.isEmpty { out += "  none\n" }
            for e in empty {
                let line = "\(InstantFormat.day(e.slot.date)) \(InstantFormat.clock(e.slot.minute)) \(e.slot.stream)"
                    + (e.slot.accounts.isEmpty ? "" : " → " + strategy.accountNames(e.slot.accounts)) + ": \(e.reason)"
                out += TextWrap.text(line, indent: "  ", hanging: "    ")
            }
        } else if schedule.posts.contains(where: \.isPublished) {
            out += "\nno posts written yet: `posts:` or `posts_from:` fills the slots with their text (docs/content.md)\n"
        }
        guard member == nil else { return out }
        out += "\nunderstaffed (\(schedule.gaps.count) \(schedule.gaps.count == 1 ? "block" : "blocks"), \(Self.agentHours(schedule.totalShortfall)) short in all)\n"
        if schedule.gaps.isEmpty { out += "  none\n" }
        for block in schedule.gaps {
            out += TextWrap.text(GapWords.sentence(block, schedule: schedule, strategy: strategy), indent: "  ", hanging: "    ")
        }
        return out
    }

    /// Identical unfilled slots (same stream, day and reason) once each, with their count, in
    /// first-seen order.
    public static func grouped(_ slots: [UnfilledSlot]) -> [(UnfilledSlot, Int)] {
        var order: [UnfilledSlot] = []
        var counts: [UnfilledSlot: Int] = [:]
        for slot in slots {
            if counts[slot] == nil { order.append(slot) }
            counts[slot, default: 0] += 1
        }
        return order.map { ($0, counts[$0] ?? 1) }
    }

    static func hours(_ minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60)h" : "\(minutes / 60)h\(InstantFormat.two(minutes % 60))"
    }

    static func agentHours(_ intervals: Int) -> String {
        let quarter = intervals % 4
        return "\(intervals / 4)\(["", "¼", "½", "¾"][quarter]) agent-hours"
    }
}
