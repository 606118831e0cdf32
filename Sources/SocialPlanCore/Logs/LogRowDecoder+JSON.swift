import Foundation

extension LogRowDecoder {
    /// Reads one JSON Lines line: an object whose fields the mapping names; ids may be numbers
    /// or strings, `inbound` a boolean or text, responses a list or `"5,7"`.
    mutating func decodeJSONRow(_ r: CSVRecord, _ body: (LogRow) -> Void) -> LogSkip? {
        let parsed: Any? = r.withField(0) { raw in try? JSONSerialization.jsonObject(with: Data(raw), options: [.fragmentsAllowed]) }
        guard let object = parsed as? [String: Any] else {
            if parsed == nil { return skip(r.line, .badJSON, "not valid JSON: \(LogBytes.quoted(r.string(0)))") }
            return skip(r.line, .badJSON, "a JSON \(parsed is [Any] ? "array" : "value"), not an object")
        }
        let m = mapping
        var inbound: String?
        if case .inboundColumn(let c) = m.direction { inbound = c }
        let names: [String?] = [m.id, m.author, inbound, m.timestamp, m.text, m.parent, m.responses, m.priority, m.agent, m.status]
        var bytes: [UInt8] = []
        var fields: [CSVField] = []
        for name in names {
            let start = bytes.count
            if let name, let value = object[name] ?? object.first(where: { $0.key.lowercased() == name.lowercased() })?.value {
                bytes += Array(Self.text(of: value).utf8)
            }
            fields.append(CSVField(start: start, end: bytes.count, escaped: false))
        }
        return bytes.withUnsafeBytes { buffer in
            decodeRow(CSVRecord(base: buffer, fields: fields, line: r.line, textAfterQuote: nil), body)
        }
    }

    /// A JSON value as the text a CSV column would hold.
    static func text(of value: Any) -> String {
        switch value {
        case let s as String: return s
        case let b as Bool where !(value is NSNumber) || isBoolean(value): return b ? "true" : "false"
        case let n as NSNumber:
            if isBoolean(n) { return n.boolValue ? "true" : "false" }
            let d = n.doubleValue
            if d == d.rounded(), abs(d) < 9e15 { return String(n.int64Value) }
            return n.stringValue
        case let list as [Any]: return list.map(text(of:)).joined(separator: ",")
        default: return ""
        }
    }

    private static func isBoolean(_ value: Any) -> Bool {
        guard let n = value as? NSNumber else { return value is Bool }
        let type = String(cString: n.objCType)
        return type == "c" || type == "B"
    }
}
