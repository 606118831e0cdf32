/// `audit --compare` output: text (≤ 100 columns), JSON or Markdown, all read from one
/// ``AuditComparison``.
public enum AuditComparisonRendering: ReportRendering {
    public static let formats: [OutputFormat] = [.text, .json, .markdown]

    public static func render(_ report: AuditComparison, as format: OutputFormat) -> String {
        switch format {
        case .json: return json(report).document
        case .markdown: return markdown(report)
        default: return text(report)
        }
    }

    /// `Tue 10:00–11:00` for an hour of the week.
    static func hourName(_ h: Int) -> String {
        let day = Weekday(rawValue: h / 24 + 1)?.shortName ?? "?"
        let hour = h % 24
        return "\(day) \(hour < 10 ? "0" : "")\(hour):00–\(hour + 1 < 10 ? "0" : "")\(hour + 1):00"
    }

    /// `93.1% (95% CI 92.0–94.2%)`, or `—` without a figure.
    static func attainment(_ s: ReplicationSummary?) -> String {
        guard let s else { return "—" }
        return s.count > 1 ? "\(ReportNumbers.percent(s.mean)) (CI \(ReportNumbers.percentRange(s.lower, s.upper)))"
                           : ReportNumbers.percent(s.mean)
    }

    static func minutes(_ s: ReplicationSummary?) -> String { s.map { ReportNumbers.duration($0.mean) } ?? "—" }

    static func verdict(_ row: AuditComparison.Row) -> String {
        switch row.agrees {
        case true?: return "agrees"
        case false?: return "differs"
        case nil: return "nothing to compare"
        }
    }

    static func header(_ r: AuditComparison) -> [String] {
        var lines = ["Plan against actuals (\(r.zone))", "log \(r.logName)"]
        let weeks = r.weeks.isEmpty ? "no whole week" : r.weeks.count == 1 ? "1 whole week (\(r.weeks[0]))"
            : "\(r.weeks.count) whole weeks (\(r.weeks[0]) – \(r.weeks[r.weeks.count - 1]))"
        lines.append("observed: \(weeks); predicted: \(r.replications) simulated weeks each, seed \(r.seed)")
        if !r.partialWeeks.isEmpty {
            lines.append("partial weeks not compared: " + r.partialWeeks.map(\.description).joined(separator: ", "))
        }
        if r.weeksBeyondLimit > 0 {
            lines.append("\(r.weeksBeyondLimit) earlier whole weeks left out (at most \(AuditComparison.maxWeeks) compared)")
        }
        return lines
    }

    static func text(_ r: AuditComparison) -> String {
        var out = header(r).joined(separator: "\n") + "\n"
        for row in r.rows {
            let m = row.measure
            out += "\n\(m.name) (\(ReportNumbers.duration(Double(m.limitSeconds))) \(m.clock.rawValue), target "
                + "\(ReportNumbers.shortPercent(m.target))): \(verdict(row))\n"
            out += "  attainment  observed \(attainment(row.observedAttainment))\n"
            var predicted = "  predicted \(attainment(row.predictedAttainment))"
            if let range = row.expectedRange {
                predicted += "; \(row.observedWeeks)-week range \(ReportNumbers.percentRange(range.lower, range.upper))"
            }
            out += "            \(predicted.dropFirst(2))\n"
            out += "  weeks kept  observed \(row.observedWeeksKept) of \(row.observedWeeks); predicted "
                + "\(ReportNumbers.percent(row.predictedWeeksKept.share)) (CI "
                + "\(ReportNumbers.percentRange(row.predictedWeeksKept.lower, row.predictedWeeksKept.upper)))\n"
            out += "  p90         observed \(minutes(row.observedP90)); predicted \(minutes(row.predictedP90)) (on the SLA's clock)\n"
            out += "  judged      observed \(ReportNumbers.count(row.observedJudgedPerWeek)) a week; predicted "
                + "\(ReportNumbers.count(row.predictedJudgedPerWeek))\n"
        }
        out += "\n"
        if r.hours.isEmpty {
            out += "breaches by hour of the week: observed and predicted agree within 0.05 a week\n"
        } else {
            out += "hours where breaches a week differ most (observed vs predicted):\n"
            for h in r.hours {
                out += "  \(hourName(h.hourOfWeek))  observed \(ReportNumbers.count(h.observedPerWeek)), predicted "
                    + "\(ReportNumbers.count(h.predictedPerWeek))\n"
            }
        }
        out += "range: where the mean of the observed weeks falls 95% of the time if the plan is right\n"
        return out
    }

