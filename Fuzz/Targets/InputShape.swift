import YAMLTree

/// The lines of an input as diagnostics count them (`SourceFile`, and libyaml): a leading
/// byte-order mark dropped, LF, CR LF and a lone CR each ending a line, each line's length in
/// Unicode scalars after decoding as UTF-8 (an invalid byte becomes one U+FFFD).
struct InputShape {
    let lineLengths: [Int]

    init(_ bytes: [UInt8]) {
        var text = String(decoding: bytes, as: UTF8.self).unicodeScalars[...]
        if text.first == "\u{FEFF}" { text = text.dropFirst() }
        var lengths: [Int] = [], current = 0, afterCR = false
        for s in text {
            if s == "\n" && afterCR { afterCR = false; continue }
            afterCR = s == "\r"
            if s == "\n" || s == "\r" { lengths.append(current); current = 0 } else { current += 1 }
        }
        lengths.append(current)
        lineLengths = lengths
    }

    /// True when `p` is inside the input: a line that exists and a column at most one past its
    /// end (where a problem at the end of a line, or of the file, is reported).
    func contains(_ p: SourcePosition) -> Bool {
        p.line >= 1 && p.line <= lineLengths.count && p.column >= 1 && p.column <= lineLengths[p.line - 1] + 1
    }
}
