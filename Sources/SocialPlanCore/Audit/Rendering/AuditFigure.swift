/// One figure of an audit table as the machine formats write it: JSON as a string, number,
/// boolean or `null`; CSV as the same text, `yes`/`no`, or an empty field.
enum AuditFigure: Sendable, Hashable {
    /// Text (JSON string).
    case string(String)
    /// A number already in its written form (`12.5`, `0.9524`).
    case number(String)
    /// A yes/no answer.
    case flag(Bool)
    /// No figure (JSON `null`, empty CSV field).
    case absent

    /// `s`, or absent.
    static func text(_ s: String?) -> AuditFigure { s.map(AuditFigure.string) ?? .absent }

    /// A count.
    static func count(_ n: Int) -> AuditFigure { .number(String(n)) }

    /// Seconds as minutes with at most one decimal, or absent.
    static func minutes(_ seconds: Int?) -> AuditFigure { seconds.map { .number(AuditFormat.minutes($0)) } ?? .absent }

    /// A fraction with at most four decimals, or absent.
    static func fraction(_ x: Double?) -> AuditFigure { x.map { .number(AuditFormat.fraction($0)) } ?? .absent }

    /// The CSV field.
    var csv: String {
        switch self {
        case .string(let s), .number(let s): return s
        case .flag(let b): return b ? "yes" : "no"
        case .absent: return ""
        }
    }

    /// The JSON value.
    var json: AuditJSONValue {
        switch self {
        case .string(let s): return .string(s)
        case .number(let n): return .number(n)
        case .flag(let b): return .bool(b)
        case .absent: return .null
        }
    }
}
