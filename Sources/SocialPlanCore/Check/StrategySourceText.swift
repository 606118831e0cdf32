import YAMLTree

/// A strategy file's text as lines, with the few precise edits the fix search needs: replace a
/// value written after a key, or insert lines after a block. Everything not edited stays byte
/// for byte, comments and line endings included (a `\r` before `\n` stays part of its line).
///
/// Positions are the loader's: 1-based lines, and columns counted in Unicode scalars as
/// libyaml counts them.
struct StrategySourceText: Sendable, Hashable {
    /// The lines, without their `\n`.
    var lines: [[Unicode.Scalar]]

    /// Splits `text` at `\n`.
    init(_ text: String) {
        var lines: [[Unicode.Scalar]] = [[]]
        for s in text.unicodeScalars {
            if s == "\n" { lines.append([]) } else { lines[lines.count - 1].append(s) }
        }
        self.lines = lines
    }

    /// The text again, lines joined with `\n`.
    var text: String {
        var out = String.UnicodeScalarView()
        for (i, line) in lines.enumerated() {
            if i > 0 { out.append("\n") }
            out.append(contentsOf: line)
        }
        return String(out)
    }

    /// A place in the text: 0-based line and scalar index.
    struct Place: Sendable, Hashable, Comparable {
        var line: Int
        var index: Int
        static func < (a: Place, b: Place) -> Bool { (a.line, a.index) < (b.line, b.index) }
    }

    /// Where the value of the key written at `key` starts: after its `:` and any spaces. The
    /// place is at the end of the line when the value is a block on the following lines (or a
    /// comment follows the colon).
    func valueStart(afterKeyAt key: SourcePosition) -> Place? {
        let l = key.line - 1
        guard lines.indices.contains(l) else { return nil }
        let line = lines[l]
        var i = max(0, key.column - 1)
        var quote: Unicode.Scalar?
        while i < line.count {
            let c = line[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ":" && (i + 1 == line.count || line[i + 1] == " " || line[i + 1] == "\t" || line[i + 1] == "\r") {
                break
            }
            i += 1
        }
        guard i < line.count else { return nil }
        i += 1
        while i < line.count, line[i] == " " || line[i] == "\t" { i += 1 }
        return Place(line: l, index: i)
    }

    /// True when nothing but a comment (or a CRLF file's `\r`) follows `place` on its line.
    func isLineEnd(_ place: Place) -> Bool {
        let line = lines[place.line]
        return place.index >= line.count || line[place.index] == "#" || (line[place.index] == "\r" && place.index == line.count - 1)
    }

    /// The scalar at `place`, if any.
    func character(at place: Place) -> Unicode.Scalar? {
        lines.indices.contains(place.line) && place.index < lines[place.line].count ? lines[place.line][place.index] : nil
    }

    /// One past the end of a plain token starting at `place` (a number, an alias `*name`); a
    /// CRLF file's `\r` is not part of it.
    func tokenEnd(from place: Place) -> Place {
        let line = lines[place.line]
        var i = place.index
        while i < line.count, ![" ", "\t", "\r", ",", "}", "]", "#"].contains(line[i]) { i += 1 }
        return Place(line: place.line, index: i)
    }

    /// One past the bracket closing the flow collection (`{` or `[`) opened at `place`,
    /// skipping quoted text and comments; nil when it is never closed.
    func flowEnd(from place: Place) -> Place? {
        var depth = 0
        var quote: Unicode.Scalar?
        var l = place.line, i = place.index
        while l < lines.count {
            let line = lines[l]
            while i < line.count {
                let c = line[i]
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == "#" && (i == 0 || line[i - 1] == " ") {
                    break
                } else if c == "{" || c == "[" {
                    depth += 1
                } else if c == "}" || c == "]" {
                    depth -= 1
                    if depth == 0 { return Place(line: l, index: i + 1) }
                }
                i += 1
            }
            l += 1
            i = 0
        }
        return nil
    }

    /// The lines of the block value under the key on line `keyLine` (0-based): the following
    /// lines indented deeper than the key, up to the last one with content (trailing blank and
    /// comment lines stay outside).
    func blockLines(underKeyOnLine keyLine: Int) -> Range<Int> {
        let keyIndent = indent(of: lines[keyLine])
        var last = keyLine
        var l = keyLine + 1
        while l < lines.count {
            let line = lines[l]
            if isBlankOrComment(line) { l += 1; continue }
            if indent(of: line) <= keyIndent { break }
            last = l
            l += 1
        }
        return (keyLine + 1)..<(last + 1)
    }

    /// Leading spaces of `line`.
    func indent(of line: [Unicode.Scalar]) -> Int { line.prefix { $0 == " " }.count }

    /// True for an empty line or one holding only a comment.
    func isBlankOrComment(_ line: [Unicode.Scalar]) -> Bool {
        let rest = line.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
        return rest.isEmpty || rest.first == "#"
    }

    /// Replaces the text from `start` up to (not including) `end` with `replacement` (which
    /// may hold line breaks).
    mutating func replace(from start: Place, to end: Place, with replacement: String) {
        let head = Array(lines[start.line][..<start.index])
        let tail = Array(lines[end.line][end.index...])
        var middle = StrategySourceText(replacement).lines
        middle[0] = head + middle[0]
        middle[middle.count - 1] += tail
        lines.replaceSubrange(start.line...end.line, with: middle)
    }

    /// Inserts whole `newLines` after line `line` (0-based), using that line's `\r` if it has one.
    mutating func insert(_ newLines: [String], afterLine line: Int) {
        let crlf = lines[line].last == "\r"
        let added = newLines.map { Array(($0 + (crlf ? "\r" : "")).unicodeScalars) }
        lines.insert(contentsOf: added, at: line + 1)
    }
}
