/// A daylight-saving change of one zone: a range of wall-clock times that is skipped (clocks go
/// forward) or happens twice (clocks go back).
struct ClockChange: Sendable, Hashable {
    /// Whether the wall times in ``wallRange`` do not exist or exist twice.
    enum Kind: Sendable, Hashable {
        /// Clocks go forward: the range never shows on the clock.
        case skipped
        /// Clocks go back: the range shows twice.
        case repeated
    }

    /// Skipped or repeated.
    var kind: Kind
    /// The affected wall times, in minutes since 1970-01-01 00:00 on the zone's wall clock.
    var wallRange: Range<Int>
    /// The wall time the clock shows just before the change ("02:00" when Oslo springs forward).
    var clockFrom: ClockTime
    /// The wall time the clock shows just after it ("03:00").
    var clockTo: ClockTime

    /// The local dates the range touches (one, or two when it crosses midnight).
    var dates: [LocalDate] {
        let first = Self.floorDiv(wallRange.lowerBound, 1440)
        let last = Self.floorDiv(wallRange.upperBound - 1, 1440)
        return (first...last).map { LocalDate(dayNumber: $0) }
    }

    /// The span searched for changes: fixed, so results never depend on the wall clock.
    static let span: (from: Int, to: Int) = (1_704_067_200,   // 2024-01-01
                                             2_082_758_400)   // 2036-01-01

    /// Every change of `zone` in ``span``, in time order; none for an unknown zone. Computed once
    /// per zone and process (the answer depends only on the tz database), since validating many
    /// files asks for the same few zones again and again.
    static func changes(in zone: String) -> [ClockChange] {
        cache.value(for: zone) { computeChanges(in: $0) }
    }

    private static let cache = ZoneCache<[ClockChange]>()

    /// Built from ``ZoneClock``'s offset segments over ``span``, so the tz database is read in
    /// one place. Complexity: O(changes in the span), about two a year.
    private static func computeChanges(in zone: String) -> [ClockChange] {
        let segments = ZoneClock(zone: zone, from: span.from, to: span.to).offsetSegments(from: span.from, to: span.to)
        return zip(segments, segments.dropFirst()).map { previous, next in
            let before = previous.offset / 60, after = next.offset / 60
            let utcMinute = next.start / 60
            let wallBefore = utcMinute + before, wallAfter = utcMinute + after
            let from = ClockTime(minutes: floorMod(wallBefore, 1440)), to = ClockTime(minutes: floorMod(wallAfter, 1440))
            return after > before
                ? ClockChange(kind: .skipped, wallRange: wallBefore..<wallAfter, clockFrom: from, clockTo: to)
                : ClockChange(kind: .repeated, wallRange: wallAfter..<wallBefore, clockFrom: from, clockTo: to)
        }
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    static func floorMod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }
}
