/// A derived forecast as JSON (docs/audit.md, "forecast"): the figures behind the YAML block.
public enum ForecastJSONRenderer {
    /// Renders `forecast` of `account`.
    public static func render(_ forecast: ForecastDerivation, account: String) -> String {
        typealias J = JSONValue
        let profile: J = forecast.profile.map { rows in
            .object(Weekday.allCases.map { day in (day.description, .array(rows[day.rawValue - 1].map { J.integer($0) })) })
        } ?? .null
        let first: J = forecast.first.map { J.string(InstantFormat.utc($0)) } ?? J.null
        let last: J = forecast.last.map { J.string(InstantFormat.utc($0)) } ?? J.null
        let priorities: J = .object(forecast.priorityPermille.map { ($0.priority, J.literal(AuditFormat.fraction(Double($0.permille) / 1000))) })
        let share: J = forecast.followupPermille.map { J.literal(AuditFormat.fraction(Double($0) / 1000)) } ?? J.null
        let after: J = forecast.followupAfter.map { J.integer($0.seconds / 60) } ?? J.null
        let pairs: [(String, J)] = [
            ("account", .string(account)),
            ("timezone", .string(forecast.zone)),
            ("weeks", .integer(forecast.weeks)),
            ("first", first),
            ("last", last),
            ("mentions", .integer(forecast.mentions)),
            ("followups", .integer(forecast.followups)),
            ("per_week", .literal(ForecastDerivation.number(forecast.perWeek))),
            ("profile", profile),
            ("priorities", priorities),
            ("followup_share", share),
            ("followup_after_minutes", after),
            ("yaml", .string(forecast.yaml)),
        ]
        return J.object(pairs).document
    }
}
