import Foundation

/// Writes an ``ICalendarDocument`` as an RFC 5545 `.ics` file.
///
/// The output is a `VCALENDAR` (`VERSION:2.0`, `PRODID`, `CALSCALE:GREGORIAN`,
/// `METHOD:PUBLISH`, optional `X-WR-CALNAME`, `X-WR-TIMEZONE` = the zone of the first event),
/// then one `VTIMEZONE` per `TZID` used, sorted by `TZID` (see ``TimeZoneDefinition``), then one
/// `VEVENT` per event sorted by start instant, then UID. Every line ends in CRLF and is folded
/// at 75 octets (``ContentLineFolder``). The same document gives the same bytes on the same tz
/// database: nothing reads the wall clock, the default time zone or the locale.
public enum ICalendarWriter {
    /// The `.ics` text for `document`.
    ///
    /// Complexity: O(n log n) for n events, plus a few tz database queries per event and per
    /// transition of each zone in its window.
    public static func render(_ document: ICalendarDocument) -> String {
        render(document, timeZoneStyle: .yearlyRulesWhenExact)
    }

    /// The `.ics` text for `document`, with `VTIMEZONE`s written in `timeZoneStyle`.
    static func render(_ document: ICalendarDocument, timeZoneStyle: TimeZoneDefinition.Style) -> String {
        let events = document.events.enumerated().map { ResolvedEvent($0.element, index: $0.offset) }
            .sorted(by: ResolvedEvent.exportOrder)
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(ICalendarText.escape(document.productID))",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        if let name = document.name { lines.append("X-WR-CALNAME:\(ICalendarText.escape(name))") }
        if let first = events.first, first.start.form != .floating {
            lines.append("X-WR-TIMEZONE:\(ICalendarText.escape(first.event.start.zone))")
        }
        lines += timeZones(for: events, style: timeZoneStyle).flatMap(\.lines)
        let stamp = CivilDateTime(wallSeconds: Int(document.stamp.timeIntervalSince1970.rounded(.down))).basicFormat + "Z"
        lines += events.flatMap { $0.lines(stamp: stamp) }
        lines.append("END:VCALENDAR")
        return lines.flatMap(ContentLineFolder.fold).map { $0 + "\r\n" }.joined()
    }

    /// One definition per zone that some start or end is written in, sorted by `TZID`, each
    /// covering every time written in that zone.
    static func timeZones(for events: [ResolvedEvent], style: TimeZoneDefinition.Style) -> [TimeZoneDefinition] {
        var instants: [String: [Int]] = [:]
        for time in events.flatMap({ [$0.start, $0.end] }) {
            if case .zoned(let zone) = time.form { instants[zone, default: []].append(time.instant) }
        }
        return instants.keys.sorted().compactMap { zone in
            guard let timeZone = TimeZone(identifier: zone), let times = instants[zone],
                  let earliest = times.min(), let latest = times.max() else { return nil }
            return TimeZoneDefinition(zone: zone, timeZone: timeZone, covering: earliest...latest, style: style)
        }
    }
}
