/// A read position in the bytes of one value, with the small readers the timestamp formats
/// are built from. Each reader advances only when it succeeds.
struct LogCursor {
    let b: UnsafeRawBufferPointer
    var i = 0

    init(_ b: UnsafeRawBufferPointer) { self.b = b }

    var atEnd: Bool { i >= b.count }
    var peek: UInt8? { i < b.count ? b[i] : nil }

    /// Consumes `c` when it is next.
    mutating func byte(_ c: UInt8) -> Bool {
        guard i < b.count, b[i] == c else { return false }
        i += 1
        return true
    }

    /// Consumes one or more spaces.
    mutating func spaces() -> Bool {
        let s = i
        while i < b.count, b[i] == CSVByte.space { i += 1 }
        return i > s
    }

    /// A decimal number of `min`…`max` digits.
    mutating func digits(min: Int, max: Int) -> Int? {
        var v = 0, n = 0
        while n < max, i + n < b.count, LogBytes.isDigit(b[i + n]) {
            v = v * 10 + Int(b[i + n] - 0x30)
            n += 1
        }
        guard n >= min else { return nil }
        i += n
        return v
    }

    /// `.123` (any number of digits), ignored: logs measure replies in whole seconds.
    mutating func fraction() {
        guard i + 1 < b.count, b[i] == UInt8(ascii: ".") || b[i] == CSVByte.comma, LogBytes.isDigit(b[i + 1]) else { return }
        i += 1
        while i < b.count, LogBytes.isDigit(b[i]) { i += 1 }
    }

    /// `Z`, `+HH:MM`, `+HHMM` or `+HH`, in seconds east of UTC.
    mutating func offset() -> Int? {
        let s = i
        if byte(UInt8(ascii: "Z")) || byte(UInt8(ascii: "z")) { return 0 }
        let sign: Int
        if byte(UInt8(ascii: "+")) { sign = 1 } else if byte(UInt8(ascii: "-")) { sign = -1 } else { return nil }
        guard let hh = digits(min: 2, max: 2), hh <= 23 else { i = s; return nil }
        var mm = 0
        if byte(UInt8(ascii: ":")) {
            guard let m = digits(min: 2, max: 2) else { i = s; return nil }
            mm = m
        } else if let m = digits(min: 2, max: 2) {
            mm = m
        }
        guard mm < 60 else { i = s; return nil }
        return sign * (hh * 3600 + mm * 60)
    }

    private static let monthNames: [[UInt8]] = ["january", "february", "march", "april", "may", "june", "july", "august",
                                                "september", "october", "november", "december"].map { Array($0.utf8) }
    private static let weekdayNames: [[UInt8]] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map { Array($0.utf8) }

    private static let monthCodes = monthNames.map(code)
    private static let weekdayCodes = weekdayNames.map(code)

    /// The first three letters packed into one number, for a one-compare match.
    private static func code(_ name: [UInt8]) -> UInt32 { UInt32(name[0]) << 16 | UInt32(name[1]) << 8 | UInt32(name[2]) }

    /// An English month name, full or three letters, any case: 1…12.
    mutating func monthName() -> Int? {
        name(Self.monthNames, Self.monthCodes)
    }

    /// An English weekday name, full or three letters, any case (the value is not checked
    /// against the date: the date decides).
    mutating func weekdayName() -> Bool {
        name(Self.weekdayNames, Self.weekdayCodes) != nil
    }

    /// The 1-based index of the name in `names` (full, or its first three letters) that the
    /// next run of letters spells, ignoring case. No allocation: this runs once per row.
    private mutating func name(_ names: [[UInt8]], _ codes: [UInt32]) -> Int? {
        var j = i
        while j < b.count, (b[j] | 0x20) >= 0x61, (b[j] | 0x20) <= 0x7A { j += 1 }
        let n = j - i
        guard n >= 3 else { return nil }
        if n == 3 {
            let code = UInt32(b[i] | 0x20) << 16 | UInt32(b[i + 1] | 0x20) << 8 | UInt32(b[i + 2] | 0x20)
            guard let k = codes.firstIndex(of: code) else { return nil }
            i = j
            return k + 1
        }
        for (k, full) in names.enumerated() where n == 3 || n == full.count {
            var same = true
            for m in 0..<n where (b[i + m] | 0x20) != full[m] {
                same = false
                break
            }
            if same {
                i = j
                return k + 1
            }
        }
        return nil
    }
}
