/// The ISO weeks a log covers and how much of each (docs/audit.md, "forecast"): the history a
/// forecast is derived from.
///
/// The covered span runs from the start of the local hour of the log's first message to the end
/// of the local hour of its last one (clipped to the period asked for). A week is **whole** when
/// the span covers every hour of it; otherwise it is **partial**, with the share of its hours
/// covered. Hours outside the span are unknown, not zero.
public struct ForecastHistory: Sendable, Hashable {
    /// Below this many whole weeks the history is thin: the forecast still derives, and warns.
    public static let minimumWholeWeeks = 2

    /// Every ISO week the span touches, oldest first.
    public var weeks: [ForecastWeek]
    /// The covered span, hour-aligned on the local clock.
    public var span: Range<Int>

    /// Splits the span `from ..< to` (instants) into ISO weeks in `clock`'s zone, after widening
    /// it to whole local hours, and counts `mentions` (instants) per week. Complexity: O(w + m)
    /// for w weeks and m mentions.
    public init(from: Int, to: Int, mentions: [Int], clock: ZoneClock) {
        let start = Self.hourStart(from, clock)
        let lastHour = Self.hourStart(max(from, to - 1), clock)
        let end = max(start + 3600, lastHour + 3600)
        span = start..<end
        var weeks: [ForecastWeek] = []
        let firstMonday = Self.monday(of: start, clock)
        var monday = firstMonday
        while true {
            let weekStart = clock.instant(of: monday, minute: 0)
            guard weekStart < end else { break }
            let weekEnd = clock.instant(of: monday.adding(days: 7), minute: 0)
            let covered = max(start, weekStart)..<min(end, weekEnd)
            weeks.append(ForecastWeek(week: ISOWeek.containing(monday), start: weekStart, end: weekEnd, covered: covered, mentions: 0))
            monday = monday.adding(days: 7)
        }
        for t in mentions where span.contains(t) {
            let i = (Self.monday(of: t, clock).dayNumber - firstMonday.dayNumber) / 7
            if weeks.indices.contains(i) { weeks[i].mentions += 1 }
        }
        self.weeks = weeks
    }

    /// The whole weeks, oldest first.
    public var wholeWeeks: [ForecastWeek] { weeks.filter(\.isWhole) }
    /// The partial weeks, oldest first.
    public var partialWeeks: [ForecastWeek] { weeks.filter { !$0.isWhole } }
    /// True below ``minimumWholeWeeks`` whole weeks.
    public var isThin: Bool { wholeWeeks.count < Self.minimumWholeWeeks }

    /// The weeks a forecast uses: the whole weeks (the last `last` of them when given), or, when
    /// there is none, every partial week (the figures are then prorated by the hours covered).
    public func used(last: Int? = nil) -> [ForecastWeek] {
        let pool = wholeWeeks.isEmpty ? weeks : wholeWeeks
        guard let last, last > 0 else { return pool }
        return Array(pool.suffix(last))
    }

    /// The start of the local hour holding `t`.
    static func hourStart(_ t: Int, _ clock: ZoneClock) -> Int {
        let second = ((t % 60) + 60) % 60
        return t - second - (clock.wallTime(at: t).minute % 60) * 60
    }

    /// The Monday of the ISO week holding `t`.
    static func monday(of t: Int, _ clock: ZoneClock) -> LocalDate {
        let date = clock.wallTime(at: t).date
        return date.adding(days: -(date.weekday.rawValue - 1))
    }
}

/// One ISO week of a log's history.
public struct ForecastWeek: Sendable, Hashable {
    /// The week.
    public var week: ISOWeek
    /// Monday 00:00 and the next Monday 00:00 (instants; 167 or 169 hours apart across DST).
    public var start: Int, end: Int
    /// The part of the week the log covers.
    public var covered: Range<Int>
    /// Mentions created in the covered part.
    public var mentions: Int

    /// True when the log covers every hour of the week.
    public var isWhole: Bool { covered.lowerBound == start && covered.upperBound == end }
    /// Hours covered.
    public var hoursCovered: Double { Double(covered.count) / 3600 }
    /// Hours in the week.
    public var hours: Double { Double(end - start) / 3600 }
    /// Share of the week's hours covered, 0…1.
    public var coverage: Double { Double(covered.count) / Double(end - start) }
}
