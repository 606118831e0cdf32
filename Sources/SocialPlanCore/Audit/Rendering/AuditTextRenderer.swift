/// The audit as text for a terminal: per account a table of SLA lines with attainment against
/// target (✓/✗) and p50/p90/p99 reply times, heatmaps of volume and median reply time per hour
/// of the week, the agents, replies outside shifts; then counts and notes.
public enum AuditTextRenderer {
    /// Shading from nothing to the highest value of a heatmap.
    static let shades: [Character] = [" ", "░", "▒", "▓", "█"]

    /// Renders `result`. Complexity: O(accounts × lines + rows of heatmaps).
    public static func render(_ result: AuditResult) -> String {
        let c = result.counts
        var out = result.source.map { "log \($0.name): \($0.description)\n" } ?? ""
        out += "audit of \(c.messages) messages, \(result.accounts.count) \(result.accounts.count == 1 ? "account" : "accounts"), "
        out += "observation ended \(InstantFormat.utc(result.observationEnd)), hours in \(result.zone)\n"
        for a in result.accounts { out += "\n" + account(a) }
        out += "\ncounts: \(c.mentions) mentions audited, \(c.unattributed) unattributed, \(c.otherAccounts) for other accounts, "
        out += "\(c.outsidePeriod) outside the period, \(c.notMeasured) not measured, \(c.badOrderReplies) replies before their parent, "
        out += "\(c.missingParents) missing parents, \(c.duplicateIDs) duplicate ids\n"
        for n in result.notes { out += "note: \(n)\n" }
        return out
    }

    /// One account's section.
    static func account(_ a: AuditAccountReport) -> String {
        var out = "\(a.account)\n"
        out += table(a.groups)
        out += "\n  mentions per hour (\(a.heatmap.volume.joined().reduce(0, +)) in all)\n"
        out += heatmap(a.heatmap.volume.map { $0.map { $0 == 0 ? nil : $0 } }) { "\($0)" }
        out += "\n  median reply time per hour of the mention\n"
        out += heatmap(a.heatmap.medianReplySeconds) { AuditFormat.minutes($0) + " min" }
        out += "\n  agents\n"
        if a.agents.isEmpty {
            out += "    none told apart\n"
        } else {
            out += "    " + ReportNumbers.pad("agent", 14) + ["messages", "answered", "median min", "met", "outside"].map { ReportNumbers.pad($0, 11, right: true) }.joined() + "\n"
            for g in a.agents {
                let dash = "–"
                let median: String = g.medianReplySeconds.map(AuditFormat.minutes) ?? dash
                let share: String = g.metShare.map(ReportNumbers.percent) ?? dash
                let outside: String = g.outsideShifts.map { String($0) } ?? dash
                let cells: [String] = [String(g.messages), String(g.answered), median, share, outside]
                out += "    " + ReportNumbers.pad(g.agent, 14) + cells.map { ReportNumbers.pad($0, 11, right: true) }.joined() + "\n"
            }
        }
        out += "\n  replies outside shifts: " + (a.repliesOutsideShifts.map { "\($0) of \(a.replies)" } ?? "no rota given") + "\n"
        if a.notMeasured > 0 { out += "  not measured (no limit for the metric): \(a.notMeasured)\n" }
        return out
    }

    /// The SLA lines as a table of ``AuditSLAColumn``'s shown columns: the first names the line
    /// and is as wide as the longest name; the others are 9 characters, right-aligned.
    static func table(_ groups: [AuditGroupStats]) -> String {
        guard let name = AuditSLAColumn.shown.first else { return "" }
        let figures = AuditSLAColumn.shown.dropFirst()
        let width = max(22, (groups.map { name.cell($0).count }.max() ?? 0) + 2)
        var out = "  " + ReportNumbers.pad(name.text, width) + figures.map { ReportNumbers.pad($0.text, 9, right: true) }.joined() + "  (minutes)\n"
        for g in groups {
            out += "  " + ReportNumbers.pad(name.cell(g), width) + figures.map { ReportNumbers.pad($0.cell(g), 9, right: true) }.joined() + "\n"
        }
        return out
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
