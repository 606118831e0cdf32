extension ForecastDerivation {
    /// The `mentions:` block in the strategy format (docs/strategy-format.md §mentions), with
    /// comments saying what it is based on (weeks whole and partial, trend, backtest, warnings);
    /// ready to paste into a strategy.
    public var yaml: String {
        var out = header.map { "# \($0)\n" }.joined()
        if followups > 0 { out += "# and \(followups) \(followups == 1 ? "follow-up" : "follow-ups")\n" }
        out += "mentions:\n  per_week: \(Self.number(perWeek))\n"
        if let profile {
            out += "  profile:\n"
            for d in Weekday.allCases {
                out += "    \(d): [\(profile[d.rawValue - 1].map(Self.number).joined(separator: ", "))]\n"
            }
        }
        if priorityPermille.contains(where: { $0.permille > 0 }) {
            out += "  priorities: { " + priorityPermille.map { "\($0.priority): \(Self.permille($0.permille))" }.joined(separator: ", ") + " }\n"
        }
        if let share = followupPermille, let after = followupAfter {
            out += "  followups: { share: \(Self.permille(share)), after: \(after) }\n"
        }
        return out
    }

    /// The comment lines above the block, without `# `.
    var header: [String] {
        let clock = ZoneClock(zone: zone, from: (first ?? 0) - 86_400, to: (last ?? 0) + 86_400)
        func day(_ t: Int?) -> String { t.map { clock.wallTime(at: $0).date.description } ?? "none" }
        let m = "\(mentions) \(mentions == 1 ? "mention" : "mentions")"
        guard let history else { return ["derived from \(m) over 0 weeks (none … none)"] }
        var lines: [String] = []
        let dates = "\(day(first)) … \(day(last))"
        switch basis {
        case .wholeWeeks:
            lines.append("derived from \(m) over \(weeks) whole \(weeks == 1 ? "week" : "weeks"), \(dates)")
        case .prorated:
            lines.append("derived from \(m) in \(Self.number(hours(of: used))) hours covered, \(dates)")
        }
        let whole = history.wholeWeeks
        var line = "whole ISO weeks (\(zone)): "
        if let a = whole.first, let b = whole.last {
            line += whole.count == 1 ? "\(a.week) (1)" : "\(a.week) … \(b.week) (\(whole.count))"
            if weeks < whole.count { line += ", used: the last \(weeks)" }
        } else {
            line += "none"
        }
        lines.append(line)
        let partial = history.partialWeeks
        if !partial.isEmpty {
            let list = partial.map { "\($0.week) \(Self.number($0.hoursCovered))/\(Self.number($0.hours)) h (\(Self.percent($0.coverage * 100)))" }
            lines.append("partial: " + list.joined(separator: ", ") + (basis == .prorated ? ", prorated" : ", not used"))
        }
        switch basis {
        case .wholeWeeks where trend != nil:
            lines.append("per_week: next week on a least-squares line over \(weeks) whole weeks (--trend)")
        case .wholeWeeks:
            lines.append("per_week: mean of \(weeks) whole \(weeks == 1 ? "week" : "weeks")")
        case .prorated:
            lines.append("per_week: \(mentions) × 168 ÷ \(Self.number(hours(of: used))) hours covered")
        }
        if let trend {
            let pct = trend.percentPerWeek.map { Self.signed($0) + " % per week" } ?? "flat"
            lines.append("trend: \(pct) (\(Self.signed2(trend.slope)) mentions/week), next week \(Self.number(trend.nextWeek))")
        }
        var notes: [String] = []
        if holidayDates > 0 { notes.append("\(holidayDates) holiday \(holidayDates == 1 ? "date" : "dates") left out") }
        if !uncoveredDays.isEmpty {
            notes.append(uncoveredDays.map(\.description).joined(separator: ", ") + " not covered, filled from covered days")
        } else if filledSlots > 0 {
            notes.append("\(filledSlots) hours of the week not covered, filled from covered days")
        }
        if !notes.isEmpty { lines.append("profile: " + notes.joined(separator: "; ")) }
        switch backtest {
        case .skipped(let why):
            lines.append("backtest: skipped, \(why)")
        case .done(let b):
            let pct = b.volumeErrorPercent.map { " (\(Self.signed($0)) %)" } ?? ""
            lines.append("backtest: \(b.week) forecast from the \(b.earlierWeeks) whole weeks before it")
            lines.append("  weekly volume: forecast \(Self.number(b.predicted)), actual \(b.actual), error \(Self.signed(b.volumeError))\(pct)")
            let wape = b.profileWAPE.map { "WAPE \(Self.number($0)) %, " } ?? ""
            lines.append("  hourly profile: \(wape)MAE \(Self.number2(b.profileMAE)) mentions/hour")
        }
        lines += warnings.map { "warning: \($0)" }
        return lines
    }

    /// Hours covered by `weeks`.
    func hours(of weeks: [ForecastWeek]) -> Double { weeks.reduce(0) { $0 + $1.hoursCovered } }

    /// `12.5%` for 125 permille, `15%` for 150.
    static func permille(_ p: Int) -> String { p % 10 == 0 ? "\(p / 10)%" : "\(p / 10).\(p % 10)%" }

    /// A number with at most one decimal and no trailing `.0`.
    static func number(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// A number with two decimals (`0.05`).
    static func number2(_ x: Double) -> String {
        let hundredths = Int((abs(x) * 100).rounded())
        let digits = "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)"
        return (x < 0 && hundredths > 0 ? "-" : "") + digits
    }

    /// `+0.03`, `-1.50`.
    static func signed2(_ x: Double) -> String {
        let text = number2(x)
        return text.hasPrefix("-") ? text : "+" + text
    }

    /// `+5.2`, `-0.4`, `+0`.
    static func signed(_ x: Double) -> String {
        let text = number(x)
        return text.hasPrefix("-") ? text : "+" + text
    }

    /// `17.9 %` for 17.86.
    static func percent(_ x: Double) -> String { number(x) + " %" }
}
