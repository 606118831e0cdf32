/// A diff as text for a terminal, at most 100 columns: the headline, the plan's changes by
/// area, the SLAs before and after, the gaps opened, closed and changed, and a verdict line.
/// Every string from a file or the command line is written through ``TerminalText/inline(_:)``,
/// so its control characters are visible escapes even in a file written with `-o`, and a line
/// feed in a name cannot break the layout.
public enum DiffTextRenderer {
    /// Renders `view`.
    public static func render(_ view: DiffView) -> String {
        let diff = view.diff
        var out = TextWrap.text("\(safe(view.oldFile)) → \(safe(view.newFile)): \(safe(diff.new.name)), week \(diff.week), \(runs(diff))")
        out += TextWrap.text(safe(diff.headline))
        if diff.isSame { return out }
        out += "\n" + changes(diff)
        out += "\n" + slaTables(diff)
        out += "\n" + gaps(diff)
        out += "\n" + TextWrap.text(safe(diff.verdictLine))
        return out
    }

    /// `20 simulated weeks from seed 1 (the same weeks for both)`, with how an extended run got
    /// to its count as `check` says it: `80 simulated weeks (20, doubled until every verdict
    /// was clear) from seed 1 …`.
    static func runs(_ diff: StrategyDiff) -> String {
        SimulationTextRenderer.weeks(diff.newReport.replications >= diff.oldReport.replications ? diff.newReport : diff.oldReport)
            + " (the same weeks for both)"
    }

    static func changes(_ diff: StrategyDiff) -> String {
        guard !diff.changes.isEmpty else { return "changes to the plan: none\n" }
        var out = "changes to the plan (\(diff.changes.count))\n"
        for area in PlanChange.Area.allCases {
            let list = diff.changes(in: area)
            guard !list.isEmpty else { continue }
            out += "  \(area.words)\n"
            for change in list { out += TextWrap.text(safe(change.words), indent: "    ", hanging: "      ") }
        }
        return out
    }

    static func slaTables(_ diff: StrategyDiff) -> String {
        guard !diff.slas.isEmpty else { return "SLAs: none in either file\n" }
        // The verdict sits in the second table: beside two week counts with their intervals,
        // "misses → too close to call" would push the first past 100 columns.
        var kept = [["SLA", "weeks kept before", "after", ""]]
        var met = [["SLA", "met before", "after", "verdict"]]
        for s in diff.slas {
            kept.append([safe(s.name), weeks(s.before), weeks(s.after), StrategyDiff.mark(s.direction)])
            met.append([safe(s.name), s.before?.attainment.map { ReportNumbers.percent($0) } ?? "—",
                        s.after?.attainment.map { ReportNumbers.percent($0) } ?? "—", StrategyDiff.verdictMove(s)])
        }
        return SimulationTextRenderer.table(kept)
            + "  weeks kept: simulated weeks whose met share reached the target (95% CI); ▲▼ more or fewer\n\n"
            + SimulationTextRenderer.table(met)
            + "  met: share of a week's judged mentions answered within the limit, mean (95% CI)\n"
    }

    /// `17 of 20 (63.9–94.8%)`, `—` without the SLA or without mentions to judge.
    static func weeks(_ forecast: SLAForecast?) -> String {
        guard let forecast, forecast.verdict != .noMentions else { return "—" }
        return SimulationTextRenderer.weeksKept(forecast.weeksKept)
    }

    static func gaps(_ diff: StrategyDiff) -> String {
        let g = diff.gaps
        let before = diff.oldReport.schedule, after = diff.newReport.schedule
        var out = "staffing gaps: \(StrategyDiff.shortfall(g.shortfallBefore)) short → \(StrategyDiff.shortfall(g.shortfallAfter)) short"
        out += " (\(Phrase.count(before.gaps.count, "block")) → \(after.gaps.count))\n"
        if g.isSame { return out + "  the same blocks in both plans\n" }
        for gap in g.opened {
            out += TextWrap.text("opened: " + safe(GapWords.sentence(gap, schedule: after, strategy: diff.new)), indent: "  ", hanging: "    ")
        }
        for gap in g.closed {
            out += TextWrap.text("closed: " + safe(GapWords.sentence(gap, schedule: before, strategy: diff.old)), indent: "  ", hanging: "    ")
        }
        for change in g.changed {
            for (i, gap) in change.before.enumerated() {
                out += TextWrap.text((i == 0 ? "changed: " : "and: ") + safe(GapWords.sentence(gap, schedule: before, strategy: diff.old)),
                                     indent: i == 0 ? "  " : "    ", hanging: i == 0 ? "    " : "      ")
            }
            for gap in change.after {
                out += TextWrap.text("→ " + safe(GapWords.sentence(gap, schedule: after, strategy: diff.new)), indent: "    ", hanging: "      ")
            }
        }
        if g.unchanged > 0 { out += "  \(Phrase.count(g.unchanged, "block")) the same in both plans\n" }
        return out
    }

    /// A user string on one line with its control characters visible.
    static func safe(_ text: String) -> String { TerminalText.inline(text) }
}
