/// Breaks text at spaces for a 100-column terminal: the one implementation every text report
/// and generated doc uses.
public enum TextWrap {
    /// `text` broken at spaces into lines of at most `width` characters (a longer word stays
    /// whole); the first line starts with `indent`, the others with `hanging`. Runs of spaces
    /// count as one. A no-break space (U+00A0) holds two words together and comes out as a
    /// plain space, so `Mon 08:00–11:30` can be kept on one line.
    ///
    /// Complexity: O(characters).
    public static func lines(_ text: String, width: Int = 100, indent: String = "", hanging: String = "") -> [String] {
        var lines: [String] = []
        var line = indent
        var empty = true
        for word in text.split(separator: " ") {
            let start = lines.isEmpty ? indent : hanging
            if !empty && line.count + 1 + word.count > width {
                lines.append(line)
                line = hanging + word
            } else {
                line = empty ? start + word : line + " " + word
            }
            empty = false
        }
        if !empty { lines.append(line) }
        return lines.map { $0.replacingAll("\u{A0}", " ") }
    }

    /// ``lines(_:width:indent:hanging:)`` with a newline after each line.
    public static func text(_ text: String, width: Int = 100, indent: String = "", hanging: String = "  ") -> String {
        lines(text, width: width, indent: indent, hanging: hanging).map { $0 + "\n" }.joined()
    }
}
