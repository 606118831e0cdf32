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

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"]
    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    private static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// An English month name, full or three letters, any case: 1…12.
    mutating func monthName() -> Int? {
        name(Self.monthNames, Self.months)
    }

    /// An English weekday name, full or three letters, any case (the value is not checked
    /// against the date: the date decides).
    mutating func weekdayName() -> Bool {
        name(Self.weekdayNames, Self.weekdays) != nil
    }

    private mutating func name(_ full: [String], _ short: [String]) -> Int? {
        var word: [UInt8] = []
        var j = i
        while j < b.count, (b[j] | 0x20) >= 0x61, (b[j] | 0x20) <= 0x7A, word.count < 10 {
            word.append(b[j] | 0x20)
            j += 1
        }
        let w = String(decoding: word, as: UTF8.self)
        if let k = short.firstIndex(of: w) ?? full.firstIndex(of: w) {
            i = j
            return k + 1
        }
        return nil
    }
}
