/// A timestamp read from a log: a real instant when the text carries an offset, else a wall
/// time still to be read in a zone.
enum ParsedTime: Equatable {
    /// Seconds since 1970-01-01 UTC.
    case instant(Int)
    /// The wall-clock time as if it were UTC (seconds since 1970-01-01 of the wall calendar).
    case wall(Int)
}

/// Hand-written timestamp readers over bytes: no Foundation formatter, no String. O(n) each.
enum LogTimestampParser {
    /// The instants a log row may carry: 1970-01-01T00:00:00Z up to, not including,
    /// 2106-02-07T06:28:16Z (2^32 seconds). The audit keeps instants and reply times as unsigned
    /// 32-bit seconds (``AuditTimes``), so two instants in this range always differ by a time it
    /// can hold, and memory stays at 4 bytes a message. Rows outside are skipped as
    /// `bad-timestamp` with their line.
    static let supportedRange = 0..<(1 << 32)

    /// The range in words, for skip messages.
    static let supportedRangeWords = "1970-01-01 to 2106-02-07"

    /// Reads `b` in `format`.
    static func parse(_ b: UnsafeRawBufferPointer, _ format: LogTimestampFormat) -> ParsedTime? {
        let t = LogBytes.trimmed(b)
        switch format {
        case .twitter: return twitterFixed(t) ?? twitter(t) ?? iso(t)
        case .iso8601: return iso(t)
        case .unix: return unix(t, perSecond: 1).map(ParsedTime.instant)
        case .unixMillis: return unix(t, perSecond: 1000).map(ParsedTime.instant)
        case .pattern(let p): return p.match(t)
        }
    }

    /// `Tue Oct 31 22:10:47 +0000 2017`.
    static func twitter(_ b: UnsafeRawBufferPointer) -> ParsedTime? {
        var c = LogCursor(b)
        guard c.weekdayName(), c.spaces(), let month = c.monthName(), c.spaces(),
              let day = c.digits(min: 1, max: 2), c.spaces(),
              let (h, m, s) = clock(&c), c.spaces(), let offset = c.offset(), c.spaces(),
              let year = c.digits(min: 4, max: 4), c.atEnd,
              let wall = wallSeconds(year: year, month: month, day: day, hour: h, minute: m, second: s) else { return nil }
        return .instant(wall - offset)
    }

    /// `Tue Oct 31 22:10:47 +0000 2017` in the dataset's exact layout (30 bytes, single spaces,
    /// two-digit day, four-digit offset), read at fixed positions: every TWCS row takes this path.
    /// nil when the bytes are laid out otherwise (``twitter(_:)`` then reads them); where it
    /// answers, it answers as ``twitter(_:)`` would. Complexity: O(1).
    static func twitterFixed(_ b: UnsafeRawBufferPointer) -> ParsedTime? {
        guard b.count == 30, b[3] == CSVByte.space, b[7] == CSVByte.space, b[10] == CSVByte.space, b[13] == 0x3A,
              b[16] == 0x3A, b[19] == CSVByte.space, b[25] == CSVByte.space else { return nil }
        @inline(__always) func two(_ i: Int) -> Int? {
            let h = b[i] &- 0x30, l = b[i + 1] &- 0x30
            return h < 10 && l < 10 ? Int(h) * 10 + Int(l) : nil
        }
        let sign = b[20]
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
              let day = two(8), let hour = two(11), let minute = two(14), let second = two(17),
              let oh = two(21), oh <= 23, let om = two(23), om < 60, let y1 = two(26), let y2 = two(28) else { return nil }
        @inline(__always) func code(_ i: Int) -> UInt32 { UInt32(b[i] | 0x20) << 16 | UInt32(b[i + 1] | 0x20) << 8 | UInt32(b[i + 2] | 0x20) }
        guard isWeekdayCode(code(0)), let month = monthOfCode(code(4)),
              let wall = wallSeconds(year: y1 * 100 + y2, month: month, day: day, hour: hour, minute: minute, second: second) else { return nil }
        let offset = (sign == UInt8(ascii: "-") ? -1 : 1) * (oh * 3600 + om * 60)
        return .instant(wall - offset)
    }

