/// Number and label forms shared by the audit renderers, so text, Markdown, CSV and JSON agree.
public enum AuditFormat {
    /// Seconds as minutes with at most one decimal (`750` → `12.5`, `720` → `12`).
    public static func minutes(_ seconds: Int) -> String {
        let tenths = Int((Double(seconds) / 6).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// A fraction with at most four decimals (`0.95238` → `0.9524`, `1.0` → `1`).
    public static func fraction(_ x: Double) -> String {
        let n = Int((x * 10_000).rounded())
        guard n % 10_000 != 0 else { return "\(n / 10_000)" }
        var digits = String(n % 10_000)
        digits = String(repeating: "0", count: 4 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(n / 10_000).\(digits)"
    }

    /// `urgent first_reply 30m`, or `all first_reply` for the all-priorities line.
    public static func label(_ g: AuditGroupStats) -> String {
        "\(g.priority ?? "all") \(g.metric.rawValue)" + (g.limitSeconds.map { " \(TimeSpan(seconds: $0))" } ?? "")
    }

    /// `✓`, `✗` or `–` for a target verdict.
    public static func verdict(_ met: Bool?) -> String { met.map { $0 ? "✓" : "✗" } ?? "–" }

    /// The weekday names of heatmap rows, Monday first.
    static let days = Weekday.allCases.map(\.shortName)
}
