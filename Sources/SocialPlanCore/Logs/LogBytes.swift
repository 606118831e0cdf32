/// Small byte-level readers shared by the log formats: trimming, ids, true/false, and quoting
/// a value for a skip message.
enum LogBytes {
    /// The bytes without leading and trailing spaces and tabs.
    static func trimmed(_ b: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var s = 0, e = b.count
        while s < e && (b[s] == CSVByte.space || b[s] == CSVByte.tab) { s += 1 }
        while e > s && (b[e - 1] == CSVByte.space || b[e - 1] == CSVByte.tab) { e -= 1 }
        return UnsafeRawBufferPointer(rebasing: b[s..<e])
    }

    static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }

    static func allDigits(_ b: UnsafeRawBufferPointer) -> Bool {
        guard b.count > 0 else { return false }
        for c in b where !isDigit(c) { return false }
        return true
    }

    /// An id in normal form: trimmed; `192625.0` → `192625`; `1.92625e5` → `192625` (exactly,
    /// by moving the decimal point, never through a floating-point number); anything else as
    /// written. Complexity: O(n).
    static func normalizedID(_ raw: UnsafeRawBufferPointer) -> String {
        let b = trimmed(raw)
        if allDigits(b) { return String(decoding: b, as: UTF8.self) }
        return exactInteger(b) ?? String(decoding: b, as: UTF8.self)
    }

    /// The whole number a decimal or scientific spelling denotes, or nil when it has a
    /// non-zero fraction or is not a number.
    private static func exactInteger(_ b: UnsafeRawBufferPointer) -> String? {
        var digits: [UInt8] = []
        var pointAt: Int?
        var i = 0
        while i < b.count, isDigit(b[i]) || (b[i] == UInt8(ascii: ".") && pointAt == nil) {
            if b[i] == UInt8(ascii: ".") { pointAt = digits.count } else { digits.append(b[i]) }
            i += 1
        }
        guard !digits.isEmpty else { return nil }
        var exponent = 0
        if i < b.count {
            guard b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") else { return nil }
            i += 1
            var negative = false
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { negative = b[i] == UInt8(ascii: "-"); i += 1 }
            guard i < b.count else { return nil }
            while i < b.count {
                guard isDigit(b[i]), exponent < 100 else { return nil }
                exponent = exponent * 10 + Int(b[i] - 0x30)
                i += 1
            }
            if negative { exponent = -exponent }
        }
        let point = (pointAt ?? digits.count) + exponent
        guard point >= 0, point <= 40 else { return nil }
        while digits.count < point { digits.append(0x30) }
        guard digits[point...].allSatisfy({ $0 == 0x30 }) else { return nil }
        var whole = Array(digits[..<point])
        while whole.count > 1 && whole[0] == 0x30 { whole.removeFirst() }
        if whole.isEmpty { whole = [0x30] }
        return String(decoding: whole, as: UTF8.self)
    }

    /// `true`, `True`, `TRUE`, `1` → true; `false`, `False`, `FALSE`, `0` → false; else nil.
    static func flag(_ raw: UnsafeRawBufferPointer) -> Bool? {
        let b = trimmed(raw)
        switch b.count {
        case 1: return b[0] == 0x31 ? true : b[0] == 0x30 ? false : nil
        case 4: return spells(b, "true") ? true : nil
        case 5: return spells(b, "false") ? false : nil
        default: return nil
        }
    }

    /// True when `b` is `word` (lowercase ASCII) written in lowercase, uppercase or with a
    /// capital first letter: `true`, `TRUE`, `True` but not `tRuE`.
    private static func spells(_ b: UnsafeRawBufferPointer, _ word: StaticString) -> Bool {
        let w = UnsafeRawBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard b.count == w.count else { return false }
        var upper = 0
        for k in 0..<b.count {
            guard b[k] | 0x20 == w[k] else { return false }
            if k > 0 && b[k] != w[k] { upper += 1 }
        }
        return upper == 0 || upper == b.count - 1
    }

    /// `'value'` for a message: at most 40 characters (then `…`), control characters escaped.
    static func quoted(_ raw: UnsafeRawBufferPointer) -> String {
        quoted(String(decoding: raw, as: UTF8.self))
    }

    /// `'value'` for a message: at most 40 characters (then `…`), control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "'"
        var n = 0
        for scalar in text.unicodeScalars {
            if n == 40 { out += "…"; break }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "'": out += "\\'"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            n += 1
        }
        return out + "'"
    }
}
