import YAMLTree

extension LoadContext {
    /// A user-written regular expression (`audit.signature`, triage `regex:`) compiled for the
    /// bounded engine, or nil after an `invalid-value` error at the construct that is refused:
    /// its line and column in the file when the scalar's quoting lets the offset be mapped,
    /// else the scalar's own position. `what` names the pattern in the message ("audit signature
    /// `(a`").
    mutating func regex(_ node: YAMLNode, _ pattern: String, what: String, caseInsensitive: Bool, help: String) -> BoundedRegex? {
        do {
            return try BoundedRegex(pattern, caseInsensitive: caseInsensitive)
        } catch {
            // A quoted or plain scalar written over several lines is folded (line breaks become
            // spaces), so an offset past its first line break has no column of its own: the
            // scalar's position is given then.
            var at = Self.position(in: node, scalarOffset: error.offset)
            if let source, let line = source.line(at.line), at.column > line.unicodeScalars.count + 1 { at = node.position }
            self.error("invalid-value", "\(what): \(error.message)", at: at, help: error.help ?? help)
            return nil
        }
    }

    /// Where the scalar at offset `k` of `node`'s text was written. Plain scalars start at the
    /// node; quoted ones one column later, and each `''` (single quotes) or `\\`, `\"` (double
    /// quotes) before `k` takes two columns. Other escapes, line breaks and block scalars give
    /// the node's position, which is always right.
    static func position(in node: YAMLNode, scalarOffset k: Int) -> SourcePosition {
        guard let s = node.scalar else { return node.position }
        let text = Array(s.text.unicodeScalars)
        guard k <= text.count else { return node.position }
        var column = node.position.column
        switch s.style {
        case .plain: break
        case .singleQuoted, .doubleQuoted: column += 1
        case .literal, .folded: return node.position
        }
        for c in text[..<k] {
            if c.value < 0x20 || c.value == 0x7F || c.value == 0x85 || c.value == 0x2028 || c.value == 0x2029 { return node.position }
            switch s.style {
            case .singleQuoted where c == "'": column += 2
            case .doubleQuoted where c == "\\" || c == "\"": column += 2
            default: column += 1
            }
        }
        return SourcePosition(line: node.position.line, column: column)
    }
}
