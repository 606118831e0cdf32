/// Text made safe to show on a terminal: no character of a file, a log or a flag can move the
/// cursor, set the window title or clear the screen (docs/diagnostics.md, "Escaping").
public enum TerminalText {
    /// Whether `scalar` is a control character a terminal would act on: C0 (U+0000–U+001F),
    /// DEL (U+007F) and C1 (U+0080–U+009F).
    @inlinable
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }

    /// `text` with every control character written as a visible escape (`\u{1B}`). Line feeds
    /// and tabs are kept when `keepingLayout` (they are the report's layout), as is a carriage
    /// return right before a line feed (the CRLF line ends of CSV and iCalendar); otherwise they
    /// are written `\n`, `\t` and `\r`.
    ///
    /// Complexity: O(n) in the number of Unicode scalars; text with nothing to escape is found
    /// by a byte scan and returned as is (a report of 100,000 diagnostics is tens of megabytes).
    public static func escaped(_ text: String, keepingLayout: Bool = true) -> String {
        guard needsEscaping(text.utf8, keepingLayout: keepingLayout) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            switch scalar {
            case "\n" where keepingLayout, "\t" where keepingLayout:
                out.append(scalar)
            case "\r" where keepingLayout && i + 1 < scalars.count && scalars[i + 1] == "\n":
                out.append(scalar)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            default:
                if isControl(scalar) {
                    out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }

    /// Whether ``escaped(_:keepingLayout:)`` would change `bytes` (UTF-8): a C0 byte other than
    /// the kept line feed, tab and CR before LF, DEL, or a C1 scalar (`C2 80`–`C2 9F`).
    ///
    /// Complexity: O(n) in the bytes.
    static func needsEscaping(_ bytes: String.UTF8View, keepingLayout: Bool) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if previous == 0x0D, byte != 0x0A { return true }
            switch byte {
            case 0x0A, 0x09: if !keepingLayout { return true }
            case 0x0D: if !keepingLayout { return true }
            case 0x00..<0x20, 0x7F: return true
            case 0x80..<0xA0 where previous == 0xC2: return true
            default: break
            }
            previous = byte
        }
        return previous == 0x0D
    }

    /// One value inside a line (a name, an id, a message, an excerpt): every control character
    /// escaped, line feeds and tabs included, so the value stays on its line.
    public static func inline(_ text: String) -> String { escaped(text, keepingLayout: false) }
}
