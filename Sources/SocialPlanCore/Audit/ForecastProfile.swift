/// The weekday × hour shape of mentions over a covered span (docs/audit.md, "forecast"):
/// mentions per hour the log covers, holidays left out.
///
/// Each local hour slot (weekday, hour) has a count of mentions and an **exposure**: how many
/// times the span covers that slot on a day that is not a holiday. The rate of a slot is count ÷
/// exposure, so an hour the log covers and nobody wrote in is a real zero, while a slot the log
/// never covers is unknown; it is filled with the rate of the same hour on the covered days
/// (or, if that hour is never covered, the mean rate) and listed in ``filled``.
public struct ForecastProfile: Sendable, Hashable {
    /// Mentions per slot, `counts[day][hour]`, day 0 = Monday.
    public var counts: [[Int]]
    /// Covered hours per slot, holidays excluded.
    public var exposure: [[Int]]

    /// Counts `mentions` (instants) inside `span` and the hours of `span`, both in `clock`'s
    /// zone and skipping local dates in `holidays`. `span` starts on a local hour.
    /// Complexity: O(h + m) for h hours in the span and m mentions.
    public init(mentions: [Int], span: Range<Int>, clock: ZoneClock, holidays: [DateSpan]) {
        var counts = Array(repeating: Array(repeating: 0, count: 24), count: 7)
        var exposure = counts
        func slot(_ t: Int) -> (day: Int, hour: Int)? {
            let wall = clock.wallTime(at: t)
            if holidays.contains(where: { $0.contains(wall.date) }) { return nil }
            return (wall.date.weekday.rawValue - 1, wall.minute / 60)
        }
        var t = span.lowerBound
        while t < span.upperBound {
            if let s = slot(t) { exposure[s.day][s.hour] += 1 }
            t += 3600
        }
        for m in mentions where span.contains(m) {
            if let s = slot(m) { counts[s.day][s.hour] += 1 }
        }
        self.counts = counts
        self.exposure = exposure
    }

    /// Mentions per covered hour of each slot, with the slots never covered filled in; nil when
    /// nothing is covered.
    public var rates: [[Double]]? {
        let totalExposure = exposure.joined().reduce(0, +)
        guard totalExposure > 0 else { return nil }
        let mean = Double(counts.joined().reduce(0, +)) / Double(totalExposure)
        let byHour: [Double] = (0..<24).map { h in
            let e = (0..<7).reduce(0) { $0 + exposure[$1][h] }
            return e > 0 ? Double((0..<7).reduce(0) { $0 + counts[$1][h] }) / Double(e) : mean
        }
        return (0..<7).map { d in
            (0..<24).map { h in exposure[d][h] > 0 ? Double(counts[d][h]) / Double(exposure[d][h]) : byHour[h] }
        }
    }

    /// Each slot's share of a week's mentions (sums to 1); nil when nothing is covered or no
    /// mention was counted.
    public var shares: [[Double]]? {
        guard let rates else { return nil }
        let sum = rates.joined().reduce(0, +)
        guard sum > 0 else { return nil }
        return rates.map { $0.map { $0 / sum } }
    }

    /// The slots never covered (holidays aside), as `(day, hour)` with day 0 = Monday.
    public var filled: [(day: Int, hour: Int)] {
        (0..<7).flatMap { d in (0..<24).filter { exposure[d][$0] == 0 }.map { (d, $0) } }
    }

    /// The weekdays with no covered hour at all.
    public var uncoveredDays: [Weekday] {
        Weekday.allCases.filter { d in exposure[d.rawValue - 1].allSatisfy { $0 == 0 } }
    }

}
