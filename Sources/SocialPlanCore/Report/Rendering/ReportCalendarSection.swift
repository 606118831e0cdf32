/// The week calendar: for each day, each person's care shifts and posting slots in time
/// order, with the library post that fills each published slot; then the slots that could not
/// be placed or filled. Days stack on a phone and sit side by side on a wide screen.
enum ReportCalendarSection {
    /// One line of a person's day.
    struct Item {
        var start: Int
        var markup: String
    }

    static func render(_ report: WeekReport) -> String {
        let m = ReportMarkup.self
        let schedule = report.schedule, strategy = report.strategy, t = schedule.timeline
        let dates = t.week.dates
        // items[day][member] in team order, then anyone else.
        var items = Array(repeating: [String: [Item]](), count: 7)
        for shift in schedule.shifts {
            let a = t.clock.wallTime(at: shift.start), b = t.clock.wallTime(at: shift.end)
            guard let d = dates.firstIndex(of: a.date) else { continue }
            let end = b.date == a.date ? InstantFormat.clock(b.minute) : "\(b.date.weekday.shortName) \(InstantFormat.clock(b.minute))"
            let time = "\(InstantFormat.clock(a.minute))–\(end)"
            let markup = m.element("span", [("class", "time")], m.text(time)) + " " + m.text("care shift")
                + (shift.isFixed ? " " + m.element("span", [("class", "kind")], m.text("(fixed)")) : "")
            items[d][shift.member, default: []].append(Item(start: shift.start, markup: markup))
        }
        for slot in schedule.posts {
            guard let d = dates.firstIndex(of: slot.date) else { continue }
            items[d][slot.author, default: []].append(Item(start: slot.start, markup: self.slot(slot, report: report)))
        }
        let order = strategy.team.map(\.id)
        let days = dates.enumerated().map { d, date -> String in
            let people = items[d].keys.sorted { a, b in
                let (i, j) = (order.firstIndex(of: a) ?? Int.max, order.firstIndex(of: b) ?? Int.max)
                return i != j ? i < j : a < b
            }
            var content = m.element("h3", [], m.text(InstantFormat.day(date)))
            if people.isEmpty { content += m.paragraph("Nothing planned.", cssClass: "muted") }
            for id in people {
                let name = strategy.member(id)?.name ?? id
                let list = (items[d][id] ?? []).sorted { $0.start < $1.start }.map { m.element("li", [], $0.markup) }.joined()
                content += m.element("h4", [], m.words(name)) + m.element("ul", [], list)
            }
            return m.element("div", [("class", "day")], content)
        }.joined()
        let intro = m.paragraph("\(schedule.posts.count) \(schedule.posts.count == 1 ? "slot" : "slots") and "
            + "\(schedule.shifts.count) care \(schedule.shifts.count == 1 ? "shift" : "shifts") this week, per person and day, "
            + "in \(schedule.timezone).")
        return m.section(id: "calendar", heading: "Week calendar", intro + m.element("div", [("class", "days")], days)
                         + problems(report))
    }

    /// A posting slot: time (a range for sessions and tasks), kind, stream and accounts, and
    /// the text of the post that fills it.
    static func slot(_ slot: PostingSlot, report: WeekReport) -> String {
        let m = ReportMarkup.self
        let strategy = report.strategy
        var time = InstantFormat.clock(slot.minute)
        if slot.end > slot.start {
            let b = report.schedule.timeline.clock.wallTime(at: slot.end)
            time += "–" + InstantFormat.clock(b.minute)
        }
        var out = m.element("span", [("class", "time")], m.text(time)) + " "
            + m.element("span", [("class", "kind")], m.text(slot.kind.label)) + " " + m.words(slot.stream)
        if !slot.accounts.isEmpty { out += " " + m.text("→") + " " + m.words(strategy.accountNames(slot.accounts)) }
        guard slot.isPublished, report.schedule.hasLibrary else { return out }
        if let id = slot.post, let post = strategy.post(id) {
            // Blank lines between text, link and hashtags are dropped: a week of posts stays compact.
            let parts = strategy.publishedText(of: post).map { part in
                part.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
            }
            out += m.element("blockquote", [], parts.map { m.words($0) }.joined(separator: m.empty("br") + m.text("—") + m.empty("br")))
                + m.element("span", [("class", "kind")], m.text("post ") + m.words(id))
        } else {
            out += " " + m.element("span", [("class", "kind")], m.text("(no post yet)"))
        }
        return out
    }

    /// Unfilled slots and slots without a post, with the reasons `schedule` gives.
    static func problems(_ report: WeekReport) -> String {
        let m = ReportMarkup.self
        let schedule = report.schedule, strategy = report.strategy
        var out = ""
        let unfilled = ScheduleTextRenderer.grouped(schedule.unfilled)
        if !unfilled.isEmpty {
            out += m.element("h3", [], m.text("Slots that could not be placed (\(schedule.unfilled.count))"))
            out += m.element("ul", [], unfilled.map { u, count in
                m.element("li", [], m.words(u.stream) + m.text((u.date.map { " on \(InstantFormat.day($0))" } ?? "")
                    + (count > 1 ? " (\(count) slots)" : "") + ": \(u.reason)"))
            }.joined())
        }
        if schedule.hasLibrary && !schedule.emptySlots.isEmpty {
            out += m.element("h3", [], m.text("Slots without a post (\(schedule.emptySlots.count))"))
            out += m.element("ul", [], schedule.emptySlots.map { e in
                m.element("li", [], m.text("\(InstantFormat.day(e.slot.date)) \(InstantFormat.clock(e.slot.minute)) ") + m.words(e.slot.stream)
                    + m.text((e.slot.accounts.isEmpty ? "" : " → " + strategy.accountNames(e.slot.accounts)) + ": \(e.reason)"))
            }.joined())
        } else if !schedule.hasLibrary && schedule.posts.contains(where: \.isPublished) {
            out += m.paragraph("No posts written yet: posts: or posts_from: fills the slots with their text (docs/content.md).", cssClass: "note")
        }
        return out
    }
}
