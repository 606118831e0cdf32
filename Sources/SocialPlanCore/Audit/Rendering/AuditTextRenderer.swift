/// The audit as text for a 100-column terminal: per busy account two tables of its SLA lines
/// (outcomes with attainment against target ✓/✗; reply-time percentiles on the SLA's clock and
/// in calendar minutes), heatmaps when the account has the volume to fill them, the agents and
/// replies outside shifts; the quiet accounts in one summary table; then counts and notes
/// (docs/audit.md, "The text report").
public enum AuditTextRenderer {
    /// Shading from nothing to the highest value of a heatmap.
    static let shades: [Character] = [" ", "░", "▒", "▓", "█"]

    /// Renders `result` with `layout`. Complexity: O(accounts × lines + rows of heatmaps).
    public static func render(_ result: AuditResult, layout: AuditTextLayout = .standard) -> String {
        let c = result.counts
        // One line, however long the log's path: scripts read it whole.
        var out = result.source.map { "log \($0.name): \($0.description)\n" } ?? ""
        out += TextWrap.text("audit of \(c.messages) messages, \(Phrase.count(result.accounts.count, "account")), "
            + "observation ended \(InstantFormat.utc(result.observationEnd)), hours in \(result.zone)")
        let detailed = result.accounts.filter(layout.isDetailed)
        let quiet = result.accounts.filter { !layout.isDetailed($0) }
        for a in detailed { out += "\n" + account(a, heatmaps: layout.showsHeatmaps(a)) }
        if !quiet.isEmpty { out += "\n" + summary(quiet, below: layout.detailMinimum) }
        if !detailed.isEmpty && !layout.heatmaps && detailed.contains(where: { !layout.showsHeatmaps($0) }) {
            out += "\n" + TextWrap.text("heatmaps: for accounts with at least \(layout.heatmapMinimum) mentions "
                + "(--heatmaps: for every account above)")
        }
        out += "\n" + TextWrap.text("counts: \(c.mentions) mentions audited, \(c.closed) closed, \(c.unattributed) unattributed, "
            + "\(c.otherAccounts) for other accounts, \(c.outsidePeriod) outside the period, \(c.notMeasured) not measured, "
            + "\(c.badOrderReplies) replies before their parent, \(c.missingParents) missing parents, \(c.duplicateIDs) duplicate ids")
        for n in result.notes { out += TextWrap.text("note: \(n)") }
        return out
    }

    /// One account's section; `heatmaps` says whether its heatmaps are shown.
    static func account(_ a: AuditAccountReport, heatmaps: Bool = true) -> String {
        var out = "\(a.account): \(Phrase.count(AuditTextLayout.mentions(a), "mention")), \(Phrase.count(a.replies, "reply", "replies"))\n"
        out += table(a.groups)
        out += "\n" + replyTimes(a.groups)
        if heatmaps {
            out += "\n  mentions per hour (\(AuditTextLayout.mentions(a)) in all)\n"
            out += heatmap(a.heatmap.volume.map { $0.map { $0 == 0 ? nil : $0 } }) { "\($0)" }
            out += "\n  median reply time per hour of the mention\n"
            out += heatmap(a.heatmap.medianReplySeconds) { AuditFormat.minutes($0) + " min" }
        }
        out += "\n  agents\n"
        if a.agents.isEmpty {
            out += "    none told apart\n"
        } else {
            let dash = AuditSLAColumn.dash
            var rows = [["agent", "messages", "answered", "median min", "met", "outside"]]
            for g in a.agents {
                rows.append([g.agent, String(g.messages), String(g.answered), g.medianReplySeconds.map(AuditFormat.minutes) ?? dash,
                             g.metShare.map(ReportNumbers.percent) ?? dash, g.outsideShifts.map { String($0) } ?? dash])
            }
            out += grid(rows, right: [false] + Array(repeating: true, count: 5), indent: "    ")
        }
        out += "\n  replies outside shifts: " + (a.repliesOutsideShifts.map { "\($0) of \(a.replies)" } ?? "no rota given") + "\n"
        if a.notMeasured > 0 { out += "  not measured (no limit for the metric): \(a.notMeasured)\n" }
        return out
    }

