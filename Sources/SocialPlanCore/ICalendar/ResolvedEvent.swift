/// A ``CalendarEvent`` with its start and end placed on the time line, ready to be written.
struct ResolvedEvent: Sendable, Hashable {
    /// The event as the caller gave it.
    var event: CalendarEvent
    /// The start, by the wall-time policy of ``ZonedWallTime``.
    var start: ResolvedWallTime
    /// The end; the start itself when the end would come before it.
    var end: ResolvedWallTime
    /// Position in the caller's list: the last tie-breaker, so sorting is total.
    var index: Int

    /// `event` resolved; `index` is its position in the document.
    init(_ event: CalendarEvent, index: Int) {
        self.event = event
        self.index = index
        let start = event.start.resolved
        let end = event.end.resolved
        self.start = start
        self.end = end.instant < start.instant ? start : end
    }

    /// Export order: start instant, then UID, then position in the document.
    static func exportOrder(_ a: ResolvedEvent, _ b: ResolvedEvent) -> Bool {
        if a.start.instant != b.start.instant { return a.start.instant < b.start.instant }
        if a.event.uid != b.event.uid { return a.event.uid < b.event.uid }
        return a.index < b.index
    }

    /// The `VEVENT` content lines, unfolded; `stamp` is the `DTSTAMP` value.
    func lines(stamp: String) -> [String] {
        var lines = ["BEGIN:VEVENT", "UID:\(ICalendarText.escape(event.uid))", "DTSTAMP:\(stamp)",
                     Self.dateTimeLine("DTSTART", start)]
        // RFC 5545 §3.8.2.2: DTEND must be later than DTSTART; a moment (a post) has no DTEND,
        // which §3.6.1 defines as ending at its start.
        if end.instant > start.instant { lines.append(Self.dateTimeLine("DTEND", end)) }
        lines.append("SUMMARY:\(ICalendarText.escape(event.summary))")
        if let description = event.description { lines.append("DESCRIPTION:\(ICalendarText.escape(description))") }
        if let location = event.location { lines.append("LOCATION:\(ICalendarText.escape(location))") }
        let categories = ICalendarText.list(event.categories)
        if !categories.isEmpty { lines.append("CATEGORIES:\(categories)") }
        lines += ["TRANSP:\(event.transparent ? "TRANSPARENT" : "OPAQUE")", "SEQUENCE:0", "END:VEVENT"]
        return lines
    }

    /// `DTSTART;TZID=Europe/Oslo:20260329T030000`, `DTSTART:20260329T010000Z` or, floating,
    /// `DTSTART:20260329T030000`.
    static func dateTimeLine(_ property: String, _ time: ResolvedWallTime) -> String {
        if case .zoned(let zone) = time.form {
            return "\(property);TZID=\(ICalendarText.parameter(zone)):\(time.basicFormat)"
        }
        return "\(property):\(time.basicFormat)"
    }
}
