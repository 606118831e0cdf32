/// One `STANDARD` or `DAYLIGHT` sub-component of a `VTIMEZONE` (RFC 5545 §3.6.5).
struct TimeZoneObservance: Sendable, Hashable {
    /// Whether this is daylight-saving time (`DAYLIGHT`) or not (`STANDARD`).
    var isDaylight: Bool
    /// `DTSTART`: the first onset, on the clock before it (in ``offsetFrom``).
    var onset: CivilDateTime
    /// `TZOFFSETFROM`, seconds east of UTC.
    var offsetFrom: Int
    /// `TZOFFSETTO`, seconds east of UTC.
    var offsetTo: Int
    /// `TZNAME`.
    var name: String
    /// `RRULE` when the onset repeats every year; `nil` for a single onset.
    var rule: YearlyRule?

    /// The content lines, unfolded.
    var lines: [String] {
        let kind = isDaylight ? "DAYLIGHT" : "STANDARD"
        var lines = ["BEGIN:\(kind)", "DTSTART:\(onset.basicFormat)"]
        if let rule { lines.append("RRULE:\(rule.recurrence)") }
        lines += ["TZOFFSETFROM:\(UTCOffset.format(offsetFrom))", "TZOFFSETTO:\(UTCOffset.format(offsetTo))",
                  "TZNAME:\(ICalendarText.escape(name))", "END:\(kind)"]
        return lines
    }
}