    /// The SLA lines' outcomes: ``AuditSLAColumn/name`` then the shown columns of
    /// ``AuditSLAColumn/outcome``.
    static func table(_ groups: [AuditGroupStats]) -> String {
        lines(groups, AuditSLAColumn.outcome.shown())
    }

    /// The SLA lines' reply-time percentiles on both clocks, under a caption naming each clock.
    static func replyTimes(_ groups: [AuditGroupStats]) -> String {
        let sla = AuditSLAColumn.slaClockTimes.shown(), calendar = AuditSLAColumn.calendarTimes.shown()
        let rows = cells(groups, sla + calendar)
        // Figures like 421.5 set the width even where this account's are shorter.
        let w = widths(rows, minimum: 5)
        // The caption sits over each clock's columns (grid: two spaces after the name, one between).
        let slaWidth = w[1...sla.count].reduce(0, +) + sla.count - 1
        let caption = "  " + ReportNumbers.pad("reply time, minutes", w[0]) + "  "
            + ReportNumbers.pad("SLA's clock", slaWidth + 1) + "calendar"
        return caption + "\n" + grid(rows, right: [false] + (sla + calendar).map { $0.alignment == .right }, indent: "  ", minimum: 5)
    }

    /// `groups` as a table of `columns` after the name column, each as wide as its widest cell.
    private static func lines(_ groups: [AuditGroupStats], _ columns: [ReportColumn<AuditGroupStats>.Shown]) -> String {
        grid(cells(groups, columns), right: [false] + columns.map { $0.alignment == .right }, indent: "  ")
    }

    /// The header row and one row per line: the name, then `columns`.
    private static func cells(_ groups: [AuditGroupStats], _ columns: [ReportColumn<AuditGroupStats>.Shown]) -> [[String]] {
        guard let name = AuditSLAColumn.name.shown else { return [] }
        return [[name.text] + columns.map(\.text)] + groups.map { g in [name.cell(g)] + columns.map { $0.cell(g) } }
    }

    /// The width of each column: its widest cell, and at least `minimum` after the first.
    static func widths(_ rows: [[String]], minimum: Int = 0) -> [Int] {
        let count = rows.map(\.count).max() ?? 0
        return (0..<count).map { i in max(i == 0 ? 0 : minimum, rows.map { i < $0.count ? $0[i].count : 0 }.max() ?? 0) }
    }

    /// Rows of cells, each column as wide as its widest cell: two spaces after the first column,
    /// one between the others (right-aligned figures stay apart by their own width).
    static func grid(_ rows: [[String]], right: [Bool], indent: String, minimum: Int = 0) -> String {
        let widths = widths(rows, minimum: minimum)
        return rows.map { row in
            var line = indent
            for (i, cell) in row.enumerated() {
                if i == 1 { line += "  " } else if i > 1 { line += " " }
                let isLast = i == row.count - 1
                line += right[i] || !isLast ? ReportNumbers.pad(cell, widths[i], right: right[i]) : cell
            }
            return String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
        }.joined()
    }

    /// Seven rows of 24 two-character cells shaded by value relative to the largest, with a legend.
    static func heatmap(_ grid: [[Int?]], legend: (Int) -> String) -> String {
        let top = grid.joined().compactMap { $0 }.max() ?? 0
        var out = "        " + stride(from: 0, to: 24, by: 3).map { InstantFormat.two($0) }.joined(separator: "    ") + "\n"
        for (d, row) in grid.enumerated() {
            out += "    \(AuditFormat.days[d]) " + row.map { v -> String in
                guard let v, top > 0 else { return "··" }
                let level = max(1, min(4, (v * 4 + top - 1) / top))
                return String(repeating: shades[level], count: 2)
            }.joined() + "\n"
        }
        out += top > 0 ? "        ·· none  ░ up to a quarter  █ most (\(legend(top)))\n" : "        (nothing)\n"
        return out
    }
}
