import Foundation

/// A length of time written like `90s`, `15m`, `1h30m` or `2d`, kept in whole seconds.
public struct TimeSpan: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Whole seconds.
    public var seconds: Int

    /// Creates a span of `seconds`.
    public init(seconds: Int) { self.seconds = seconds }
    /// Creates a span of `minutes`.
    public static func minutes(_ m: Int) -> TimeSpan { TimeSpan(seconds: m * 60) }
    /// Creates a span of `hours`.
    public static func hours(_ h: Int) -> TimeSpan { TimeSpan(seconds: h * 3600) }

    /// Minutes as a floating-point number.
    public var minutes: Double { Double(seconds) / 60 }

    /// The canonical spelling: `1h30m`, `45s`, `2d`, `0m`.
    public var description: String {
        if seconds == 0 { return "0m" }
        var rest = seconds
        var out = ""
        for (unit, size) in [("d", 86_400), ("h", 3600), ("m", 60), ("s", 1)] where rest >= size {
            out += "\(rest / size)\(unit)"
            rest %= size
        }
        return out
    }

    public static func < (a: TimeSpan, b: TimeSpan) -> Bool { a.seconds < b.seconds }

    static let help = "write a duration like 90s, 15m, 1h, 1h30m, 2d or 8w"

    /// Parses `90s`, `15m`, `1h30m`, `2d`, `8w`: numbers with units w, d, h, m, s, largest first.
    public static func parse(_ text: String) -> Result<TimeSpan, ValueError> {
        let units: [Character: Int] = ["w": 604_800, "d": 86_400, "h": 3600, "m": 60, "s": 1]
        let order: [Character] = ["w", "d", "h", "m", "s"]
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return .failure(ValueError("a duration is missing", help: help)) }
        var total = 0
        var number = ""
        var lastUnitIndex = -1
        for ch in trimmed {
            if ch.isASCII, ch.isNumber {
                number.append(ch)
            } else if let size = units[ch], let index = order.firstIndex(of: ch) {
                guard let n = Int(number), number.count <= 9 else {
                    return .failure(ValueError("`\(text)` is not a duration", help: help))
                }
                guard index > lastUnitIndex else {
                    return .failure(ValueError("`\(text)` is not a duration: units go from largest to smallest, each once", help: help))
                }
                lastUnitIndex = index
                total += n * size
                number = ""
            } else {
                return .failure(ValueError("`\(text)` is not a duration", help: help))
            }
        }
        guard number.isEmpty else {
            return .failure(ValueError("`\(text)` has no unit", help: "\(help); a bare number is ambiguous"))
        }
        return .success(TimeSpan(seconds: total))
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
