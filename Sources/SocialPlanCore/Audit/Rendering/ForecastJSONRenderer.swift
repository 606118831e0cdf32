/// A derived forecast as JSON (docs/audit.md, "forecast"): the figures behind the YAML block,
/// the history they rest on, the trend and the backtest.
public enum ForecastJSONRenderer {
    typealias J = JSONValue

    /// Renders `forecast` of `account`.
    public static func render(_ forecast: ForecastDerivation, account: String) -> String {
        let profile: J = forecast.profile.map { rows in
            .object(Weekday.allCases.map { day in
                (day.description, .array(rows[day.rawValue - 1].map { J.literal(ForecastDerivation.number($0)) }))
            })
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
            ("basis", .string(forecast.basis.rawValue)),
            ("whole_weeks", .integer(forecast.history?.wholeWeeks.count ?? 0)),
            ("thin_history", .bool(forecast.history?.isThin ?? true)),
            ("warnings", .array(forecast.warnings.map { J.string($0) })),
            ("history", .array((forecast.history?.weeks ?? []).map { week(of: $0, in: forecast) })),
            ("first", first),
            ("last", last),
            ("mentions", .integer(forecast.mentions)),
            ("followups", .integer(forecast.followups)),
            ("per_week", .literal(ForecastDerivation.number(forecast.perWeek))),
            ("trend", trend(forecast)),
            ("backtest", backtest(forecast.backtest)),
            ("holiday_dates", .integer(forecast.holidayDates)),
            ("filled_hours", .integer(forecast.filledSlots)),
            ("profile", profile),
            ("priorities", priorities),
            ("followup_share", share),
            ("followup_after_minutes", after),
            ("yaml", .string(forecast.yaml)),
        ]
        return J.object(pairs).document
    }

    /// One week of the history.
    static func week(of w: ForecastWeek, in forecast: ForecastDerivation) -> J {
        .object([
            ("week", .string(w.week.description)),
            ("whole", .bool(w.isWhole)),
            ("used", .bool(forecast.used.contains(w))),
            ("hours", .literal(ForecastDerivation.number(w.hours))),
            ("hours_covered", .literal(ForecastDerivation.number(w.hoursCovered))),
            ("coverage", .literal(AuditFormat.fraction(w.coverage))),
            ("mentions", .integer(w.mentions)),
        ])
    }

    /// The trend, or null when not asked for or not fitted.
    static func trend(_ f: ForecastDerivation) -> J {
        guard let t = f.trend else { return .null }
        return .object([
            ("weeks", .integer(t.weeks)),
            ("slope_per_week", .literal(ForecastDerivation.number(t.slope))),
            ("percent_per_week", t.percentPerWeek.map { J.literal(ForecastDerivation.number($0)) } ?? .null),
            ("next_week", .literal(ForecastDerivation.number(t.nextWeek))),
        ])
    }

    /// The backtest's errors, or why it was skipped.
    static func backtest(_ outcome: ForecastBacktest.Outcome) -> J {
        switch outcome {
        case .skipped(let why):
            return .object([("skipped", .string(why))])
        case .done(let b):
            return .object([
                ("week", .string(b.week.description)),
                ("earlier_weeks", .integer(b.earlierWeeks)),
                ("forecast", .literal(ForecastDerivation.number(b.predicted))),
                ("actual", .integer(b.actual)),
                ("error", .literal(ForecastDerivation.number(b.volumeError))),
                ("error_percent", b.volumeErrorPercent.map { J.literal(ForecastDerivation.number($0)) } ?? .null),
                ("profile_wape_percent", b.profileWAPE.map { J.literal(ForecastDerivation.number($0)) } ?? .null),
                ("profile_mae_per_hour", .literal(ForecastDerivation.number2(b.profileMAE))),
            ])
        }
    }
}
