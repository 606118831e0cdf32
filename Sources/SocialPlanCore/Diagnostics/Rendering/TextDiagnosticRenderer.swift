/// Renders diagnostics the way compilers do:
///
///     Strategies/shop.yaml:12:5: error: unknown key `frist_reply` in sla `normal` [unknown-key]
///        12 |     frist_reply: 1h
///           |     ^^^^^^^^^^^
///           = help: did you mean `first_reply`?
///
/// The first line of each diagnostic stays whole, however long, so that editors and CI problem
/// matchers read it as compilers' (`file:line:col: severity: message`); the excerpt is cut to a
/// window around the column and `note:`/`help:` text is wrapped, so that the rest fits
/// ``width`` columns (docs/diagnostics.md).
///
/// Colour (ANSI) only when asked for; the executable asks on a terminal without `NO_COLOR`.
/// Everything taken from the file — its path, the words of messages that quote it, the excerpt —
/// has its control characters escaped (``TerminalText``), so a file cannot drive the terminal.
public struct TextDiagnosticRenderer: Sendable {
    /// Whether to emit ANSI colour codes.
    public var colors: Bool
    /// The columns excerpts, notes and help fit in (the first line of a diagnostic excepted).
    public var width: Int

    /// Creates a renderer.
    public init(colors: Bool, width: Int = 100) {
        self.colors = colors
        self.width = width
    }

    /// All groups, one diagnostic after another, each followed by a blank line.
    public func render(_ groups: [FileDiagnostics]) -> String {
        var out = ""
        for group in groups {
            for d in Diagnostic.sorted(group.diagnostics) {
                out += render(d, in: group.file)
                out += "\n"
            }
        }
        return out
    }

    /// One diagnostic with its excerpt, notes and help.
    public func render(_ d: Diagnostic, in file: SourceFile) -> String {
        var out = header(file: file, position: d.position, severity: d.severity.rawValue, color: color(d.severity), message: d.message)
        out += paint(" [\(d.id)]", "2") + "\n"
        let gutter = String(repeating: " ", count: gutterWidth(d))
        if let p = d.position { out += excerpt(file, p, gutter: gutter, color: color(d.severity)) }
        for note in d.notes {
            if let p = note.position {
                out += header(file: file, position: p, severity: "note", color: "36", message: note.message) + "\n"
                out += excerpt(file, p, gutter: gutter, color: "36")
            } else {
                out += remark("note", "1;36", note.message, gutter: gutter)
            }
        }
        if let help = d.help { out += remark("help", "1;32", help, gutter: gutter) }
        return out
    }

    /// `   = help: text`, the text wrapped under itself at ``width`` columns. A `code span` is
    /// never broken (what to write stays whole, to be copied), so it may run past the width.
    private func remark(_ label: String, _ color: String, _ text: String, gutter: String) -> String {
        let indent = String(repeating: " ", count: gutter.count + label.count + 4)
        var inCode = false
        let held = String(String.UnicodeScalarView(TerminalText.inline(text).unicodeScalars.map { c -> Unicode.Scalar in
            if c == "`" { inCode.toggle() }
            return inCode && c == " " ? "\u{A0}" : c
        }))
        let lines = TextWrap.lines(held, width: max(20, width - indent.count))
        return "\(gutter)= " + paint(label, color) + ": " + lines.joined(separator: "\n" + indent) + "\n"
    }

    private func header(file: SourceFile, position: SourcePosition?, severity: String, color: String, message: String) -> String {
        let path = TerminalText.inline(file.path)
        let location = position.map { "\(path):\($0.line):\($0.column)" } ?? path
        return paint(location, "1") + ": " + paint(severity, "1;\(color)") + ": " + paint(TerminalText.inline(message), "1")
    }

    private func gutterWidth(_ d: Diagnostic) -> Int {
        let lines = ([d.position] + d.notes.map(\.position)).compactMap { $0?.line }
        return (lines.max().map { String($0).count } ?? 1) + 2
    }

    /// Longest excerpt line shown whole with `gutter`: what fits ``width`` beside ` 12 | `
    /// (at least 40 characters). A longer line is cut to a window around the column, two
    /// characters narrower for the `…` marks at the cuts.
    private func excerptWidth(gutter: String) -> Int { max(42, width - gutter.count - 2) }

    private func excerpt(_ file: SourceFile, _ p: SourcePosition, gutter: String, color: String) -> String {
        guard let fullLine = file.line(p.line) else { return "" }
        let number = String(p.line)
        let pad = String(repeating: " ", count: max(0, gutter.count - number.count - 1))
        var scalars = Array(fullLine.unicodeScalars)
        var start = min(max(0, p.column - 1), scalars.count)
        let fits = excerptWidth(gutter: gutter)
        if scalars.count > fits {
            let window = fits - 2
            // Keep a window of the line around the column, marked with … at the cuts.
            let from = max(0, min(start - window / 4, scalars.count - window))
            let to = min(scalars.count, from + window)
            let head: [Unicode.Scalar] = from > 0 ? ["…"] : []
            let tail: [Unicode.Scalar] = to < scalars.count ? ["…"] : []
            start = start - from + head.count
            scalars = head + Array(scalars[from..<to]) + tail
        }
        // Control characters (a binary file, an escape sequence in a name) are shown escaped;
        // the caret moves by the width of each escape so it stays under its token.
        func shown(_ c: Unicode.Scalar) -> String { c == "\t" ? "\t" : TerminalText.inline(String(c)) }
        let line = scalars.map(shown).joined()
        var out = "\(pad)\(number) | \(line)\n"
        // Keep tabs so the caret lines up under tab-indented text.
        let indent = scalars[..<start].map { $0 == "\t" ? "\t" : String(repeating: " ", count: shown($0).unicodeScalars.count) }.joined()
        let token = Self.tokenWidth(scalars, from: start)
        let width = max(1, scalars[start..<min(scalars.count, start + token)].reduce(0) { $0 + shown($1).unicodeScalars.count })
        out += "\(gutter)| \(indent)" + paint(String(repeating: "^", count: width), "1;\(color)") + "\n"
        return out
    }

    /// Length of the token at `start`: a quoted string to its closing quote, else up to a
    /// space, comma, bracket, `#` or `: `. At least 1.
    static func tokenWidth(_ s: [Unicode.Scalar], from start: Int) -> Int {
        guard start < s.count else { return 1 }
        if s[start] == "\"" || s[start] == "'" {
            var i = start + 1
            while i < s.count && s[i] != s[start] { i += 1 }
            return min(i, s.count - 1) - start + 1
        }
        var i = start
        while i < s.count {
            let c = s[i]
            if c == " " || c == "," || c == "]" || c == "}" || c == "\t" { break }
            if c == ":" && (i + 1 == s.count || s[i + 1] == " ") { break }
            i += 1
        }
        return max(1, i - start)
    }

    private func color(_ s: Severity) -> String {
        switch s {
        case .error: return "31"
        case .warning: return "33"
        case .note: return "36"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
