/// A JSON value that keeps its keys in the order given, so the audit's documented key order is
/// the printed order, and absent figures print as `null` instead of disappearing.
indirect enum AuditJSONValue: Sendable {
    case object([(String, AuditJSONValue)])
    case array([AuditJSONValue])
    case string(String)
    /// A number already in JSON form.
    case number(String)
    case bool(Bool)
    case null

    static func int(_ n: Int?) -> AuditJSONValue { n.map { .number(String($0)) } ?? .null }
    static func text(_ s: String?) -> AuditJSONValue { s.map { .string($0) } ?? .null }

    /// Pretty-printed with two-space indents; arrays of scalars stay on one line.
    /// Complexity: O(size).
    func render(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent + 1), close = String(repeating: "  ", count: indent)
        switch self {
        case .object(let pairs):
            guard !pairs.isEmpty else { return "{}" }
            return "{\n" + pairs.map { "\(pad)\(Self.quote($0.0)): \($0.1.render(indent: indent + 1))" }.joined(separator: ",\n") + "\n\(close)}"
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            if items.allSatisfy(\.isScalar) { return "[" + items.map { $0.render() }.joined(separator: ", ") + "]" }
            return "[\n" + items.map { pad + $0.render(indent: indent + 1) }.joined(separator: ",\n") + "\n\(close)]"
        case .string(let s): return Self.quote(s)
        case .number(let n): return n
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: return false
        default: return true
        }
    }

    /// A JSON string literal (RFC 8259 escapes), shared with ``JSONValue``.
    static func quote(_ s: String) -> String { JSONValue.quote(s) }
}
