/// The coverage heatmap: seven days × 96 quarter-hours of the strategy's zone, each cell the
/// agents on duty against the agents needed — gaps warm, surplus cool, an exact match grey —
/// with a legend and, as its text alternative, the chart's description and a table per day.
enum ReportCoverageSection {
    /// The CSS class of a quarter-hour: blank when nobody is needed or on duty.
    static func cellClass(required: Int, scheduled: Int) -> String {
        if required == 0 && scheduled == 0 { return "" }
        let difference = scheduled - required
        switch difference {
        case ..<(-1): return "gap2"
        case -1: return "gap1"
        case 0: return "even"
        case 1: return "surplus1"
        default: return "surplus2"
        }
    }

    /// `cells[day][quarter]` of the week; a repeated autumn hour keeps its worse interval and
    /// a skipped spring hour stays blank.
    ///
    /// Complexity: O(intervals).
    static func cells(_ schedule: WeekSchedule) -> [[String]] {
        let t = schedule.timeline, dates = t.week.dates
        var worst = Array(repeating: Array(repeating: (required: 0, scheduled: 0, seen: false), count: 96), count: 7)
        for row in schedule.staffing {
            let wall = t.wallTime(ofInterval: row.index)
            guard let d = dates.firstIndex(of: wall.date) else { continue }
            let q = min(95, wall.minute / 15)
            let old = worst[d][q]
            if !old.seen || row.scheduled - row.required < old.scheduled - old.required {
                worst[d][q] = (row.required, row.scheduled, true)
            }
        }
        return worst.map { day in day.map { cellClass(required: $0.required, scheduled: $0.scheduled) } }
    }

    static func render(_ report: WeekReport) -> String {
        let m = ReportMarkup.self
        let schedule = report.schedule
        let dates = schedule.timeline.week.dates
        let chart = HeatmapChart(rows: dates.map { $0.weekday.shortName }, columns: 96, cells: cells(schedule),
                                 columnLabels: stride(from: 0, through: 96, by: 12).map { (column: $0, text: "\(InstantFormat.two($0 / 4)):00") })
        let gaps = schedule.gaps.map { GapWords.when($0, timeline: schedule.timeline) }
        let surplus = schedule.staffing.filter { $0.difference > 0 }.count
        let desc = "Agents on duty against agents needed in each quarter-hour, Monday to Sunday, \(schedule.timezone). "
            + (gaps.isEmpty ? "No quarter-hour is short." : "Understaffed: \(gaps.joined(separator: ", ")).")
            + " \(surplus) quarter-hours have more on duty than needed."
        let svg = ReportMarkup.figure(chart.canvas(title: "Coverage of week \(schedule.timeline.week): on duty against needed", desc: desc), id: "coverage-chart")
        let legend = [("gap2", "short by 2 or more"), ("gap1", "short by 1"), ("even", "on duty = needed"),
                      ("surplus1", "1 more than needed"), ("surplus2", "2 or more extra"), ("cell-none", "nobody needed or on duty")]
        let legendMarkup = m.element("ul", [("class", "legend"), ("aria-label", "Legend")], legend.map { cls, words in
            m.element("li", [], m.element("span", [("class", "swatch " + cls), ("aria-hidden", "true")], "") + m.text(words))
        }.joined())
        return m.section(id: "coverage", heading: "Coverage",
                         m.paragraph("Each row is a day, each column a quarter-hour (hours 00–24 below). A warm cell has fewer "
                                     + "agents on duty than the plan needs; a cool one has more.")
                         + svg + legendMarkup + dayTable(schedule))
    }

    /// Per day: agent-hours needed, on duty and short — the chart's figures in words.
    static func dayTable(_ schedule: WeekSchedule) -> String {
        let t = schedule.timeline, dates = t.week.dates
        var needed = Array(repeating: 0, count: 7), onDuty = needed, short = needed
        for row in schedule.staffing {
            guard let d = dates.firstIndex(of: t.wallTime(ofInterval: row.index).date) else { continue }
            needed[d] += row.required
            onDuty[d] += row.scheduled
            short[d] += max(0, -row.difference)
        }
        func hours(_ quarters: Int) -> String { String(ScheduleTextRenderer.agentHours(quarters).dropLast(" agent-hours".count)) }
        let rows = dates.indices.map { d in
            [ReportMarkup.text(InstantFormat.day(dates[d])), ReportMarkup.text(hours(needed[d])), ReportMarkup.text(hours(onDuty[d])),
             ReportMarkup.text(hours(short[d]))]
        }
        return ReportMarkup.table(caption: "Agent-hours per day (the chart as figures)", header: ["day", "needed", "on duty", "short"],
                                  rows: rows)
    }
}
