/// Which minutes of a week something covers, on the strategy's wall clock
/// (index 0 = Monday 00:00, 10 080 minutes), kept as a bit set so unions, intersections and
/// counts cost a few hundred machine words rather than ten thousand flags.
///
/// Rules reason about a typical week. For people in another zone, their hours are moved by the
/// difference between the two zones' UTC offsets in a reference week (the week of Monday
/// 2026-01-12, when no zone in use changes its clocks); the schedule works on real instants of
/// the actual week instead.
public struct WeekCoverage: Sendable, Hashable {
    private var words: [UInt64]

    /// Minutes in a week.
    public static let length = 10_080
    private static let wordCount = (length + 63) / 64

    /// Nothing covered.
    public static let empty = WeekCoverage(words: Array(repeating: 0, count: wordCount))

    private init(words: [UInt64]) { self.words = words }

    /// Whether minute `m` of the week is covered.
    public subscript(m: Int) -> Bool { words[m >> 6] & (1 << UInt64(m & 63)) != 0 }

    /// Covers `range`; minutes past the end of the week wrap to Monday.
    public mutating func insert(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if range.count >= Self.length {
            for i in 0..<Self.wordCount { words[i] = ~0 }
            clearTail()
            return
        }
        let start = ((range.lowerBound % Self.length) + Self.length) % Self.length
        let end = start + range.count
        if end > Self.length {
            setBits(start, Self.length)
            setBits(0, end - Self.length)
        } else {
            setBits(start, end)
        }
    }

    private mutating func setBits(_ from: Int, _ to: Int) {
        var i = from
        while i < to {
            let word = i >> 6, bit = i & 63
            let n = min(64 - bit, to - i)
            let mask: UInt64 = n == 64 ? ~0 : ((1 << UInt64(n)) - 1) << UInt64(bit)
            words[word] |= mask
            i += n
        }
    }

    private mutating func clearTail() {
        let used = Self.length - (Self.wordCount - 1) * 64
        words[Self.wordCount - 1] &= used == 64 ? ~0 : (1 << UInt64(used)) - 1
    }

    /// The minutes inside `hours`, read in the same zone.
    public init(_ hours: WeeklyHours) {
        self = .empty
        for day in Weekday.allCases {
            let base = (day.rawValue - 1) * 1440
            for p in hours[day] { insert((base + p.minuteRange.lowerBound)..<(base + p.minuteRange.upperBound)) }
        }
    }

    /// The minutes inside `hours` written in zone `from`, seen on the clock of zone `to`.
    public init(_ hours: WeeklyHours, zone from: String, seenIn to: String) {
        let shift = WeekCoverage.offsetMinutes(to) - WeekCoverage.offsetMinutes(from)
        self = .empty
        for day in Weekday.allCases {
            let base = (day.rawValue - 1) * 1440 + shift
            for p in hours[day] { insert((base + p.minuteRange.lowerBound)..<(base + p.minuteRange.upperBound)) }
        }
    }

    /// A member's availability on the strategy's clock.
    public init(member: Member, strategyZone: String) {
        self.init(member.available, zone: member.timezone, seenIn: strategyZone)
    }

    /// Union.
    public func union(_ other: WeekCoverage) -> WeekCoverage {
        WeekCoverage(words: zip(words, other.words).map { $0 | $1 })
    }

    /// Intersection.
    public func intersection(_ other: WeekCoverage) -> WeekCoverage {
        WeekCoverage(words: zip(words, other.words).map { $0 & $1 })
    }

    /// Minutes covered here but not in `other`.
    public func subtracting(_ other: WeekCoverage) -> WeekCoverage {
        WeekCoverage(words: zip(words, other.words).map { $0 & ~$1 })
    }

    /// Number of covered minutes.
    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// True when nothing is covered.
    public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    /// Contiguous covered runs as (start minute of week, length), in week order. A run that
    /// crosses from Sunday into Monday is reported as one run starting on Sunday.
    public var runs: [(start: Int, length: Int)] {
        var result: [(Int, Int)] = []
        var i = 0
        while i < Self.length {
            if words[i >> 6] == 0 && i & 63 == 0 { i += 64; continue }
            if self[i] {
                let start = i
                while i < Self.length && self[i] { i += 1 }
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

    /// A zone's UTC offset in minutes during the reference week (cached per zone).
    static func offsetMinutes(_ zone: String) -> Int {
        offsets.value(for: zone) { zone in
            // Wednesday 2026-01-14 12:00 UTC.
            let reference = 1_768_392_000
            return ZoneClock(zone: zone, from: reference, to: reference).offset(at: reference) / 60
        }
    }

    private static let offsets = ZoneCache<Int>()
}

extension WeeklyHours {
    /// True when every minute of the week is covered (24/7).
    public var isAroundTheClock: Bool { WeekCoverage(self).count == WeekCoverage.length }
}
