/// A strftime-like timestamp pattern, e.g. `%Y-%m-%d %H:%M:%S` or `%d/%m/%Y %I:%M %p %z`.
///
/// Directives: `%Y` year (4 digits), `%y` year (2 digits: 69–99 → 19xx, else 20xx), `%m` month,
/// `%d`/`%e` day, `%H` hour 0–23, `%I` hour 1–12 with `%p` AM/PM, `%M` minute, `%S` second
/// (optional `.fraction` after it is ignored), `%f` fraction digits, `%b`/`%B` month name,
/// `%a`/`%A` weekday name, `%z` offset (`Z`, `+01:00`, `+0100`), `%s` unix seconds, `%T` =
/// `%H:%M:%S`, `%F` = `%Y-%m-%d`, `%%` a percent sign. Numeric fields take 1–2 digits (the
/// year 4). A space matches one or more spaces; other characters match themselves.
public struct LogTimePattern: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let text: String
    let tokens: [Token]

    enum Token: Sendable, Hashable {
        case literal(UInt8), space
        case year4, year2, month, day, hour24, hour12, minute, second, fraction, ampm
        case monthName, weekdayName, offset, unixSeconds
    }

    /// Reads a pattern; unknown directives and patterns without a date and a time are refused.
    public static func parse(_ text: String) -> Result<LogTimePattern, ValueError> {
        var tokens: [Token] = []
        var bytes = Array(text.utf8)[...]
        while let c = bytes.popFirst() {
            guard c == UInt8(ascii: "%") else {
                tokens.append(c == CSVByte.space ? .space : .literal(c))
                continue
            }
            guard let d = bytes.popFirst() else {
                return .failure(ValueError("time format `\(text)` ends with a lone %", help: LogTimestampFormat.help))
            }
            switch Character(Unicode.Scalar(d)) {
            case "Y": tokens.append(.year4)
            case "y": tokens.append(.year2)
            case "m": tokens.append(.month)
            case "d", "e": tokens.append(.day)
            case "H": tokens.append(.hour24)
            case "I": tokens.append(.hour12)
            case "M": tokens.append(.minute)
            case "S": tokens.append(.second)
            case "f": tokens.append(.fraction)
            case "p": tokens.append(.ampm)
            case "b", "B", "h": tokens.append(.monthName)
            case "a", "A": tokens.append(.weekdayName)
            case "z": tokens.append(.offset)
            case "s": tokens.append(.unixSeconds)
            case "T": tokens += [.hour24, .literal(UInt8(ascii: ":")), .minute, .literal(UInt8(ascii: ":")), .second]
            case "F": tokens += [.year4, .literal(UInt8(ascii: "-")), .month, .literal(UInt8(ascii: "-")), .day]
            case "%": tokens.append(.literal(UInt8(ascii: "%")))
            default:
                return .failure(ValueError("time format `\(text)`: `%\(Character(Unicode.Scalar(d)))` is not a known directive",
                                           help: "use %Y %y %m %d %e %H %I %p %M %S %f %b %B %a %A %z %s %T %F %%"))
            }
        }
        let has = Set(tokens)
        let dated = has.contains(.unixSeconds)
            || ((has.contains(.year4) || has.contains(.year2)) && (has.contains(.month) || has.contains(.monthName)) && has.contains(.day)
                && (has.contains(.hour24) || has.contains(.hour12)) && has.contains(.minute))
        guard dated else {
            return .failure(ValueError("time format `\(text)` needs a year, month, day, hour and minute (or %s)", help: LogTimestampFormat.help))
        }
        if has.contains(.hour12) != has.contains(.ampm) {
            return .failure(ValueError("time format `\(text)`: %I and %p go together", help: "write %H for a 24-hour clock, or %I … %p"))
        }
        return .success(LogTimePattern(text: text, tokens: tokens))
    }

    /// The pattern as written.
    public var description: String { text }

    /// Reads `b` with the pattern. Complexity: O(n).
    func match(_ b: UnsafeRawBufferPointer) -> ParsedTime? {
        var c = LogCursor(b)
        var year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0
        var pm: Bool?
        var offset: Int?
        var unix: Int?
        for token in tokens {
            switch token {
            case .literal(let l): guard c.byte(l) else { return nil }
            case .space: guard c.spaces() else { return nil }
            case .year4: guard let v = c.digits(min: 4, max: 4) else { return nil }; year = v
            case .year2: guard let v = c.digits(min: 2, max: 2) else { return nil }; year = v >= 69 ? 1900 + v : 2000 + v
            case .month: guard let v = c.digits(min: 1, max: 2) else { return nil }; month = v
            case .day: _ = c.spaces(); guard let v = c.digits(min: 1, max: 2) else { return nil }; day = v
            case .hour24: guard let v = c.digits(min: 1, max: 2) else { return nil }; hour = v
            case .hour12: guard let v = c.digits(min: 1, max: 2), (1...12).contains(v) else { return nil }; hour = v % 12
            case .minute: guard let v = c.digits(min: 1, max: 2) else { return nil }; minute = v
            case .second: guard let v = c.digits(min: 1, max: 2) else { return nil }; second = v; c.fraction()
            case .fraction: guard c.digits(min: 1, max: 64) != nil else { return nil }
            case .ampm:
                if c.byte(UInt8(ascii: "A")) || c.byte(UInt8(ascii: "a")) { pm = false } else if c.byte(UInt8(ascii: "P")) || c.byte(UInt8(ascii: "p")) { pm = true } else { return nil }
                guard c.byte(UInt8(ascii: "M")) || c.byte(UInt8(ascii: "m")) else { return nil }
            case .monthName: guard let v = c.monthName() else { return nil }; month = v
            case .weekdayName: guard c.weekdayName() else { return nil }
            case .offset: guard let v = c.offset() else { return nil }; offset = v
            case .unixSeconds:
                let s = c.i
                _ = c.byte(UInt8(ascii: "-"))
                guard c.digits(min: 1, max: 17) != nil else { return nil }
                unix = LogTimestampParser.unix(UnsafeRawBufferPointer(rebasing: b[s..<c.i]), perSecond: 1)
            }
        }
        guard c.atEnd else { return nil }
        if let unix { return .instant(unix) }
        if pm == true { hour += 12 }
        guard let wall = LogTimestampParser.wallSeconds(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else { return nil }
        return offset.map { .instant(wall - $0) } ?? .wall(wall)
    }
}
