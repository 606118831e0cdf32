/// The week as a 7 × 24 grid (weekdays × local hours of the strategy's zone) for terminal
/// heatmaps: how many agents short, and how many simulated breaches arrive, in each hour.
public struct GapHeatmap: Sendable, Hashable {
    /// One hour of one weekday.
    public struct Cell: Sendable, Hashable {
        /// Most agents short in any interval of the hour (0 when covered).
        public var short = 0
        /// True when some interval of the hour needs or has an agent.
        public var staffed = false
        /// Simulated breaches per week among mentions arriving in the hour.
        public var breaches = 0.0
    }

    /// `cells[day][hour]`, day 0 = Monday. A repeated autumn hour folds into one cell.
    public private(set) var cells = Array(repeating: Array(repeating: Cell(), count: 24), count: 7)

    /// The grid of `report`'s week.
    ///
    /// Complexity: O(intervals).
    public init(_ report: SimulationReport) {
        let t = report.schedule.timeline
        let dates = t.week.dates
        for row in report.intervals {
            let wall = t.wallTime(ofInterval: row.index)
            guard let d = dates.firstIndex(of: wall.date) else { continue }
            let h = min(23, wall.minute / 60)
            cells[d][h].short = max(cells[d][h].short, -row.difference)
            cells[d][h].staffed = cells[d][h].staffed || row.required > 0 || row.scheduled > 0
            cells[d][h].breaches += row.breaches
        }
    }

    /// Agents short per hour: blank when nothing is needed or scheduled, `·` covered, `1`–`9`
    /// short by that many, `+` by ten or more.
    public func shortText() -> String {
        render { cell in
            guard cell.staffed else { return " " }
            return cell.short <= 0 ? "·" : cell.short < 10 ? String(cell.short) : "+"
        }
    }

    /// Simulated breaches per hour, shaded against the week's worst hour: `·` none, then
    /// `░ ▒ ▓ █` for up to a quarter, half, three quarters and all of the worst hour.
    public func breachText() -> String {
        let worst = cells.flatMap { $0 }.map(\.breaches).max() ?? 0
        return render { cell in
            guard cell.breaches >= 0.05, worst > 0 else { return cell.staffed ? "·" : " " }
            let shades = ["░", "▒", "▓", "█"]
            return shades[min(3, Int((cell.breaches / worst * 4).rounded(.up)) - 1)]
        }
    }

    private func render(_ glyph: (Cell) -> String) -> String {
        var out = "     " + (0..<24).map { InstantFormat.two($0) }.joined(separator: " ") + "\n"
        for (d, day) in Weekday.allCases.enumerated() {
            let row = cells[d].map { glyph($0) + "  " }.joined()
            out += ReportNumbers.pad(day.shortName, 5) + String(row.reversed().drop { $0 == " " }.reversed()) + "\n"
        }
        return out
    }
}
