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
    /// Complexity: O(n) in the number of Unicode scalars; text without controls is returned as is.
    public static func escaped(_ text: String, keepingLayout: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
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

    /// One value inside a line (a name, an id, a message, an excerpt): every control character
    /// escaped, line feeds and tabs included, so the value stays on its line.
    public static func inline(_ text: String) -> String { escaped(text, keepingLayout: false) }
}
