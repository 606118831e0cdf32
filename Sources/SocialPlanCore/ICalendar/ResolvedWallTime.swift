/// A wall time placed on the time line, with the form the writer gives it in the file.
struct ResolvedWallTime: Sendable, Hashable {
    /// How the time is written.
    enum Form: Sendable, Hashable {
        /// `DTSTART;TZID=zone:20260329T030000`, with a `VTIMEZONE` for the zone.
        case zoned(String)
        /// `DTSTART:20260329T010000Z`, for the UTC zones (no `VTIMEZONE` needed).
        case utc
        /// `DTSTART:20260329T030000`, a floating time, for a zone Foundation does not know.
        case floating
    }

    /// How the time is written.
    var form: Form
    /// Seconds since 1970-01-01T00:00Z; for a floating time the wall seconds (a sort key only).
    var instant: Int
    /// The wall clock time written in the file, in seconds since 1970-01-01 00:00 on that
    /// clock; after the gap policy, so 02:30 on a spring-forward night is written as 03:30.
    var wallSeconds: Int

    /// The value part of a `DTSTART` / `DTEND` line: `20260329T030000`, or `…Z` in UTC.
    var basicFormat: String {
        let text = CivilDateTime(wallSeconds: wallSeconds).basicFormat
        return form == .utc ? text + "Z" : text
    }
}
