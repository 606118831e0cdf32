import Foundation

/// A deliberately tiny iCalendar reader for the tests: unfold, split name/parameters/value,
/// unescape TEXT. It knows nothing of the writer's code, so a round trip through it is a check.
enum ICalendarTestParser {
    /// One content line: `NAME;PARAM=x:value`.
    struct Property: Equatable {
        var name: String
        var parameters: [String: String]
        var value: String
    }

    /// The physical lines of `text` as raw octets, split on CRLF (the final CRLF ends the last
    /// line); `nil` when some CR or LF is not part of a CRLF.
    static func physicalLines(_ text: String) -> [[UInt8]]? {
        let bytes = Array(text.utf8)
        var lines: [[UInt8]] = [], current: [UInt8] = [], index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                lines.append(current)
                current = []
                index += 2
                continue
            }
            if byte == 0x0D || byte == 0x0A { return nil }
            current.append(byte)
            index += 1
        }
        return current.isEmpty ? lines : nil
    }

    /// The content lines of `text`: each CRLF followed by one space is removed (RFC 5545 §3.1).
    static func unfold(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "")
            .components(separatedBy: "\r\n")
            .filter { !$0.isEmpty }
    }

    /// `line` split at the first colon outside double quotes.
    static func property(_ line: String) -> Property {
        var inQuotes = false
        var colon = line.endIndex
        for index in line.indices {
            if line[index] == "\"" { inQuotes.toggle() }
            if line[index] == ":" && !inQuotes { colon = index; break }
        }
        let head = line[..<colon].split(separator: ";").map(String.init)
        var parameters: [String: String] = [:]
        for parameter in head.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            parameters[pair[0]] = pair.count > 1 ? pair[1] : ""
        }
        let value = colon < line.endIndex ? String(line[line.index(after: colon)...]) : ""
        return Property(name: head.first ?? "", parameters: parameters, value: value)
    }

    /// Every property of `text`, in order.
    static func properties(_ text: String) -> [Property] { unfold(text).map(property) }

    /// The values of a TEXT list, split at unescaped commas, each unescaped. Works on Unicode
    /// scalars, so a combining mark after an escaped comma cannot hide the comma.
    static func textList(_ value: String) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var escaped = false
        for scalar in value.unicodeScalars {
            if escaped {
                current.append("\\")
                current.append(scalar)
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else if scalar == "," {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        parts.append(String(current))
        return parts.map(unescape)
    }

    /// A TEXT value unescaped: `\\` `\;` `\,` `\n` / `\N`.
    static func unescape(_ value: String) -> String {
        var result = String.UnicodeScalarView()
        var escaped = false
        for scalar in value.unicodeScalars {
            if escaped {
                result.append(scalar == "n" || scalar == "N" ? "\n" : scalar)
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
