/// How well the forecast would have done (docs/audit.md, "forecast", backtest): the last whole
/// week forecast from the whole weeks before it, and compared with what came.
public struct ForecastBacktest: Sendable, Hashable {
    /// Fewest whole weeks to forecast from; one more is needed to check against.
    public static let minimumEarlierWeeks = 2

    /// The week checked (the last whole week used).
    public var week: ISOWeek
    /// Whole weeks the forecast was made from.
    public var earlierWeeks: Int
    /// The forecast weekly volume (their mean, or the trend's next week with a trend).
    public var predicted: Double
    /// The week's actual mentions.
    public var actual: Int
    /// Σ |forecast − actual| over the week's hours (holidays left out), the forecast being the
    /// earlier weeks' profile scaled to the week's actual mentions, so it measures the shape only.
    public var hourlyAbsoluteError: Double
    /// Hours compared.
    public var hours: Int
    /// Actual mentions in the hours compared.
    public var hourlyActual: Int

    /// Forecast minus actual, in mentions.
    public var volumeError: Double { predicted - Double(actual) }
    /// The volume error as a share of the actual volume, in percent; nil when it was 0.
    public var volumeErrorPercent: Double? { actual > 0 ? volumeError / Double(actual) * 100 : nil }
    /// Weighted absolute percentage error of the hourly profile, in percent; nil without mentions.
    public var profileWAPE: Double? { hourlyActual > 0 ? hourlyAbsoluteError / Double(hourlyActual) * 100 : nil }
    /// Mean absolute error per hour, in mentions.
    public var profileMAE: Double { hours > 0 ? hourlyAbsoluteError / Double(hours) : 0 }

    /// Why a backtest was not run, or its result.
    public enum Outcome: Sendable, Hashable {
        /// The backtest.
        case done(ForecastBacktest)
        /// Not run; the reason, lowercase, one line.
        case skipped(String)
    }

    /// Backtests `whole` (the whole weeks used, oldest first) on `mentions` (instants).
    /// Complexity: O(h + m) for h hours in the weeks and m mentions.
    public static func run(whole: [ForecastWeek], mentions: [Int], clock: ZoneClock, holidays: [DateSpan],
                           trend: Bool) -> Outcome {
        guard whole.count > minimumEarlierWeeks, let target = whole.last else {
            let have = whole.count
            return .skipped("needs \(minimumEarlierWeeks + 1) whole weeks (\(minimumEarlierWeeks) to forecast from, 1 to check), "
                + "the history has \(have)")
        }
        let earlier = Array(whole.dropLast())
        let volumes = earlier.map { Double($0.mentions) }
        let predicted = (trend ? ForecastTrend(volumes: volumes)?.nextWeek : nil) ?? volumes.reduce(0, +) / Double(volumes.count)
        let span = (earlier.first?.start ?? target.start)..<target.start
        let profile = ForecastProfile(mentions: mentions, span: span, clock: clock, holidays: holidays)
        var actualByHour: [Int: Int] = [:]
        for m in mentions where target.covered.contains(m) { actualByHour[(m - target.start) / 3600, default: 0] += 1 }
        var slots: [(hour: Int, share: Double)] = []
        var t = target.start
        while t < target.end {
            let wall = clock.wallTime(at: t)
            if !holidays.contains(where: { $0.contains(wall.date) }) {
                let share = profile.shares?[wall.date.weekday.rawValue - 1][wall.minute / 60] ?? 0
                slots.append(((t - target.start) / 3600, share))
            }
            t += 3600
        }
        let actual = slots.reduce(0) { $0 + actualByHour[$1.hour, default: 0] }
        let shareSum = slots.reduce(0) { $0 + $1.share }
        let error = slots.reduce(0.0) { sum, s in
            let forecast = shareSum > 0 ? Double(actual) * s.share / shareSum : 0
            return sum + abs(forecast - Double(actualByHour[s.hour, default: 0]))
        }
        return .done(ForecastBacktest(week: target.week, earlierWeeks: earlier.count, predicted: predicted, actual: target.mentions,
                                      hourlyAbsoluteError: error, hours: slots.count, hourlyActual: actual))
    }
}
