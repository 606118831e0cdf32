/// With `--log`: plan against actuals, as `audit --compare` reports it — per SLA the observed
/// attainment of the log's whole weeks next to the simulation of the same weeks — and the
/// audit's hour-of-week heatmap of mentions for each audited account.
enum ReportAuditSection {
    static func render(_ comparison: AuditComparison, report: WeekReport) -> String {
        let m = ReportMarkup.self
        typealias A = AuditComparisonRendering
        var out = m.element("ul", [], A.header(comparison).map { m.element("li", [], m.words($0)) }.joined())
        let rows = comparison.rows.map { row -> [String] in
            let range = row.expectedRange.map { ReportNumbers.percentRange($0.lower, $0.upper) } ?? "—"
            return [m.words(row.measure.name), m.text(ReportNumbers.shortPercent(row.measure.target)),
                    m.text(A.attainment(row.observedAttainment)), m.text(A.attainment(row.predictedAttainment)), m.text(range),
                    m.text("\(row.observedWeeksKept) of \(row.observedWeeks)"),
                    m.text(ReportNumbers.percent(row.predictedWeeksKept.share)), m.text(A.verdict(row))]
        }
        out += m.table(caption: "Attainment observed in the log against the simulation of the same weeks",
                       header: ["SLA", "target", "observed", "predicted", "expected range", "weeks kept (log)",
                                "weeks kept (simulated)", "verdict"], rows: rows)
        out += attainmentChart(comparison)
        out += m.element("ul", [("class", "legend")],
                         m.element("li", [], m.element("span", [("class", "swatch observed-swatch"), ("aria-hidden", "true")], "")
                                   + m.text("(log): observed in the log's whole weeks"))
                         + m.element("li", [], m.element("span", [("class", "swatch predicted-swatch"), ("aria-hidden", "true")], "")
                                     + m.text("(sim.): simulated for the same weeks"))
                         + m.element("li", [], m.text("● mean, bar: 95% interval, dashed tick: target")))
        if comparison.hours.isEmpty {
            out += m.paragraph("breaches by hour of the week: observed and predicted agree within 0.05 a week")
        } else {
            out += m.element("h3", [], m.text("Hours where breaches a week differ most (observed vs predicted)"))
            out += m.element("ul", [], comparison.hours.map { h in
                m.element("li", [], m.text("\(A.hourName(h.hourOfWeek)): observed \(ReportNumbers.count(h.observedPerWeek)), "
                                          + "predicted \(ReportNumbers.count(h.predictedPerWeek))"))
            }.joined())
        }
        for (i, account) in comparison.audit.accounts.enumerated() {
            out += heatmap(account, index: i, zone: comparison.zone)
        }
        return m.section(id: "audit", heading: "Plan against actuals", out)
    }

    /// Observed and predicted mean attainment with their intervals, against the target.
    static func attainmentChart(_ comparison: AuditComparison) -> String {
        var rows: [IntervalChart.Row] = []
        for row in comparison.rows {
            let o = row.observedAttainment, p = row.predictedAttainment
            rows.append(.init(label: "\(row.measure.name) (log)", estimate: o?.mean, lower: o.map { max(0, $0.lower) },
                              upper: o.map { min(1, $0.upper) }, reference: row.measure.target, cssClass: "observed"))
            rows.append(.init(label: "\(row.measure.name) (sim.)", estimate: p?.mean, lower: p.map { max(0, $0.lower) },
                              upper: p.map { min(1, $0.upper) }, reference: row.measure.target, cssClass: "predicted"))
        }
        let desc = comparison.rows.map { row in
            "\(row.measure.name): observed \(AuditComparisonRendering.attainment(row.observedAttainment)), predicted "
                + "\(AuditComparisonRendering.attainment(row.predictedAttainment)), \(AuditComparisonRendering.verdict(row))"
        }.joined(separator: "; ")
        return ReportMarkup.figure(ReportSLASection.shareChart(rows: rows).canvas(title: "Observed against predicted attainment", desc: desc), id: "audit-attainment-chart")
    }

    /// The shade of an hour with `count` mentions in a week whose busiest hour has `most`.
    static func heatClass(_ count: Int, most: Int) -> String {
        guard count > 0, most > 0 else { return "" }
        return "heat\(min(4, max(1, Int((Double(count) / Double(most) * 4).rounded(.up)))))"
    }

    static func heatmap(_ account: AuditAccountReport, index: Int, zone: String) -> String {
        let m = ReportMarkup.self
        let volume = account.heatmap.volume
        let most = volume.flatMap { $0 }.max() ?? 0
        var chart = HeatmapChart(rows: Weekday.allCases.map(\.shortName), columns: 24,
                                 cells: volume.map { $0.map { heatClass($0, most: most) } },
                                 columnLabels: stride(from: 0, through: 24, by: 3).map { (column: $0, text: "\(InstantFormat.two($0)):00") })
        chart.cellWidth = 32
        var busiest: [(Int, Int)] = []
        for (d, day) in volume.enumerated() { for (h, n) in day.enumerated() where n > 0 { busiest.append((d * 24 + h, n)) } }
        busiest.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        let desc = "Mentions per hour of the week to \(account.account) in \(zone), darker is busier; busiest: "
            + (busiest.isEmpty ? "none" : busiest.prefix(5).map { "\(AuditComparisonRendering.hourName($0.0)) \($0.1)" }.joined(separator: ", "))
        let legend = m.element("ul", [("class", "legend")], (1...4).map { q in
            m.element("li", [], m.element("span", [("class", "swatch heat\(q)"), ("aria-hidden", "true")], "")
                      + m.text("up to \(q * 25)% of the busiest hour (\(most))"))
        }.joined())
        return ReportMarkup.figure(chart.canvas(title: "Mentions by hour of the week, \(account.account)", desc: desc), id: "audit-heatmap-\(index)")
            + legend + m.paragraph(desc, cssClass: "note")
    }
}