    static func markdown(_ r: AuditComparison) -> String {
        var out = "# " + header(r)[0] + "\n\n" + header(r).dropFirst().joined(separator: "  \n") + "\n\n"
        out += "| SLA | observed | predicted (95% CI) | range for observed weeks | weeks kept, observed | weeks kept, predicted | p90 observed | p90 predicted | verdict |\n"
        out += "|---|---|---|---|---|---|---|---|---|\n"
        for row in r.rows {
            let range = row.expectedRange.map { ReportNumbers.percentRange($0.lower, $0.upper) } ?? "—"
            out += "| \(row.measure.name) | \(attainment(row.observedAttainment)) | \(attainment(row.predictedAttainment)) | \(range) "
                + "| \(row.observedWeeksKept) of \(row.observedWeeks) | \(ReportNumbers.percent(row.predictedWeeksKept.share)) "
                + "| \(minutes(row.observedP90)) | \(minutes(row.predictedP90)) | \(verdict(row)) |\n"
        }
        if !r.hours.isEmpty {
            out += "\n| hour | breaches a week, observed | predicted |\n|---|---|---|\n"
            for h in r.hours {
                out += "| \(hourName(h.hourOfWeek)) | \(ReportNumbers.count(h.observedPerWeek)) | \(ReportNumbers.count(h.predictedPerWeek)) |\n"
            }
        }
        return out
    }

    static func json(_ r: AuditComparison) -> JSONValue {
        func summary(_ s: ReplicationSummary?, scale: Double = 1, places: Int = 4) -> JSONValue {
            guard let s else { return .null }
            return .object([("mean", .rounded(s.mean / scale, places: places)),
                            ("ci_low", s.count > 1 ? .rounded(s.lower / scale, places: places) : .null),
                            ("ci_high", s.count > 1 ? .rounded(s.upper / scale, places: places) : .null),
                            ("weeks", .integer(s.count))])
        }
        let rows: [JSONValue] = r.rows.map { row in
            .object([
                ("priority", .string(row.measure.priority)), ("metric", .string(row.measure.metric.rawValue)),
                ("clock", .string(row.measure.clock.rawValue)), ("limit_minutes", .rounded(Double(row.measure.limitSeconds) / 60, places: 2)),
                ("target", .rounded(row.measure.target, places: 4)),
                ("observed_attainment", summary(row.observedAttainment)),
                ("predicted_attainment", summary(row.predictedAttainment)),
                ("expected_range", row.expectedRange.map { .object([("low", .rounded($0.lower, places: 4)), ("high", .rounded($0.upper, places: 4))]) } ?? .null),
                ("agrees", row.agrees.map { .bool($0) } ?? .null),
                ("observed_weeks_kept", .integer(row.observedWeeksKept)), ("observed_weeks", .integer(row.observedWeeks)),
                ("predicted_weeks_kept_share", .rounded(row.predictedWeeksKept.share, places: 4)),
                ("observed_p90_minutes", summary(row.observedP90, scale: 60, places: 2)),
                ("predicted_p90_minutes", summary(row.predictedP90, scale: 60, places: 2)),
                ("observed_judged_per_week", .rounded(row.observedJudgedPerWeek, places: 2)),
                ("predicted_judged_per_week", .rounded(row.predictedJudgedPerWeek, places: 2)),
            ])
        }
        let hours: [JSONValue] = r.hours.map { h in
            .object([("hour_of_week", .integer(h.hourOfWeek)), ("hour", .string(hourName(h.hourOfWeek))),
                     ("observed_breaches_per_week", .rounded(h.observedPerWeek, places: 2)),
                     ("predicted_breaches_per_week", .rounded(h.predictedPerWeek, places: 2))])
        }
        return .object([
            ("log", .string(r.logName)), ("zone", .string(r.zone)),
            ("weeks", .array(r.weeks.map { .string($0.description) })),
            ("partial_weeks", .array(r.partialWeeks.map { .string($0.description) })),
            ("weeks_beyond_limit", .integer(r.weeksBeyondLimit)),
            ("seed", .integer(Int(truncatingIfNeeded: r.seed))), ("replications", .integer(r.replications)),
            ("slas", .array(rows)), ("hours", .array(hours)),
        ])
    }
}
