/// Scalar resolution by the YAML 1.2 core schema (not YAML 1.1):
/// `true/false` (also `True`, `TRUE`, …) are booleans, `yes/no/on/off` stay text,
/// `09:00` stays text (no base-60 numbers), quoted and block scalars are always text.
enum CoreSchema {
    static let strTag = "tag:yaml.org,2002:str"
    static let intTag = "tag:yaml.org,2002:int"
    static let floatTag = "tag:yaml.org,2002:float"
    static let boolTag = "tag:yaml.org,2002:bool"
    static let nullTag = "tag:yaml.org,2002:null"

    /// Resolves a scalar. Complexity: O(length of text).
    static func resolve(text: String, style: YAMLScalar.Style, tag: String?) -> YAMLScalar.Value {
        if let tag, tag != "?" {
            switch tag {
            case strTag, "!": return .string(text)
            case intTag: return int(text).map { .int($0) } ?? .string(text)
            case floatTag: return float(text).map { .float($0) } ?? int(text).map { .float(Double($0)) } ?? .string(text)
            case boolTag: return bool(text).map { .bool($0) } ?? .string(text)
            case nullTag: return .null
            default: return .string(text)
            }
        }
        guard style == .plain else { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        default: break
        }
        // Most scalars are words: anything not starting like a number is text once the
        // booleans are ruled out, without trying the number grammars.
        if let first = text.utf8.first, !(first >= 48 && first <= 57), first != 43, first != 45, first != 46 {
            return bool(text).map { .bool($0) } ?? .string(text)
        }
        if let b = bool(text) { return .bool(b) }
        if let i = int(text) { return .int(i) }
        // An integer too large for Int stays text rather than silently becoming a float.
        if looksLikeInteger(text) { return .string(text) }
        if let f = float(text) { return .float(f) }
        return .string(text)
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`; numbers too large for `Int` stay text.
    static func int(_ text: String) -> Int? {
        let u = Array(text.utf8)
        guard !u.isEmpty else { return nil }
        if u.count > 2, u[0] == UInt8(ascii: "0") {
            if u[1] == UInt8(ascii: "o") { return Int(String(decoding: u[2...], as: UTF8.self), radix: 8) }
            if u[1] == UInt8(ascii: "x") { return Int(String(decoding: u[2...], as: UTF8.self), radix: 16) }
        }
        var digits = u[...]
        if let first = digits.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }

    static func looksLikeInteger(_ text: String) -> Bool {
        var u = Array(text.utf8)[...]
        if let f = u.first, f == 43 || f == 45 { u = u.dropFirst() }
        return !u.isEmpty && u.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?.inf`, `.nan`.
    static func float(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        var u = Array(text.utf8)[...]
        if let f = u.first, f == 43 || f == 45 { u = u.dropFirst() }
        var intDigits = 0, fracDigits = 0
        while let c = u.first, c >= 48 && c <= 57 { intDigits += 1; u = u.dropFirst() }
        if u.first == 46 {
            u = u.dropFirst()
            while let c = u.first, c >= 48 && c <= 57 { fracDigits += 1; u = u.dropFirst() }
        }
        guard intDigits + fracDigits > 0 else { return nil }
        if let e = u.first, e == 101 || e == 69 {
            u = u.dropFirst()
            if let s = u.first, s == 43 || s == 45 { u = u.dropFirst() }
            var expDigits = 0
            while let c = u.first, c >= 48 && c <= 57 { expDigits += 1; u = u.dropFirst() }
            guard expDigits > 0 else { return nil }
        }
        guard u.isEmpty else { return nil }
        return Double(text)
    }
}
