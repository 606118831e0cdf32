/// RFC 5545 value escaping: TEXT values (§3.3.11) and parameter values (§3.2).
enum ICalendarText {
    /// `text` as an RFC 5545 TEXT value: `\` `;` `,` escaped with a backslash, every line
    /// break (LF, CRLF or CR) written `\n`, other control characters but TAB (C0, DEL and C1)
    /// dropped (TEXT may not contain them).
    ///
    /// Complexity: O(n) in the number of Unicode scalars.
    static func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": result.append(contentsOf: "\\\\".unicodeScalars)
            case ";": result.append(contentsOf: "\\;".unicodeScalars)
            case ",": result.append(contentsOf: "\\,".unicodeScalars)
            case "\r": result.append(contentsOf: "\\n".unicodeScalars)
            case "\n": if !afterCR { result.append(contentsOf: "\\n".unicodeScalars) }
            case "\t": result.append(scalar)
            default:
                if TerminalText.isControl(scalar) { continue }
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Several TEXT values as one comma-separated list (`CATEGORIES`), each escaped, empty
    /// values dropped.
    static func list(_ values: [String]) -> String {
        values.filter { !$0.isEmpty }.map(escape).joined(separator: ",")
    }

    /// `value` as a parameter value (`TZID=…`): quoted when it holds `:` `;` or `,`, with
    /// double quotes and control characters dropped (a parameter value cannot hold them).
    static func parameter(_ value: String) -> String {
        let kept = String(String.UnicodeScalarView(value.unicodeScalars.filter {
            $0 != "\"" && $0.value >= 0x20 && $0.value != 0x7F
        }))
        return kept.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"\(kept)\"" : kept
    }
}
