/// Reads a pattern into a ``RegexNode``, refusing what the linear-time engine does not run
/// (back-references, look-around, atomic groups, possessive quantifiers) and the ICU syntax it
/// does not know, each with the construct's offset and the reason. Complexity: O(pattern).
struct RegexParser {
    private let p: [Unicode.Scalar]
    private var i = 0
    private var depth = 0
    /// Capturing groups opened so far.
    private(set) var groupCount = 0
    /// The case-insensitive flag in effect (`(?i)` turns it on for the rest of the group).
    private var caseless: Bool

    init(_ pattern: String, caseInsensitive: Bool) {
        p = Array(pattern.unicodeScalars)
        caseless = caseInsensitive
    }

    /// The whole pattern.
    mutating func parse() throws(RegexSyntaxError) -> RegexNode {
        let node = try alternation()
        if i < p.count {
            // Only an unmatched `)` stops an alternation early.
            throw RegexSyntaxError("`)` closes no group", at: i, help: "write `\\)` for a literal parenthesis")
        }
        return node
    }

    private func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < p.count ? p[i + k] : nil }

    /// Alternatives; a flag group such as `(?i)` holds to the end of the enclosing group, across
    /// later alternatives, as in ICU.
    private mutating func alternation() throws(RegexSyntaxError) -> RegexNode {
        let outerCaseless = caseless
        defer { caseless = outerCaseless }
        var branches = [try concatenation()]
        while peek() == "|" {
            i += 1
            branches.append(try concatenation())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func concatenation() throws(RegexSyntaxError) -> RegexNode {
        var parts: [RegexNode] = []
        while let c = peek(), c != "|", c != ")" {
            let start = i
            guard let atom = try atom() else { continue }
            parts.append(try quantified(atom, at: start))
        }
        return parts.count == 1 ? parts[0] : parts.isEmpty ? .empty : .concatenation(parts)
    }

    /// The quantifiers after `atom`, if any.
    private mutating func quantified(_ atom: RegexNode, at start: Int) throws(RegexSyntaxError) -> RegexNode {
        guard let c = peek() else { return atom }
        let at = i
        var min = 0, max: Int? = nil
        switch c {
        case "*": i += 1
        case "+": i += 1; min = 1
        case "?": i += 1; max = 1
        case "{": (min, max) = try count()
        default: return atom
        }
        var greedy = true
        if peek() == "?" {
            i += 1
            greedy = false
        } else if peek() == "+" {
            throw RegexSyntaxError("a possessive quantifier `\(String(String.UnicodeScalarView(p[at...i])))` cannot be run by the linear-time matcher (it needs backtracking control)",
                                   at: at, help: "drop the `+` after the quantifier: the plain quantifier matches the same texts here")
        }
        if let next = peek(), next == "*" || next == "+" || next == "?" || next == "{" {
            throw RegexSyntaxError("`\(next)` repeats a quantifier; a quantifier needs something to repeat", at: i,
                                   help: "put the repeated part in a group: `(?:a+)*`, or write `\\\(next)` for the character")
        }
        return .repetition(atom, min: min, max: max, greedy: greedy)
    }

    /// `{m}`, `{m,}` or `{m,n}` at `i`.
    private mutating func count() throws(RegexSyntaxError) -> (Int, Int?) {
        let open = i
        i += 1
        func number() -> Int? {
            var n: Int? = nil
            while let d = peek(), d.value >= 0x30 && d.value <= 0x39 {
                n = min((n ?? 0) * 10 + Int(d.value - 0x30), BoundedRegex.maxCount + 1)
                i += 1
            }
            return n
        }
        let bad = RegexSyntaxError("`{` does not start a count like `{2}`, `{2,}` or `{2,5}`", at: open,
                                   help: "write `\\{` for a literal brace")
        guard let low = number() else { throw bad }
        var high: Int? = low
        if peek() == "," {
            i += 1
            high = number()
        }
        guard peek() == "}" else { throw bad }
        i += 1
        for n in [low, high ?? 0] where n > BoundedRegex.maxCount {
            throw RegexSyntaxError("the count in `\(String(String.UnicodeScalarView(p[open..<i])))` is more than \(BoundedRegex.maxCount), the most one repetition may count",
                                   at: open, help: "use `+` or `{\(low > BoundedRegex.maxCount ? 1 : low),}` for an unbounded number")
        }
        if let h = high, h < low {
            throw RegexSyntaxError("the count `\(String(String.UnicodeScalarView(p[open..<i])))` has its maximum below its minimum", at: open,
                                   help: "write the smaller number first: `{\(h),\(low)}`")
        }
        return (low, high)
    }

    /// One atom at `i`, or nil for a flag group such as `(?i)` that only changes the flags.
    private mutating func atom() throws(RegexSyntaxError) -> RegexNode? {
        let start = i
        let c = p[i]
        i += 1
        switch c {
        case ".": return .set(.dot, caseless: false)
        case "^": return .assertion(.start)
        case "$": return .assertion(.endOrBeforeFinalLineBreak)
        case "[": return .set(try bracket(at: start), caseless: caseless)
        case "(": return try group(at: start)
        case "\\": return try escape(at: start)
        case "*", "+", "?":
            throw RegexSyntaxError("`\(c)` has nothing before it to repeat", at: start, help: "write `\\\(c)` for the character")
        case "{":
            throw RegexSyntaxError("`{` has nothing before it to repeat", at: start, help: "write `\\{` for a literal brace")
        default: return .scalar(c, caseless: caseless)
        }
    }

    private mutating func group(at start: Int) throws(RegexSyntaxError) -> RegexNode? {
        var capture: Int? = nil
        let outerCaseless = caseless
        if peek() == "?" {
            let kind = peek(1)
            let notLinear = "cannot be run by the linear-time matcher"
            switch kind {
            case ":": i += 2
            case "=": throw RegexSyntaxError("a look-ahead `(?=…)` \(notLinear)", at: start, help: Self.aroundHelp)
            case "!": throw RegexSyntaxError("a negative look-ahead `(?!…)` \(notLinear)", at: start, help: Self.aroundHelp)
            case ">": throw RegexSyntaxError("an atomic group `(?>…)` \(notLinear) (it needs backtracking control)", at: start,
                                             help: "write a plain group `(?:…)`: it matches the same texts here")
            case "<" where peek(2) == "=":
                throw RegexSyntaxError("a look-behind `(?<=…)` \(notLinear)", at: start, help: Self.aroundHelp)
            case "<" where peek(2) == "!":
                throw RegexSyntaxError("a negative look-behind `(?<!…)` \(notLinear)", at: start, help: Self.aroundHelp)
            case "<":
                // A named group captures like `( )`; its name is not used.
                i += 2
                guard let close = p[i...].firstIndex(of: ">"), close > i,
                      p[i..<close].allSatisfy({ $0.properties.isAlphabetic || ($0.value >= 0x30 && $0.value <= 0x39) }) else {
                    throw RegexSyntaxError("`(?<` does not start a named group like `(?<agent>…)`", at: start)
                }
                i = close + 1
                groupCount += 1
                capture = groupCount
            case "#":
                throw RegexSyntaxError("comments `(?#…)` are not supported", at: start, help: "remove the comment")
            default:
                // Flags: `(?i)`, `(?-i)`, `(?i:…)`.
                var j = i + 1, on = true, flags = caseless
                while j < p.count, p[j] != ")" && p[j] != ":" {
                    switch p[j] {
                    case "-": on = false
                    case "i": flags = on
                    default:
                        throw RegexSyntaxError("the flag `\(p[j])` in `(?…)` is not supported; only `i` (ignore case) is", at: j,
                                               help: "the supported syntax is in docs/strategy-format.md, \"Regular expressions\"")
                    }
                    j += 1
                }
                guard j < p.count else { throw RegexSyntaxError("`(?` is not closed", at: start, help: "write `\\(` for a literal parenthesis") }
                i = j + 1
                if p[j] == ")" {
                    caseless = flags   // for the rest of the enclosing group
                    return nil
                }
                caseless = flags
            }
        } else {
            groupCount += 1
            capture = groupCount
        }
        depth += 1
        if depth > BoundedRegex.maxNesting {
            throw RegexSyntaxError("groups are nested more than \(BoundedRegex.maxNesting) deep", at: start)
        }
        let body = try alternation()
        depth -= 1
        caseless = outerCaseless
        guard peek() == ")" else {
            throw RegexSyntaxError("`(` is not closed", at: start, help: "add `)`, or write `\\(` for a literal parenthesis")
        }
        i += 1
        return .group(body, capture: capture)
    }

    static let aroundHelp = "match the text itself instead; for triage, list the words under `keywords` and the exceptions under `not`"

    /// An escape outside a bracket: a class, an assertion or a scalar.
    private mutating func escape(at start: Int) throws(RegexSyntaxError) -> RegexNode {
        guard let c = peek() else { throw RegexSyntaxError("the pattern ends with a lone `\\`", at: start, help: "write `\\\\` for a backslash") }
        switch c {
        case "b": i += 1; return .assertion(.wordBoundary)
        case "B": i += 1; return .assertion(.notWordBoundary)
        case "A": i += 1; return .assertion(.start)
        case "z": i += 1; return .assertion(.end)
        case "Z": i += 1; return .assertion(.endOrBeforeFinalLineBreak)
        default:
            switch try escapedItem(at: start, inBracket: false) {
            case .scalar(let s): return .scalar(s, caseless: caseless)
            case .named(let n, let negated): return .set(.named(n, negated: negated), caseless: caseless)
            }
        }
    }

    private enum EscapedItem { case scalar(Unicode.Scalar), named(RegexScalarSet.Named, Bool) }

    /// The escape after the `\` at `start` (`i` is past the backslash).
    private mutating func escapedItem(at start: Int, inBracket: Bool) throws(RegexSyntaxError) -> EscapedItem {
        guard let c = peek() else { throw RegexSyntaxError("the pattern ends with a lone `\\`", at: start, help: "write `\\\\` for a backslash") }
        i += 1
        switch c {
        case "d": return .named(.digit, false)
        case "D": return .named(.digit, true)
        case "w": return .named(.word, false)
        case "W": return .named(.word, true)
        case "s": return .named(.space, false)
        case "S": return .named(.space, true)
        case "t": return .scalar("\t")
        case "n": return .scalar("\n")
        case "r": return .scalar("\r")
        case "f": return .scalar("\u{0C}")
        case "a": return .scalar("\u{07}")
        case "e": return .scalar("\u{1B}")
        case "x", "u", "U": return .scalar(try hexScalar(c, at: start))
        case "1"..."9":
            throw RegexSyntaxError("a back-reference `\\\(c)` cannot be run by the linear-time matcher (no finite automaton matches a repeated capture)",
                                   at: start, help: "write the repeated text out, or match it with the same class again, e.g. `(\\w+) \\w+`")
        case "k":
            throw RegexSyntaxError("a named back-reference `\\k<…>` cannot be run by the linear-time matcher (no finite automaton matches a repeated capture)",
                                   at: start, help: "write the repeated text out")
        case "0":
            throw RegexSyntaxError("octal escapes `\\0…` are not supported", at: start, help: "write `\\x{…}` with the hexadecimal value")
        default:
            if c.value < 0x80 && (c.properties.isAlphabetic || (c.value >= 0x30 && c.value <= 0x39)) {
                let what: String
                switch c {
                case "p", "P": what = "Unicode property classes `\\\(c){…}` are not supported"
                case "Q", "E": what = "quoting with `\\Q…\\E` is not supported"
                case "b", "B", "A", "z", "Z": what = "the assertion `\\\(c)` cannot be used inside brackets"
                default: what = "`\\\(c)` is not an escape the matcher knows"
                }
                throw RegexSyntaxError(what, at: start, help: "the supported syntax is in docs/strategy-format.md, \"Regular expressions\"; write a class such as `[a-z]` or `\\w`, or `\\\\` for a backslash")
            }
            // `\.`, `\*`, `\^`, `\-`, `\ ` and every other non-alphanumeric scalar stand for themselves.
            return .scalar(c)
        }
    }

    /// `\xhh`, `\x{h…}`, `\uhhhh`, `\Uhhhhhhhh` (`i` is past the letter).
    private mutating func hexScalar(_ letter: Unicode.Scalar, at start: Int) throws(RegexSyntaxError) -> Unicode.Scalar {
        func digits(_ n: Int) -> UInt32? {
            var v: UInt32 = 0
            for _ in 0..<n {
                guard let d = peek(), let h = Self.hexValue(d) else { return nil }
                v = v &* 16 &+ h
                i += 1
            }
            return v
        }
        var value: UInt32?
        if letter == "x" && peek() == "{" {
            i += 1
            var v: UInt32 = 0, n = 0
            while let d = peek(), let h = Self.hexValue(d), n < 8 { v = v &* 16 &+ h; n += 1; i += 1 }
            value = n > 0 && peek() == "}" ? v : nil
            i += 1
        } else {
            value = digits(letter == "x" ? 2 : letter == "u" ? 4 : 8)
        }
        guard let v = value, let s = Unicode.Scalar(v) else {
            throw RegexSyntaxError("`\\\(letter)` is not followed by the hexadecimal value of a Unicode scalar", at: start,
                                   help: "write e.g. `\\x41`, `\\x{1F600}` or `\\u00E9`")
        }
        return s
    }

    private static func hexValue(_ d: Unicode.Scalar) -> UInt32? {
        switch d.value {
        case 0x30...0x39: return d.value - 0x30
        case 0x41...0x46: return d.value - 0x41 + 10
        case 0x61...0x66: return d.value - 0x61 + 10
        default: return nil
        }
    }

    /// A bracket class `[…]`; `i` is past the `[`. A `]` right after `[` or `[^` is literal, a
    /// `-` first or last is literal; nested sets, POSIX classes and set operations are refused.
    private mutating func bracket(at start: Int) throws(RegexSyntaxError) -> RegexScalarSet {
        var set = RegexScalarSet()
        if peek() == "^" { set.negated = true; i += 1 }
        var first = true
        var pendingLow: Unicode.Scalar? = nil
        func flush() { if let l = pendingLow { set.ranges.append(l.value...l.value); pendingLow = nil } }
        while true {
            guard let c = peek() else {
                throw RegexSyntaxError("`[` is not closed", at: start, help: "add `]`, or write `\\[` for a literal bracket")
            }
            let at = i
            if c == "]" && !first { i += 1; break }
            first = false
            if c == "[" {
                throw RegexSyntaxError("a `[` inside brackets (a nested set or a POSIX class like `[:alpha:]`) is not supported", at: at,
                                       help: "write the ranges in one class, e.g. `[a-zA-Z]`, or `\\[` for a literal bracket")
            }
            if c == "&" && peek(1) == "&" || c == "-" && peek(1) == "-" {
                throw RegexSyntaxError("set operations (`&&`, `--`) inside brackets are not supported", at: at,
                                       help: "write the scalars the class should match, e.g. `[b-df-hj-np-tv-z]`")
            }
            var item: EscapedItem
            i += 1
            if c == "\\" { item = try escapedItem(at: at, inBracket: true) } else { item = .scalar(c) }
            // A range `a-z`: a scalar, `-`, a scalar other than `]`.
            if case .scalar(let low) = item, peek() == "-", let high = peek(1), high != "]" {
                let dash = i
                i += 1
                var upper: EscapedItem = .scalar(high)
                if high == "\\" { i += 1; upper = try escapedItem(at: dash + 1, inBracket: true) } else { i += 1 }
                guard case .scalar(let hi) = upper else {
                    throw RegexSyntaxError("a range cannot end in a class like `\\d`", at: dash + 1, help: "write `\\-` for a literal dash")
                }
                guard low.value <= hi.value else {
                    throw RegexSyntaxError("the range `\(low)-\(hi)` runs backwards", at: at, help: "write the lower scalar first: `\(hi)-\(low)`")
                }
                flush()
                set.ranges.append(low.value...hi.value)
                continue
            }
            flush()
            switch item {
            case .scalar(let s): pendingLow = s
            case .named(let n, let negated): set.named.append((n, negated))
            }
        }
        flush()
        return set
    }
}
