/// The audit's number forms for programs (JSON and CSV read the same ``JSONValue``): counts as
/// integers, minutes with at most one decimal, fractions with at most four.
enum AuditFigure {
    /// A count.
    static func count(_ n: Int) -> JSONValue { .integer(n) }

    /// Seconds as minutes with at most one decimal, or `null`.
    static func minutes(_ seconds: Int?) -> JSONValue { seconds.map { .literal(AuditFormat.minutes($0)) } ?? .null }

    /// A fraction with at most four decimals, or `null`.
    static func fraction(_ x: Double?) -> JSONValue { x.map { .literal(AuditFormat.fraction($0)) } ?? .null }
}
