import Foundation

/// A JSON value as the schema check sees it (object key order does not matter there).
indirect enum JSONNode: Decodable, Equatable {
    case object([String: JSONNode])
    case array([JSONNode])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONNode].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONNode].self)) }
    }

    static func parse(_ text: String) throws -> JSONNode {
        try JSONDecoder().decode(JSONNode.self, from: Data(text.utf8))
    }

    subscript(key: String) -> JSONNode? {
        if case .object(let o) = self { return o[key] }
        return nil
    }
}

/// A small JSON Schema checker: the draft-04 keywords the SARIF 2.1.0 schema uses (`type`,
/// `required`, `properties`, `additionalProperties`, `enum`, `items`, `minItems`, `uniqueItems`,
/// `minimum`, `maximum`, `pattern`, `format`, `$ref` to `#/definitions/…`, `anyOf`, `oneOf`).
/// A keyword it does not know is reported as a problem, so a schema it cannot check fully
/// fails instead of passing silently.
struct JSONSchemaCheck {
    let root: JSONNode
    /// `format: uri` requires a scheme (`https:`) when true; otherwise a relative reference passes
    /// too (as `uri-reference`).
    var absoluteURIs = true

    static let annotations: Set<String> = ["description", "default", "title", "$schema", "id", "definitions"]

    /// Every place where `value` breaks the schema, as `/json/pointer: what`.
    func problems(_ value: JSONNode) -> [String] {
        var out: [String] = []
        check(value, against: root, at: "", into: &out)
        return out
    }

    private func resolve(_ ref: String) -> JSONNode? {
        guard ref.hasPrefix("#/definitions/") else { return nil }
        return root["definitions"]?[String(ref.dropFirst("#/definitions/".count))]
    }

    private func check(_ value: JSONNode, against schema: JSONNode, at path: String, into out: inout [String]) {
        guard case .object(let s) = schema else { out.append("\(path): schema is not an object"); return }
        for (keyword, rule) in s.sorted(by: { $0.key < $1.key }) {
            switch keyword {
            case _ where Self.annotations.contains(keyword): continue
            case "$ref":
                guard case .string(let ref) = rule, let target = resolve(ref) else { out.append("\(path): unresolvable $ref"); continue }
                check(value, against: target, at: path, into: &out)
            case "type":
                let names: [String]
                switch rule {
                case .string(let n): names = [n]
                case .array(let a): names = a.compactMap { if case .string(let n) = $0 { return n } else { return nil } }
                default: names = []
                }
                if !names.contains(where: { Self.has(value, type: $0) }) { out.append("\(path): not of type \(names.joined(separator: "|"))") }
            case "required":
                guard case .object(let o) = value, case .array(let keys) = rule else { continue }
                for case .string(let k) in keys where o[k] == nil { out.append("\(path): missing required `\(k)`") }
            case "properties":
                guard case .object(let o) = value, case .object(let props) = rule else { continue }
                for (k, sub) in props { if let v = o[k] { check(v, against: sub, at: path + "/" + k, into: &out) } }
            case "additionalProperties":
                guard case .object(let o) = value else { continue }
                var known: Set<String> = []
                if case .object(let p)? = s["properties"] { known = Set(p.keys) }
                for (k, v) in o where !known.contains(k) {
                    if case .bool(false) = rule { out.append("\(path): property `\(k)` not allowed") }
                    else if case .object = rule { check(v, against: rule, at: path + "/" + k, into: &out) }
                }
            case "enum":
                guard case .array(let options) = rule else { continue }
                if !options.contains(value) { out.append("\(path): not one of the enum values") }
            case "items":
                guard case .array(let items) = value else { continue }
                for (i, item) in items.enumerated() { check(item, against: rule, at: "\(path)/\(i)", into: &out) }
            case "minItems":
                if case .array(let items) = value, case .number(let n) = rule, Double(items.count) < n { out.append("\(path): fewer than \(Int(n)) items") }
            case "uniqueItems":
                guard case .array(let items) = value, case .bool(true) = rule else { continue }
                for i in items.indices where items[..<i].contains(items[i]) { out.append("\(path)/\(i): duplicate item") }
            case "minimum":
                if case .number(let x) = value, case .number(let m) = rule, x < m { out.append("\(path): below minimum \(m)") }
            case "maximum":
                if case .number(let x) = value, case .number(let m) = rule, x > m { out.append("\(path): above maximum \(m)") }
            case "pattern":
                guard case .string(let text) = value, case .string(let pattern) = rule else { continue }
                guard let regex = try? NSRegularExpression(pattern: pattern) else { out.append("\(path): bad pattern"); continue }
                if regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil { out.append("\(path): `\(text)` does not match \(pattern)") }
            case "format":
                guard case .string(let text) = value, case .string(let format) = rule else { continue }
                if !Self.matches(text, format: format, absoluteURIs: absoluteURIs) { out.append("\(path): `\(text)` is not a valid \(format)") }
            case "anyOf", "oneOf":
                guard case .array(let options) = rule else { continue }
                let passing = options.filter { option in
                    var sub: [String] = []
                    check(value, against: option, at: path, into: &sub)
                    return sub.isEmpty
                }.count
                if passing == 0 || (keyword == "oneOf" && passing > 1) { out.append("\(path): \(passing) of the \(keyword) options match") }
            default:
                out.append("\(path): the checker does not know the keyword `\(keyword)`")
            }
        }
    }

    private static func has(_ value: JSONNode, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null), ("number", .number): return true
        case ("integer", .number(let n)): return n == n.rounded()
        default: return false
        }
    }

    /// `uri` (a scheme, then no spaces), `uri-reference` (no spaces or characters URIs never
    /// hold, `%` only before two hex digits), `date-time` (RFC 3339).
    static func matches(_ text: String, format: String, absoluteURIs: Bool) -> Bool {
        func reference(_ t: String) -> Bool {
            let scalars = Array(t.unicodeScalars)
            for (i, c) in scalars.enumerated() {
                if c.value <= 0x20 || c.value >= 0x7F || "<>\"{}|\\^`".unicodeScalars.contains(c) { return false }
                if c == "%" {
                    guard i + 2 < scalars.count, scalars[i + 1].properties.isASCIIHexDigit, scalars[i + 2].properties.isASCIIHexDigit else { return false }
                }
            }
            return true
        }
        switch format {
        case "uri":
            guard reference(text) else { return false }
            return !absoluteURIs || text.range(of: "^[A-Za-z][A-Za-z0-9+.-]*:", options: .regularExpression) != nil
        case "uri-reference": return reference(text)
        case "date-time": return text.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"#, options: .regularExpression) != nil
        default: return true
        }
    }
}
