/// A diff as Markdown for a pull-request comment on GitHub: a bold headline, a table of the
/// SLAs before → after with ▲/▼ and the verdict, the plan's changes as bullets by area, and the
/// staffing gaps opened, closed and changed. Every string from a file goes through
/// ``MarkdownText`` (ids as code, words escaped), so a name cannot break the table or inject HTML.
public enum DiffMarkdownRenderer {
    /// Renders `view`.
    public static func render(_ view: DiffView) -> String {
        let diff = view.diff
        var out = "### Strategy diff: \(MarkdownText.inline(diff.new.name)), week \(diff.week)\n\n"
        out += "**\(MarkdownText.inline(diff.headline))**\n\n"
        out += "\(MarkdownText.code(view.oldFile)) → \(MarkdownText.code(view.newFile)), "
        out += "\(MarkdownText.inline(DiffTextRenderer.runs(diff))).\n"
        if diff.isSame { return out }
        out += slaTable(diff)
        out += changes(diff)
        out += gaps(diff)
        out += "\n**\(MarkdownText.inline(diff.verdictLine))**\n"
        return out
    }

    static func slaTable(_ diff: StrategyDiff) -> String {
        guard !diff.slas.isEmpty else { return "\nNo SLA under `care.sla` in either file.\n" }
        var out = "\n| SLA | weeks kept before | weeks kept after | | met before | met after | verdict |\n"
        out += "|---|---|---|:-:|---|---|---|\n"
        for s in diff.slas {
            let verdict = s.verdictGetsWorse ? "**\(StrategyDiff.verdictMove(s))**" : StrategyDiff.verdictMove(s)
            let cells = [MarkdownText.code(s.name, inTable: true), DiffTextRenderer.weeks(s.before), DiffTextRenderer.weeks(s.after),
                         StrategyDiff.mark(s.direction), s.before?.attainment.map { ReportNumbers.percent($0) } ?? "—",
                         s.after?.attainment.map { ReportNumbers.percent($0) } ?? "—", verdict]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        out += "\nWeeks kept: simulated weeks whose met share reached the target, with the 95 % Wilson interval; "
        out += "▲/▼: more or fewer weeks kept. Met: a week's share of judged mentions answered within the limit, mean "
        out += "with its 95 % confidence interval.\n"
        return out
    }

    static func changes(_ diff: StrategyDiff) -> String {
        var out = "\n#### Changes to the plan\n\n"
        guard !diff.changes.isEmpty else { return out + "None of the compared keys changed.\n" }
        for area in PlanChange.Area.allCases {
            let list = diff.changes(in: area)
            guard !list.isEmpty else { continue }
            out += "**\(area.words.prefix(1).uppercased() + area.words.dropFirst())**\n\n"
            out += list.map { "- \(words($0))\n" }.joined() + "\n"
        }
        return String(out.dropLast())
    }

    /// ``PlanChange/words`` with the id and key as code and the values escaped.
    static func words(_ change: PlanChange) -> String {
        let subject = MarkdownText.code(change.subject)
        func summary(_ text: String?) -> String { text.map { $0.isEmpty ? "" : " (\(MarkdownText.inline($0)))" } ?? "" }
        switch change.kind {
        case .added: return "added \(subject)" + summary(change.after)
        case .removed: return "removed \(subject)" + summary(change.before)
        case .changed:
            let what = [change.subject.isEmpty ? nil : subject + ":", change.key.map { MarkdownText.code($0) }].compactMap { $0 }
            return what.joined(separator: " ") + " \(MarkdownText.inline(change.before ?? "none")) → \(MarkdownText.inline(change.after ?? "none"))"
        }
    }

    static func gaps(_ diff: StrategyDiff) -> String {
        let g = diff.gaps
        let before = diff.oldReport.schedule, after = diff.newReport.schedule
        var out = "\n#### Staffing gaps\n\n"
        out += "\(StrategyDiff.shortfall(g.shortfallBefore)) short → \(StrategyDiff.shortfall(g.shortfallAfter)) short "
        out += "(\(Phrase.count(before.gaps.count, "block")) → \(after.gaps.count)).\n"
        if g.isSame { return out + "The same blocks in both plans.\n" }
        out += "\n"
        func sentence(_ gap: StaffingGap, _ schedule: WeekSchedule, _ strategy: Strategy) -> String {
            MarkdownText.inline(GapWords.sentence(gap, schedule: schedule, strategy: strategy))
        }
        out += g.opened.map { "- **Opened:** \(sentence($0, after, diff.new))\n" }.joined()
        out += g.closed.map { "- **Closed:** \(sentence($0, before, diff.old))\n" }.joined()
        out += g.changed.map { change in
            "- **Changed:**\n" + change.before.map { "  - was: \(sentence($0, before, diff.old))\n" }.joined()
                + change.after.map { "  - now: \(sentence($0, after, diff.new))\n" }.joined()
        }.joined()
        if g.unchanged > 0 { out += "- \(Phrase.count(g.unchanged, "block")) the same in both plans\n" }
        return out
    }
}
