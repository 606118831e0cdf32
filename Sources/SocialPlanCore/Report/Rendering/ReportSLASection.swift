/// Per SLA: the share of simulated weeks that keep the promise against the share wanted
/// (`care.confidence`), and the mean attainment against the target, each with its 95 %
/// interval — as a table with `check`'s figures and as two interval charts.
enum ReportSLASection {
    static func render(_ report: WeekReport) -> String {
        let m = ReportMarkup.self
        let sim = report.simulation
        guard !sim.slas.isEmpty else {
            return m.section(id: "slas", heading: "SLA outlook", m.paragraph("no SLA under care.sla: nothing to judge"))
        }
        let rows = sim.slas.map { sla -> [String] in
            let measure = sla.measure
            let limit = TimeSpan(seconds: measure.limitSeconds).description + (measure.clock == .business ? " business" : "")
            let kept = sla.verdict == .noMentions ? "—" : SimulationTextRenderer.weeksKept(sla.weeksKept)
            let verdict = m.element("span", [("class", "mark")], m.text(SimulationTextRenderer.mark(sla.verdict))) + " "
                + m.text(sla.verdict.words)
            return [m.words(measure.name), m.text(limit), m.text(ReportNumbers.shortPercent(measure.target)), m.text(kept),
                    m.text(ReportNumbers.shortPercent(measure.confidence)), verdict,
                    m.text(sla.attainment.map { ReportNumbers.percent($0) } ?? "—"), m.text(ReportNumbers.count(sla.breaches.mean))]
        }
        let table = m.table(caption: "SLA verdicts from \(SimulationTextRenderer.weeks(sim))",
                            header: ["SLA", "limit", "target", "weeks kept (95% CI)", "want", "verdict", "met, mean (95% CI)",
                                     "breaches/week"], rows: rows)
        return m.section(id: "slas", heading: "SLA outlook",
                         table
                         + m.paragraph("weeks kept: simulated weeks whose met share reached the target; want: care.confidence. "
                                       + "met: share of a week's judged mentions answered within the limit, mean over the weeks.",
                                       cssClass: "note")
                         + weeksKeptChart(sim) + attainmentChart(sim)
                         + m.element("ul", [("class", "legend")],
                                     m.element("li", [], m.text("● estimate, bar: 95% interval, dashed tick: wanted")) +
                                     SLAVerdict.allCases.map { v in
                                         m.element("li", [], m.element("span", [("class", "mark")], m.text(SimulationTextRenderer.mark(v)))
                                                   + " " + m.text(v.words))
                                     }.joined()))
    }

    /// The left end of a shares axis: a tenth below the lowest figure shown, so intervals
    /// near 100 % are not squeezed into a corner.
    static func lowerEnd(_ values: [Double]) -> Double {
        let low = values.filter(\.isFinite).min() ?? 0
        return max(0, ((low - 0.02) * 10).rounded(.down) / 10)
    }

    static func shareChart(rows: [IntervalChart.Row]) -> IntervalChart {
        let values = rows.flatMap { [$0.lower, $0.reference, $0.estimate].compactMap { $0 } }
        let low = lowerEnd(values)
        return IntervalChart(rows: rows, domain: (low, 1), tickStep: 1 - low > 0.3 ? 0.1 : 0.05,
                             tickText: { ReportNumbers.shortPercent($0) })
    }

    static func weeksKeptChart(_ sim: SimulationReport) -> String {
        let rows = sim.slas.map { sla in
            let judged = sla.verdict != .noMentions
            return IntervalChart.Row(label: sla.measure.name, estimate: judged ? sla.weeksKept.share : nil,
                                     lower: judged ? sla.weeksKept.lower : nil, upper: judged ? sla.weeksKept.upper : nil,
                                     reference: sla.measure.confidence, cssClass: sla.verdict.rawValue)
        }
        let desc = sim.slas.map { sla in
            "\(sla.measure.name): " + (sla.verdict == .noMentions ? "no mentions"
                : "\(SimulationTextRenderer.weeksKept(sla.weeksKept)) weeks kept, want \(ReportNumbers.shortPercent(sla.measure.confidence)), \(sla.verdict.words)")
        }.joined(separator: "; ")
        return ReportMarkup.figure(shareChart(rows: rows).canvas(title: "Share of simulated weeks that keep each promise", desc: desc),
                                   id: "weeks-kept-chart")
    }

    static func attainmentChart(_ sim: SimulationReport) -> String {
        let rows = sim.slas.map { sla in
            IntervalChart.Row(label: sla.measure.name, estimate: sla.attainment?.mean,
                              lower: sla.attainment.map { max(0, $0.lower) }, upper: sla.attainment.map { min(1, $0.upper) },
                              reference: sla.measure.target, cssClass: sla.verdict.rawValue)
        }
        let desc = sim.slas.map { sla in
            "\(sla.measure.name): met \(sla.attainment.map { ReportNumbers.percent($0) } ?? "—"), target \(ReportNumbers.shortPercent(sla.measure.target))"
        }.joined(separator: "; ")
        return ReportMarkup.figure(shareChart(rows: rows).canvas(title: "Mean attainment against the target", desc: desc),
                                   id: "attainment-chart")
    }
}
