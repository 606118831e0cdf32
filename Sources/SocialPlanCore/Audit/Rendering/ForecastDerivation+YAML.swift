extension ForecastDerivation {
    /// The `mentions:` block in the strategy format (docs/strategy-format.md §mentions), with a
    /// comment saying what it is based on; ready to paste into a strategy.
    public var yaml: String {
        let clock = ZoneClock(zone: zone, from: (first ?? 0) - 86_400, to: (last ?? 0) + 86_400)
        func day(_ t: Int?) -> String { t.map { clock.wallTime(at: $0).date.description } ?? "none" }
        var out = "# derived from \(mentions) \(mentions == 1 ? "mention" : "mentions") over \(weeks) \(weeks == 1 ? "week" : "weeks")"
        out += " (\(day(first)) … \(day(last)))\n"
        if followups > 0 { out += "# and \(followups) \(followups == 1 ? "follow-up" : "follow-ups")\n" }
        out += "mentions:\n  per_week: \(Self.number(perWeek))\n"
        if let profile {
            out += "  profile:\n"
            for d in Weekday.allCases {
                out += "    \(d): [\(profile[d.rawValue - 1].map(String.init).joined(separator: ", "))]\n"
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

    /// `12.5%` for 125 permille, `15%` for 150.
    static func permille(_ p: Int) -> String { p % 10 == 0 ? "\(p / 10)%" : "\(p / 10).\(p % 10)%" }

    /// A number with at most one decimal and no trailing `.0`.
    static func number(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
