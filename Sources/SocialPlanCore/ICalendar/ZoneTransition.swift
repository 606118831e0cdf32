import Foundation

/// One change of a zone's offset or name, read from the tz database through Foundation.
struct ZoneTransition: Sendable, Hashable {
    /// When the change happens, in seconds since 1970-01-01T00:00Z.
    var instant: Int
    /// UTC offset in seconds just before the change (`TZOFFSETFROM`).
    var offsetBefore: Int
    /// UTC offset in seconds from the change on (`TZOFFSETTO`).
    var offsetAfter: Int
    /// Whether the zone is on daylight-saving time after the change (`DAYLIGHT` vs `STANDARD`).
    var isDaylight: Bool
    /// The abbreviation after the change (`TZNAME`), as Foundation gives it (`GMT+2` on Linux).
    var name: String

    /// The wall time of the change on the clock as it was *before* it: RFC 5545 §3.6.5 wants the
    /// sub-component's `DTSTART` in the `TZOFFSETFROM` offset (Oslo springs forward at 02:00).
    var onset: CivilDateTime { CivilDateTime(wallSeconds: instant + offsetBefore) }

    /// Every transition of `timeZone` in `window` (seconds since 1970-01-01T00:00Z), in time
    /// order, skipping reported transitions that change neither offset, name nor DST flag.
    ///
    /// Complexity: one Foundation query per transition (about two a year for most zones).
    static func all(in timeZone: TimeZone, window: Range<Int>) -> [ZoneTransition] {
        var result: [ZoneTransition] = []
        var cursor = Date(timeIntervalSince1970: TimeInterval(window.lowerBound - 1))
        while let next = timeZone.nextDaylightSavingTimeTransition(after: cursor), next > cursor, result.count < 10_000 {
            let instant = Int(next.timeIntervalSince1970.rounded())
            guard instant < window.upperBound else { break }
            cursor = next
            let before = State(of: timeZone, at: instant - 1)
            let after = State(of: timeZone, at: instant)
            guard before != after else { continue }
            result.append(ZoneTransition(instant: instant, offsetBefore: before.offset, offsetAfter: after.offset,
                                         isDaylight: after.isDaylight, name: after.name))
        }
        return result
    }

    /// What a zone's clock is at one instant.
    struct State: Sendable, Hashable {
        /// Seconds east of UTC.
        var offset: Int
        /// On daylight-saving time.
        var isDaylight: Bool
        /// Abbreviation, or the offset written `+0100` when Foundation has none.
        var name: String

        /// The state of `timeZone` at `instant` (seconds since 1970-01-01T00:00Z).
        init(of timeZone: TimeZone, at instant: Int) {
            let date = Date(timeIntervalSince1970: TimeInterval(instant))
            offset = timeZone.secondsFromGMT(for: date)
            isDaylight = timeZone.isDaylightSavingTime(for: date)
            name = timeZone.abbreviation(for: date) ?? UTCOffset.format(offset)
        }
    }
}
