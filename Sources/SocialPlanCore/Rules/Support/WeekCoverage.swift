import Foundation

/// Which minutes of a week something covers, on the strategy's wall clock
/// (index 0 = Monday 00:00, 10 080 minutes).
///
/// Rules reason about a typical week. For people in another zone, their hours are moved by the
/// difference between the two zones' UTC offsets in a reference week (the week of Monday
/// 2026-01-12, when no zone in use changes its clocks); the schedule works on real instants of
/// the actual week instead.
public struct WeekCoverage: Sendable, Hashable {
    /// One flag per minute of the week.
    public var minutes: [Bool]

    /// Minutes in a week.
    public static let length = 10_080

    /// Creates coverage from flags.
    public init(minutes: [Bool]) { self.minutes = minutes }

    /// Nothing covered.
    public static let empty = WeekCoverage(minutes: Array(repeating: false, count: length))

    /// The minutes inside `hours`, read in the same zone.
    public init(_ hours: WeeklyHours) { self.minutes = hours.minuteOfWeekCoverage }

    /// The minutes inside `hours` written in zone `from`, seen on the clock of zone `to`.
    public init(_ hours: WeeklyHours, zone from: String, seenIn to: String) {
        let base = hours.minuteOfWeekCoverage
        let shift = WeekCoverage.offsetMinutes(to) - WeekCoverage.offsetMinutes(from)
        guard shift != 0 else { self.minutes = base; return }
        var moved = Array(repeating: false, count: Self.length)
        for (i, on) in base.enumerated() where on {
            moved[((i + shift) % Self.length + Self.length) % Self.length] = true
        }
        self.minutes = moved
    }

    /// A member's availability on the strategy's clock.
    public init(member: Member, strategyZone: String) {
        self.init(member.available, zone: member.timezone, seenIn: strategyZone)
    }

    /// Union.
    public func union(_ other: WeekCoverage) -> WeekCoverage {
        WeekCoverage(minutes: zip(minutes, other.minutes).map { $0 || $1 })
    }

    /// Intersection.
    public func intersection(_ other: WeekCoverage) -> WeekCoverage {
        WeekCoverage(minutes: zip(minutes, other.minutes).map { $0 && $1 })
    }

    /// Minutes covered here but not in `other`.
    public func subtracting(_ other: WeekCoverage) -> WeekCoverage {
        WeekCoverage(minutes: zip(minutes, other.minutes).map { $0 && !$1 })
    }

    /// Number of covered minutes.
    public var count: Int { minutes.reduce(0) { $0 + ($1 ? 1 : 0) } }

    /// True when nothing is covered.
    public var isEmpty: Bool { !minutes.contains(true) }

    /// Covered minutes on one weekday (0…1440).
    public func count(on day: Weekday) -> Int {
        let base = (day.rawValue - 1) * 1440
        return minutes[base..<(base + 1440)].reduce(0) { $0 + ($1 ? 1 : 0) }
    }

    /// Contiguous covered runs as (start minute of week, length), in week order. A run that
    /// crosses from Sunday into Monday is reported as one run starting on Sunday.
    public var runs: [(start: Int, length: Int)] {
        var result: [(Int, Int)] = []
        var i = 0
        while i < Self.length {
            if minutes[i] {
                let start = i
                while i < Self.length && minutes[i] { i += 1 }
                result.append((start, i - start))
            } else {
                i += 1
            }
        }
        if result.count > 1, let first = result.first, let last = result.last, first.0 == 0, last.0 + last.1 == Self.length {
            result.removeFirst()
            result[result.count - 1].1 += first.1
        }
        return result
    }

    /// "Tue 18:00–21:00" for a run; runs past midnight read "Sun 22:00–Mon 02:00".
    public static func describe(start: Int, length runLength: Int) -> String {
        if runLength >= length { return "the whole week" }
        let endMinute = start + runLength
        let startDay = Weekday(rawValue: start / 1440 + 1) ?? .mon
        let s = ClockTime(minutes: start % 1440)
        // A run ending exactly at midnight ends "24:00" on its own day.
        let lastDayIndex = (endMinute - 1) / 1440
        if lastDayIndex == start / 1440 {
            let e = endMinute % 1440 == 0 ? "24:00" : ClockTime(minutes: endMinute % 1440).description
            return "\(startDay.shortName) \(s)–\(e)"
        }
        let endDay = Weekday(rawValue: (endMinute % length) / 1440 + 1) ?? .mon
        return "\(startDay.shortName) \(s)–\(endDay.shortName) \(ClockTime(minutes: endMinute % 1440))"
    }

    /// A zone's UTC offset in minutes during the reference week.
    static func offsetMinutes(_ zone: String) -> Int {
        // Wednesday 2026-01-14 12:00 UTC.
        let reference = Date(timeIntervalSince1970: 1_768_392_000)
        return (TimeZone(identifier: zone)?.secondsFromGMT(for: reference) ?? 0) / 60
    }
}
