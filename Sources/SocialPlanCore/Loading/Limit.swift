/// The range a number in a strategy file, or on a flag, may take, and why (issue 14).
///
/// The loader checks values against it and names it in the diagnostic, the JSON Schema writes
/// its bounds as `minimum`/`maximum`, and `docs/limits.md` is generated from ``Limits/all``.
public struct Limit: Sendable {
    /// What kind of value the bounds measure, for showing them.
    public enum Unit: Sendable {
        case number, integer, percentage, duration
    }

    /// The key or flag, as the reference writes it (Markdown): "`mentions.per_week`".
    public let key: String
    public let unit: Unit
    public let minimum: Double
    public let maximum: Double
    /// True when the minimum itself is refused (`above 0`).
    public let minimumExcluded: Bool
    /// True when the maximum itself is refused (`below 100%`).
    public let maximumExcluded: Bool
    /// Why the maximum is where it is, as the end of a sentence: "the hours in a week".
    public let why: String

    init(_ key: String, _ unit: Unit, _ minimum: Double, _ maximum: Double, minimumExcluded: Bool = false,
         maximumExcluded: Bool = false, why: String) {
        self.key = key
        self.unit = unit
        self.minimum = minimum
        self.maximum = maximum
        self.minimumExcluded = minimumExcluded
        self.maximumExcluded = maximumExcluded
        self.why = why
    }

    /// True when `value` is inside the range.
    public func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        let low = minimumExcluded ? value > minimum : value >= minimum
        let high = maximumExcluded ? value < maximum : value <= maximum
        return low && high
    }

    /// True when `value` is too large (as opposed to too small).
    public func exceeds(_ value: Double) -> Bool {
        value.isNaN || (maximumExcluded ? value >= maximum : value > maximum)
    }

    /// `value` as the unit writes it: `1,000,000`, `168`, `100%`, `7d`.
    public func show(_ value: Double) -> String {
        switch unit {
        case .number, .integer: return Self.grouped(value)
        case .percentage: return "\(Self.plain(value * 100))%"
        case .duration: return TimeSpan(seconds: Int(max(0, min(value, 1e15)))).description
        }
    }

    /// "is more than 168" or "is not below 100%".
    public var aboveWords: String {
        maximumExcluded ? "is not below \(show(maximum))" : "is more than \(show(maximum))"
    }

    /// The range in words for the docs: "0 to 168", "0% up to but not including 100%".
    public var rangeWords: String {
        let low = minimumExcluded ? "above \(show(minimum))" : show(minimum)
        let high = maximumExcluded ? "below \(show(maximum))" : show(maximum)
        return "\(low) to \(high)"
    }

    /// The message for a value above the range: "mentions per_week 10000000 is more than
    /// 100,000, the most …".
    func aboveMessage(_ what: String, _ written: String) -> String {
        "\(what) \(written) \(aboveWords), \(why)"
    }

    /// `1,000,000` for whole numbers below 10^15, else the shortest exact form.
    static func grouped(_ v: Double) -> String {
        guard v == v.rounded(), abs(v) < 1e15 else { return plain(v) }
        let digits = String(Int(abs(v)))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (v < 0 ? "-" : "") + out
    }

    static func plain(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }
}
