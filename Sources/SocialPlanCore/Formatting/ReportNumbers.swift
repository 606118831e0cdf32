import Foundation

/// Number forms shared by the simulation and audit reports, independent of the machine's
/// locale (`.` as decimal point, no grouping).
public enum ReportNumbers {
    /// `61.2%` for a fraction 0.612 (one decimal, rounded half away from zero, in integers).
    public static func percent(_ fraction: Double) -> String {
        let tenths = Int((fraction * 1000).rounded())
        return (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)%"
    }

    /// `95%`, `99.5%`: a share as the strategy file writes it, without a `.0` on whole percents
    /// (targets and `care.confidence`, kept in parts per million, so one decimal is exact for
    /// the values people write; rounded to tenths otherwise).
    public static func shortPercent(_ fraction: Double) -> String {
        let tenths = Int((fraction * 1000).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)%" : percent(fraction)
    }

    /// `64.2–77.9%`: an interval of shares rounded outwards to tenths of a percent (the lower
    /// end down, the upper end up), so the printed interval always holds the computed one and a
    /// printed lower end at or above a whole-tenth threshold means the interval is.
    public static func percentRange(_ lower: Double, _ upper: Double) -> String {
        let low = Int((lower * 1000 + 1e-6).rounded(.down)), high = Int((upper * 1000 - 1e-6).rounded(.up))
        func tenths(_ t: Int) -> String { "\(t / 10).\(t % 10)" }
        return "\(tenths(max(0, low)))–\(tenths(min(1000, high)))%"
    }

    /// A duration for people: `40s`, `12m`, `2h10m`, `1d4h` (rounded to the unit shown).
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "—" }
        let s = max(0, seconds)
        if s < 59.5 { return "\(Int(s.rounded()))s" }
        let minutes = Int((s / 60).rounded())
        if minutes < 60 { return "\(minutes)m" }
        if minutes < 1440 { return minutes % 60 == 0 ? "\(minutes / 60)h" : "\(minutes / 60)h\(minutes % 60)m" }
        let hours = Int((s / 3600).rounded())
        return hours % 24 == 0 ? "\(hours / 24)d" : "\(hours / 24)d\(hours % 24)h"
    }

    /// A mean count: one decimal below 10, whole above (`3.4`, `130`).
    public static func count(_ value: Double) -> String {
        let v = max(0, value)
        return v < 9.95 ? String(format: "%.1f", v) : String(Int(v.rounded()))
    }

    /// A fixed number of decimals (`0.612`), for JSON and CSV.
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return "null" }
        let text = String(format: "%.\(decimals)f", value)
        return text == "-0" || text.hasPrefix("-0.") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// Pads `text` with spaces to `width` characters (by Character count): after it, or before
    /// it when `right` (numbers in columns).
    public static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}
