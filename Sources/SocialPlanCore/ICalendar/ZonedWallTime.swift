import Foundation

/// A wall-clock time in a named IANA zone: what a clock on the wall in that place shows.
///
/// Fields are not range-checked: they are normalised the way a calendar does (day 32 of
/// January is 1 February, minute 60 is the next hour), so a caller can add to one field freely.
/// Seconds are always zero: socialplan schedules to the minute.
///
/// A wall time does not always name exactly one instant. ``instant`` resolves it by the policy
/// RFC 5545 §3.3.5 gives for `DTSTART;TZID=…` values, so the exported file and the instants
/// the writer sorts by agree:
/// - a wall time inside a spring-forward gap (02:30 in Oslo on 2026-03-29) does not exist; it
///   is moved forward by the length of the gap (03:30 +02:00), i.e. read with the offset in
///   force *before* the change;
/// - a wall time that happens twice when clocks go back (02:30 in Oslo on 2026-10-25) means
///   its *first* occurrence (02:30 +02:00).
public struct ZonedWallTime: Sendable, Hashable {
    /// Gregorian year, e.g. 2026.
    public var year: Int
    /// Month of the year, 1 = January.
    public var month: Int
    /// Day of the month, from 1.
    public var day: Int
    /// Hour of the day, 0–23.
    public var hour: Int
    /// Minute of the hour, 0–59.
    public var minute: Int
    /// IANA zone name, e.g. `Europe/Oslo`; `Etc/UTC` is written as UTC (`…Z`).
    public var zone: String

    /// A wall time from its parts.
    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, zone: String) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.zone = zone
    }

    /// The instant this wall time names, by the gap and repeat policy above; `nil` when
    /// Foundation does not know ``zone``.
    ///
    /// Complexity: O(1), a handful of tz database look-ups.
    public var instant: Date? {
        let resolved = resolved
        return resolved.form == .floating ? nil : Date(timeIntervalSince1970: TimeInterval(resolved.instant))
    }

    /// Seconds since 1970-01-01 00:00 on this zone's wall clock, with the fields normalised.
    var wallSeconds: Int {
        CivilDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: 0).wallSeconds
    }
}
