/// The one escaping function for HTML and SVG: every piece of text the report writes into
/// markup (names, post text, sentences, numbers) goes through ``escape(_:)``, so a member
/// called `<script>` is shown as text and the page stays well-formed XML (the report is
/// polyglot XHTML, docs/report.md).
public enum MarkupText {
    /// `text` safe as element content and as a double- or single-quoted attribute value:
    /// `& < > " '` become character references, and characters XML 1.0 forbids (C0 controls
    /// other than tab, line feed and carriage return; U+FFFE and U+FFFF) become U+FFFD, so a
    /// stray control character in a name cannot make the document unreadable.
    ///
    /// Complexity: O(n) in the text's length.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out.unicodeScalars.append("\u{FFFD}")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