    /// True for the three lowercase letters of an English weekday packed as in ``twitterFixed(_:)``
    /// (`mon` = 0x6D6F6E). A switch, not a table: no array is touched once per row.
    @inline(__always)
    static func isWeekdayCode(_ code: UInt32) -> Bool {
        switch code {
        case 0x6D6F6E, 0x747565, 0x776564, 0x746875, 0x667269, 0x736174, 0x73756E: return true
        default: return false
        }
    }

    /// The month (1…12) of three lowercase letters packed as in ``twitterFixed(_:)``.
    @inline(__always)
    static func monthOfCode(_ code: UInt32) -> Int? {
        switch code {
        case 0x6A616E: return 1
        case 0x666562: return 2
        case 0x6D6172: return 3
        case 0x617072: return 4
        case 0x6D6179: return 5
        case 0x6A756E: return 6
        case 0x6A756C: return 7
        case 0x617567: return 8
        case 0x736570: return 9
        case 0x6F6374: return 10
        case 0x6E6F76: return 11
        case 0x646563: return 12
        default: return nil
        }
    }

    /// `2017-10-31T22:10:47Z`, `2017-10-31 22:10:47.5+01:00`, `2017-10-31T22:10`; no offset → wall time.
    static func iso(_ b: UnsafeRawBufferPointer) -> ParsedTime? {
        var c = LogCursor(b)
        guard let year = c.digits(min: 4, max: 4), c.byte(UInt8(ascii: "-")), let month = c.digits(min: 2, max: 2),
              c.byte(UInt8(ascii: "-")), let day = c.digits(min: 2, max: 2),
              c.byte(UInt8(ascii: "T")) || c.byte(UInt8(ascii: "t")) || c.byte(CSVByte.space),
              let hour = c.digits(min: 2, max: 2), c.byte(UInt8(ascii: ":")), let minute = c.digits(min: 2, max: 2) else { return nil }
        var second = 0
        if c.byte(UInt8(ascii: ":")) {
            guard let s = c.digits(min: 2, max: 2) else { return nil }
            second = s
            c.fraction()
        }
        guard let wall = wallSeconds(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else { return nil }
        if c.atEnd { return .wall(wall) }
        _ = c.spaces()
        guard let offset = c.offset(), c.atEnd else { return nil }
        return .instant(wall - offset)
    }

    /// `1509487847`, `1509487847.25`, `-12`; `perSecond` units per second.
    static func unix(_ b: UnsafeRawBufferPointer, perSecond: Int) -> Int? {
        var c = LogCursor(b)
        let negative = c.byte(UInt8(ascii: "-"))
        guard let whole = c.digits(min: 1, max: 17) else { return nil }
        var hasFraction = false
        if c.byte(UInt8(ascii: ".")) {
            let s = c.i
            _ = c.digits(min: 0, max: 64)
            hasFraction = (s..<c.i).contains { b[$0] != 0x30 }
        }
        guard c.atEnd else { return nil }
        var seconds = whole / perSecond
        let remainder = whole % perSecond
        if negative { seconds = -seconds - (remainder > 0 || hasFraction ? 1 : 0) }
        return seconds
    }

    /// `HH:MM:SS` with an optional fraction.
    static func clock(_ c: inout LogCursor) -> (Int, Int, Int)? {
        guard let h = c.digits(min: 1, max: 2), c.byte(UInt8(ascii: ":")), let m = c.digits(min: 2, max: 2),
              c.byte(UInt8(ascii: ":")), let s = c.digits(min: 2, max: 2) else { return nil }
        c.fraction()
        return (h, m, s)
    }

    /// Seconds since 1970 of a wall-clock time, or nil when the date or time does not exist.
    /// A leap second `:60` reads as the next second.
    static func wallSeconds(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Int? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month, year), hour <= 24, minute <= 59, second <= 60,
              hour < 24 || (minute == 0 && second == 0) else { return nil }
        let days = LocalDate(year: year, month: month, day: day).dayNumber
        return days * 86_400 + hour * 3600 + minute * 60 + second
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
