/// A share written `90%`, `99.5%` or as a fraction `0.9`, kept exactly in parts per million.
public struct Percentage: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The share in parts per million: `90%` is 900 000.
    public var partsPerMillion: Int

    /// Creates a share from parts per million.
    public init(partsPerMillion: Int) { self.partsPerMillion = partsPerMillion }
    /// Creates a share from a percent figure (`90` for 90 %). Saturates instead of trapping:
    /// `parse` refuses figures beyond ±1,000,000 %, and a computed one out of `Int`'s range
    /// (or not a number) is clamped (0 for NaN).
    public init(percent: Double) {
        let ppm = (percent * 10_000).rounded()
        self.partsPerMillion = ppm.isNaN ? 0 : Int(max(-9e18, min(9e18, ppm)))
    }

    /// The share as a fraction, 0.9 for 90 %.
    public var fraction: Double { Double(partsPerMillion) / 1_000_000 }
    /// The share as a percent figure, 90 for 90 %.
    public var percent: Double { Double(partsPerMillion) / 10_000 }

    /// `90%`, `99.5%`, `12.345%`.
    public var description: String {
        let whole = partsPerMillion / 10_000
        var frac = abs(partsPerMillion % 10_000)
        guard frac != 0 else { return "\(partsPerMillion < 0 && whole == 0 ? "-" : "")\(whole)%" }
        var digits = 4
        while frac % 10 == 0 { frac /= 10; digits -= 1 }
        let padded = String(repeating: "0", count: digits - String(frac).count) + String(frac)
        return "\(partsPerMillion < 0 && whole == 0 ? "-" : "")\(whole).\(padded)%"
    }

    public static func < (a: Percentage, b: Percentage) -> Bool { a.partsPerMillion < b.partsPerMillion }

    static let help = "write a percentage like 90% or 99.5% (or a fraction like 0.9)"
    /// The largest percent figure read; each key's own range is narrower (docs/limits.md).
    static let maxPercent = 1_000_000.0

    /// Parses `90%`, `99.5 %`, or a fraction; numbers above 1 without `%` are refused as ambiguous.
    public static func parse(_ text: String) -> Result<Percentage, ValueError> {
        var t = text.trimmingSpaces
        if t.hasSuffix("%") {
            t = String(t.dropLast()).trimmingSpaces
            guard let v = Double(t), v.isFinite, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }) else {
                return .failure(ValueError("`\(text)` is not a percentage", help: help))
            }
            // Parts per million are an Int: refuse what no share can be before converting.
            guard abs(v) <= maxPercent else {
                return .failure(ValueError("`\(text)` is beyond ±1,000,000%, more than any share", help: help))
            }
            return .success(Percentage(percent: v))
        }
        guard let v = Double(t), v.isFinite, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }) else {
            return .failure(ValueError("`\(text)` is not a percentage", help: help))
        }
        guard abs(v) <= 1 else {
            return .failure(ValueError("`\(text)` is ambiguous as a percentage", help: "write `\(text)%` for a percentage or a fraction between 0 and 1"))
        }
        return .success(Percentage(percent: v * 100))
    }
}
