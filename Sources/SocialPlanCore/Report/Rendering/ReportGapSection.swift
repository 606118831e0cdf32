/// The gap blocks and the suggested fix in plain language: the very sentences `check` prints
/// (``SimulationTextRenderer/problem(_:report:strategy:)`` over ``GapWords``, the headlines,
/// ``SuggestedFixRenderer/sentence(_:strategy:)``), unwrapped, as lists.
enum ReportGapSection {
    static func render(_ report: WeekReport) -> String {
        let m = ReportMarkup.self
        let sim = report.simulation, strategy = report.strategy
        var out = ""
        if sim.gaps.isEmpty {
            out += m.paragraph(SimulationTextRenderer.noGaps)
        }
        if !sim.problemGaps.isEmpty {
            out += m.element("h3", [], m.text(SimulationTextRenderer.problemsHeadline(sim)))
            out += m.element("ul", [("class", "gaps")], sim.problemGaps.map { gap in
                m.element("li", [], m.words(SimulationTextRenderer.problem(gap, report: sim, strategy: strategy)))
            }.joined())
        }
        if !sim.thinGaps.isEmpty {
            out += m.element("h3", [], m.text(SimulationTextRenderer.thinHeadline(sim)))
            out += m.element("ul", [("class", "gaps")], sim.thinGaps.map { gap in
                m.element("li", [], m.text(GapWords.when(gap.gap, timeline: report.schedule.timeline)))
            }.joined())
        }
        out += m.element("h3", [], m.text("Suggested fix"))
        if let sentence = SuggestedFixRenderer.sentence(report.check.fix, strategy: strategy) {
            out += m.paragraph(sentence, cssClass: "fix")
        } else {
            out += m.paragraph("none needed: no SLA target is clearly missed", cssClass: "fix")
        }
        out += m.paragraph(SimulationTextRenderer.verdictLine(sim), cssClass: "verdict " + sim.verdict.rawValue)
        return m.section(id: "gaps", heading: "Gaps and suggested fix", out)
    }
}
