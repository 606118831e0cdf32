/// Folds RFC 5545 content lines (§3.1) into physical lines of at most 75 octets.
///
/// A continuation line starts with one space, which counts toward its 75 octets. Lines break
/// between grapheme clusters, so neither a UTF-8 sequence nor a visible character (an emoji
/// with skin tone, a flag, `e` + combining accent) is cut; an escape pair such as `\n` also stays
/// whole, for the benefit of readers that unescape before they unfold. Only a single grapheme
/// longer than a whole line (a long emoji ZWJ chain) is split, between its Unicode scalars.
enum ContentLineFolder {
    /// Octets allowed on one physical line, excluding the CRLF.
    static let limit = 75

    /// The physical lines of `line` (no CRLFs); unfolding them (dropping each CRLF + space)
    /// gives `line` back.
    ///
    /// Complexity: O(n) in the length of `line`.
    static func fold(_ line: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var used = 0
        func room() -> Int { (lines.isEmpty ? limit : limit - 1) - used }
        func breakLine() {
            lines.append(lines.isEmpty ? current : " " + current)
            current = ""
            used = 0
        }
        for unit in units(of: line) {
            let size = unit.utf8.count
            if size > room() && used > 0 { breakLine() }
            if size <= room() {
                current += unit
                used += size
                continue
            }
            for scalar in unit.unicodeScalars {      // a unit longer than a whole line
                let scalarSize = String(scalar).utf8.count
                if scalarSize > room() { breakLine() }
                current.unicodeScalars.append(scalar)
                used += scalarSize
            }
        }
        if used > 0 || lines.isEmpty { breakLine() }
        return lines
    }

    /// Grapheme clusters, with a backslash joined to the cluster it escapes.
    private static func units(of line: String) -> [String] {
        var units: [String] = []
        var pendingBackslash = false
        for character in line {
            if pendingBackslash {
                units[units.count - 1].append(character)
                pendingBackslash = false
            } else {
                units.append(String(character))
                pendingBackslash = character == "\\"
            }
        }
        return units
    }
}
