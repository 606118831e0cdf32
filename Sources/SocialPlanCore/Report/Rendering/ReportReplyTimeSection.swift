/// The reply-time distribution per SLA: the simulated weeks' p50, p90 and p99 reply times on
/// the SLA's clock (means with 95 % intervals) against the limit, as `check` reports them,
/// one small chart per SLA and a table with the calendar-time figures next to them.
enum ReportReplyTimeSection {
    /// A round tick spacing for an axis of `span` seconds: about five ticks.
    static func tickStep(_ span: Double) -> Double {
        let steps: [Double] = [60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400, 172_800, 604_800]
        return steps.first { span / $0 <= 6 } ?? 604_800
    }

    static func render(_ report: WeekReport) -> String {
        let m = ReportMarkup.self
        let sim = report.simulation
        guard !sim.slas.isEmpty else {
            return m.section(id: "reply-times", heading: "Reply times", m.paragraph("no SLA under care.sla: no reply time is measured"))
        }
        var charts = ""
        for (i, sla) in sim.slas.enumerated() {
            let limit = Double(sla.measure.limitSeconds)
            let percentiles = [("p50", sla.p50), ("p90", sla.p90), ("p99", sla.p99)]
            let top = max(limit, percentiles.compactMap { $0.1.map { $0.upper.isFinite ? $0.upper : $0.mean } }.max() ?? 0) * 1.08
            let rows = percentiles.map { name, s in
                IntervalChart.Row(label: name, estimate: s?.mean, lower: s.map { max(0, $0.lower) }, upper: s?.upper,
                                  reference: limit, cssClass: sla.verdict.rawValue)
            }
            var chart = IntervalChart(rows: rows, domain: (0, max(60, top)), tickStep: tickStep(max(60, top)),
                                      tickText: { ReportNumbers.duration($0) })
            chart.labelWidth = 60
            let desc = "\(sla.measure.name), limit \(ReportNumbers.duration(limit)) on the \(sla.measure.clock.rawValue) clock: "
                + percentiles.map { "\($0.0) \($0.1.map { ReportNumbers.duration($0.mean) } ?? "—")" }.joined(separator: ", ")
            charts += ReportMarkup.figure(chart.canvas(title: "Reply times of \(sla.measure.name) against its limit", desc: desc), id: "reply-time-chart-\(i)")
        }
        let rows = sim.slas.map { sla in
            [m.words(sla.measure.name), m.text(ReportNumbers.duration(Double(sla.measure.limitSeconds)) + " " + sla.measure.clock.rawValue),
             m.text(SimulationTextRenderer.percentiles(sla.p50, sla.p90, sla.p99)),
             m.text(SimulationTextRenderer.percentiles(sla.calendarP50, sla.calendarP90, sla.calendarP99))]
        }
        return m.section(id: "reply-times", heading: "Reply times",
                         m.paragraph("How long the simulated weeks take to answer: the median (p50), p90 and p99 reply time on "
                                     + "the SLA's clock, means over the weeks with their 95% intervals; the dashed tick is the limit.")
                         + m.table(caption: "Reply time p50 p90 p99, as check and audit report them",
                                   header: ["SLA", "limit", "SLA clock", "calendar"], rows: rows)
                         + charts)
    }
}
