/// A set of Unicode scalars: `.`, a bracket class such as `[^a-z\d]`, or `\d`, `\w`, `\s` and
/// their negations. Membership follows ICU's definitions (the syntax `NSRegularExpression`
/// accepted before), so patterns keep their meaning.
struct RegexScalarSet: Sendable, Hashable {
    /// A named class of scalars.
    enum Named: Sendable, Hashable {
        /// `\d`: decimal digits, general category Nd (`7`, `٣`).
        case digit
        /// `\w`: alphabetic scalars, marks, decimal digits, connector punctuation (`_`),
        /// zero-width (non-)joiners.
        case word
        /// `\s`: the Unicode White_Space property.
        case space
        /// What `.` does not match: `\n`, `\v`, `\f`, `\r`, U+0085, U+2028, U+2029.
        case lineTerminator

        func contains(_ s: Unicode.Scalar) -> Bool {
            let v = s.value
            switch self {
            case .digit:
                if v < 0x80 { return v >= 0x30 && v <= 0x39 }
                return s.properties.generalCategory == .decimalNumber
            case .word:
                if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || (v >= 0x30 && v <= 0x39) || v == 0x5F }
                if v == 0x200C || v == 0x200D { return true }
                let p = s.properties
                switch p.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
                default: return p.isAlphabetic
                }
            case .space:
                if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
                return s.properties.isWhitespace
            case .lineTerminator:
                return Self.isLineTerminator(s)
            }
        }

        /// The scalars ending a line for `.` and `$`.
        static func isLineTerminator(_ s: Unicode.Scalar) -> Bool {
            let v = s.value
            return (v >= 0x0A && v <= 0x0D) || v == 0x85 || v == 0x2028 || v == 0x2029
        }
    }

    /// Inclusive ranges of scalar values.
    var ranges: [ClosedRange<UInt32>] = []
    /// Named classes, each possibly negated (`\D` inside a bracket).
    var named: [(class: Named, negated: Bool)] = []
    /// True for `[^…]`: the set is everything the items do not match.
    var negated = false

    /// `.`: every scalar but a line terminator.
    static let dot = RegexScalarSet(named: [(.lineTerminator, false)], negated: true)

    /// One named class, negated for `\D`, `\W`, `\S`.
    static func named(_ c: Named, negated: Bool) -> RegexScalarSet { RegexScalarSet(named: [(c, false)], negated: negated) }

    /// True when `s` is in the set. `caseless` also accepts `s` when its case variants are in
    /// the items (before any negation, as ICU closes a class over case first).
    func contains(_ s: Unicode.Scalar, caseless: Bool) -> Bool {
        var found = itemsContain(s)
        if !found && caseless {
            for v in RegexCase.variants(of: s) where v != s && itemsContain(v) { found = true; break }
        }
        return found != negated
    }

    private func itemsContain(_ s: Unicode.Scalar) -> Bool {
        for r in ranges where r.contains(s.value) { return true }
        for n in named where n.class.contains(s) != n.negated { return true }
        return false
    }

    static func == (a: RegexScalarSet, b: RegexScalarSet) -> Bool {
        a.ranges == b.ranges && a.negated == b.negated && a.named.map(\.class) == b.named.map(\.class)
            && a.named.map(\.negated) == b.named.map(\.negated)
    }

    func hash(into h: inout Hasher) {
        h.combine(ranges)
        h.combine(negated)
        for n in named { h.combine(n.class); h.combine(n.negated) }
    }
}

/// Case-insensitive comparison of single scalars by simple case folding: a scalar's lower case
/// of its upper case when both are single scalars (`K`, `k` and the Kelvin sign U+212A fold
/// together; `ſ` folds to `s`). A fold that takes several scalars (`ß` → `ss`) is not made:
/// `ß` matches `ß` and `ẞ`, not `SS`.
enum RegexCase {
    /// The simple case fold of `s`.
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v | 0x20)) : s }
        let upper = single(s.properties.uppercaseMapping) ?? s
        return single(upper.properties.lowercaseMapping) ?? single(s.properties.lowercaseMapping) ?? s
    }

    /// `s`, its fold, its lower and its upper case (single scalars only).
    static func variants(of s: Unicode.Scalar) -> [Unicode.Scalar] {
        let v = s.value
        if v < 0x80 {
            if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A {
                let lower = Unicode.Scalar(UInt8(v | 0x20)), upper = Unicode.Scalar(UInt8(v & ~0x20))
                // The Kelvin sign and the long s fold with k and s.
                if lower == "k" { return [lower, upper, "\u{212A}"] }
                if lower == "s" { return [lower, upper, "\u{17F}"] }
                return [lower, upper]
            }
            return [s]
        }
        let f = fold(s)
        var out = [s, f]
        if let u = single(f.properties.uppercaseMapping) { out.append(u) }
        if let l = single(s.properties.lowercaseMapping) { out.append(l) }
        if let u = single(s.properties.uppercaseMapping) { out.append(u) }
        return out
    }

    private static func single(_ text: String) -> Unicode.Scalar? {
        var it = text.unicodeScalars.makeIterator()
        guard let first = it.next(), it.next() == nil else { return nil }
        return first
    }
}
