/// The one JSON writer of socialplan: every JSON output (diagnostics, schedule, simulation,
/// check, audit, forecast, erlang, the schema) is a `JSONValue` printed by ``rendered(indent:)``.
///
/// Policy (docs/glossary.md, "JSON"):
/// - **Keys in document order**: an object prints its pairs in the order given, so the order of
///   a documented shape is the order a reader sees. `Encodable` models keep their declaration
///   order through ``JSONValue/init(encoding:)``.
/// - **Exact numbers**: integers print as integers; doubles print in the shortest form that
///   reads back to the same value (`0.1`, `96.5`, integral values without `.0`); a value that is
///   not finite prints `null` (JSON has no NaN). `.literal` carries a number already formatted
///   (for fixed decimals).
/// - Two-space indents, `"key": value`, empty containers as `{}` / `[]`; an array of plain
///   values (strings, numbers, booleans, null) on one line, so a heatmap row reads as a row.
///   Output is byte-for-byte stable.
///
/// Not `indirect`: objects and arrays hold their children in arrays already, so no case needs a
/// box of its own, and a scalar costs 24 bytes instead of a heap allocation each (an audit of
/// 100,000 accounts builds some hundreds of them per account: docs/performance.md).
public enum JSONValue: Sendable, Hashable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case integer(Int)
    /// A number already in JSON form (e.g. a fixed number of decimals). Must be a valid JSON number.
    case literal(String)
    case bool(Bool)
    case null

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    /// An optional integer: `null` when absent.
    public static func integer(_ n: Int?) -> JSONValue { n.map { .integer($0) } ?? .null }
    /// An optional string: `null` when absent.
    public static func text(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    /// A double rounded to `places` decimals, printed in its shortest form.
    public static func rounded(_ x: Double, places: Int) -> JSONValue {
        guard x.isFinite else { return .null }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return .number((x * scale).rounded() / scale)
    }

    /// The document as text ending in a newline: what a command prints.
    public var document: String { rendered() + "\n" }

    /// Pretty-printed text (no trailing newline). Complexity: O(size of the output).
    public func rendered(indent: Int = 0) -> String {
        var out = ""
        write(to: &out, indent: indent)
        return out
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            let inner = String(repeating: "  ", count: indent + 1)
            out += "{\n"
            for (i, pair) in pairs.enumerated() {
                out += inner + JSONValue.quote(pair.0) + ": "
                pair.1.write(to: &out, indent: indent + 1)
                out += i == pairs.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            if items.allSatisfy(\.isScalar) {
                out += "[" + items.map { $0.rendered() }.joined(separator: ", ") + "]"
                return
            }
            let inner = String(repeating: "  ", count: indent + 1)
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += inner
                item.write(to: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .string(let s): out += JSONValue.quote(s)
        case .number(let d): out += JSONValue.format(d)
        case .integer(let i): out += String(i)
        case .literal(let text): out += text
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: return false
        default: return true
        }
    }

    /// A double in its shortest round-trip form; integral values below 10^15 without `.0`;
    /// `null` when not finite.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded() && abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }

    /// A JSON string literal (RFC 8259 escapes; control characters, DEL and C1 as `\u00XX`, so
    /// the document never carries a raw control byte to a terminal).
    public static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if TerminalText.isControl(u) {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
