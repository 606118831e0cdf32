/// The audit as Markdown, for a wiki page or a pull-request comment: per account the SLA
/// table, the heatmaps (as a code block) and the agents.
public enum AuditMarkdownRenderer {
    /// Renders `result`. Complexity: O(accounts × lines).
    public static func render(_ result: AuditResult) -> String {
        func cell(_ s: String) -> String { s.replacingAll("|", "\\|").replacingAll("\n", " ") }
        let dash = "–"
        var out = "# Reply-time audit\n\nObservation ended \(InstantFormat.utc(result.observationEnd)); hours in \(result.zone).\n"
        if let source = result.source { out += "Log `\(cell(source.name))`: \(source.description).\n" }
        for a in result.accounts {
            out += "\n## \(cell(a.account))\n\n"
            let columns = AuditSLAColumn.shown
            out += "| " + columns.map(\.markdown).joined(separator: " | ") + " |\n"
            out += "|" + columns.map { $0.alignment == .right ? "---:" : "---" }.joined(separator: "|") + "|\n"
            for g in a.groups {
                out += "| " + columns.map { cell($0.cell(g)) }.joined(separator: " | ") + " |\n"
            }
            out += "\nReply times in minutes: on the SLA's clock (business minutes for a business-clock SLA) and in calendar minutes.\n"
            out += "\n```\nmentions per hour\n" + AuditTextRenderer.heatmap(a.heatmap.volume.map { $0.map { $0 == 0 ? nil : $0 } }) { "\($0)" }
            out += "median reply time\n" + AuditTextRenderer.heatmap(a.heatmap.medianReplySeconds) { AuditFormat.minutes($0) + " min" } + "```\n"
            if !a.agents.isEmpty {
                out += "\n| agent | messages | answered | median min | met | outside shifts |\n|---|---:|---:|---:|---:|---:|\n"
                for g in a.agents {
                    let cells: [String] = [cell(g.agent), String(g.messages), String(g.answered), g.medianReplySeconds.map(AuditFormat.minutes) ?? dash,
                                           g.metShare.map(ReportNumbers.percent) ?? dash, g.outsideShifts.map { String($0) } ?? dash]
                    out += "| " + cells.joined(separator: " | ") + " |\n"
                }
            }
            out += "\nReplies outside shifts: " + (a.repliesOutsideShifts.map { "\($0) of \(a.replies)" } ?? "no rota given") + ".\n"
        }
        if !result.notes.isEmpty { out += "\n## Notes\n\n" + result.notes.map { "- \(cell($0))\n" }.joined() }
        return out
    }
}
