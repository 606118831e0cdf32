import Foundation

/// Converts between real instants and wall-clock times in one IANA zone, over a bounded span,
/// with one policy for wall times that do not exist or exist twice (the RFC 5545 policy):
/// - a wall time inside a spring-forward gap is read with the offset in force before the gap,
///   so it lands the length of the gap later on the clock (02:30 → 03:30 in Europe/Oslo);
/// - a wall time that occurs twice (autumn) means its first occurrence.
///
/// The zone's offsets over the span are read once from the tz database; conversions are then
/// a short scan, so schedules that convert thousands of times stay fast. Instants are whole
/// seconds since 1970-01-01 UTC.
public struct ZoneClock: Sendable {
    /// The zone's name.
    public let zone: String
    /// Offset segments: from each instant on, the UTC offset in seconds.
    private let segments: [(from: Int, offset: Int)]

    /// Reads the offsets of `zone` between `from` and `to` (instants, seconds). Unknown zones
    /// read as UTC; the loader has already refused them.
    public init(zone: String, from: Int, to: Int) {
        self.zone = zone
        guard let tz = TimeZone(identifier: zone) else {
            segments = [(Int.min, 0)]
            return
        }
        var list: [(Int, Int)] = [(Int.min, tz.secondsFromGMT(for: Date(timeIntervalSince1970: Double(from))))]
        var cursor = Date(timeIntervalSince1970: Double(from))
        let end = Date(timeIntervalSince1970: Double(to))
        while let t = tz.nextDaylightSavingTimeTransition(after: cursor), t <= end, list.count < 512 {
            let offset = tz.secondsFromGMT(for: t)
            let instant = Int(t.timeIntervalSince1970.rounded())
            if offset != list[list.count - 1].1 { list.append((instant, offset)) }
            cursor = t
        }
        segments = list
    }

    /// The stretches of constant UTC offset that exactly cover `[from, to)`, in order
    /// (inside the span the clock was built for). Complexity: O(transitions).
    public func offsetSegments(from: Int, to: Int) -> [(start: Int, end: Int, offset: Int)] {
        guard to > from else { return [] }
        var result: [(start: Int, end: Int, offset: Int)] = []
        for (i, s) in segments.enumerated() {
            let start = max(s.from, from)
            let end = min(i + 1 < segments.count ? segments[i + 1].from : Int.max, to)
            if start < end { result.append((start, end, s.offset)) }
        }
        return result
    }

    /// The UTC offset in seconds at `instant`.
    public func offset(at instant: Int) -> Int {
        var result = segments[0].offset
        for s in segments where s.from <= instant { result = s.offset }
        return result
    }

    /// The wall-clock date and minute of the day (0…1439) at `instant`.
    public func wallTime(at instant: Int) -> (date: LocalDate, minute: Int) {
        let (day, second) = wallDay(at: instant)
        return (LocalDate(dayNumber: day), second / 60)
    }

    /// The wall clock's day number (days since 1970-01-01) and second of that day at `instant`.
    private func wallDay(at instant: Int) -> (day: Int, second: Int) {
        let wall = instant + offset(at: instant)
        let day = wall >= 0 ? wall / 86_400 : -((-wall + 86_399) / 86_400)
        return (day, wall - day * 86_400)
    }

    /// The hour of the week (0 = Monday 00:00–01:00 … 167) of the wall clock at `instant`:
    /// ``wallTime(at:)``'s weekday and hour, without making the date. Complexity: as ``offset(at:)``.
    public func hourOfWeek(at instant: Int) -> Int {
        let (day, second) = wallDay(at: instant)
        // Day 0, 1970-01-01, was a Thursday: three days after a Monday.
        return ((day % 7) + 7 + 3) % 7 * 24 + second / 3600
    }

    /// The instant of a wall-clock time (`minute` may exceed 1439 to mean the following days).
    public func instant(of date: LocalDate, minute: Int) -> Int {
        let wall = date.dayNumber * 86_400 + minute * 60
        // Each offset segment maps wall times to instants; keep the ones that land in it.
        var matches: [Int] = []
        for (i, s) in segments.enumerated() {
            let t = wall - s.offset
            let until = i + 1 < segments.count ? segments[i + 1].from : Int.max
            if t >= s.from && t < until { matches.append(t) }
        }
        if let first = matches.min() { return first }
        // In a spring-forward gap: read with the offset in force before the jump.
        for i in 1..<max(1, segments.count) {
            let before = segments[i - 1].offset, after = segments[i].offset
            if after > before, wall - before >= segments[i].from, wall - after < segments[i].from {
                return wall - before
            }
        }
        return wall - offset(at: wall)
    }

    /// True when the wall time exists as written (it is not skipped by a spring-forward gap).
    public func exists(_ date: LocalDate, minute: Int) -> Bool {
        let w = wallTime(at: instant(of: date, minute: minute))
        let expected = date.adding(days: minute / 1440)
        return w.date == expected && w.minute == minute % 1440
    }

    /// True when the wall time occurs twice (clocks go back over it).
    public func isRepeated(_ date: LocalDate, minute: Int) -> Bool {
        let wall = date.dayNumber * 86_400 + minute * 60
        var count = 0
        for (i, s) in segments.enumerated() {
            let t = wall - s.offset
            let until = i + 1 < segments.count ? segments[i + 1].from : Int.max
            if t >= s.from && t < until { count += 1 }
        }
        return count > 1
    }
}
