import Foundation

/// How the audit finds the agent who signed a reply: the built-in matcher, or a pattern.
///
/// The built-in matcher drops trailing whitespace and trailing links (`https://…`, `http://…`),
/// then reads the last word: `-Becky` (a `-` at the start of the word), `^JK` or `*AB` (a `^` or
/// `*` anywhere in the word) followed by 1–20 letters and nothing else; a lone `-`, `^` or `*`
/// word followed by a word of letters (`- Becky`) counts too. The agent is the letters, without
/// the mark. A custom pattern is a ``BoundedRegex``; its first match gives the agent:
/// the first capture group when the pattern has one, else the whole match.
public enum AgentSignature: Sendable {
    /// The built-in matcher for `-Becky`, `^JK`, `*AB` endings.
    case builtIn
    /// A regular expression.
    case pattern(SignaturePattern)

    /// The agent signing `text`, or nil. Complexity: O(length of text).
    public func agent(in text: String) -> String? {
        switch self {
        case .builtIn: return Self.builtInAgent(in: text)
        case .pattern(let p): return p.agent(in: text)
        }
    }

    /// ``agent(in:)`` over a text's UTF-8 bytes: the built-in matcher makes a `String` only
    /// when the last words are not ASCII. Complexity: as ``agent(in:)``.
    func agent(bytes text: UnsafeBufferPointer<UInt8>) -> String? {
        if case .builtIn = self, let decided = Self.asciiAgent(text) { return decided }
        return agent(in: String(decoding: text, as: UTF8.self))
    }

    /// The built-in matcher. Complexity: O(length of text); O(length of the last words) when
    /// they are ASCII (``asciiAgent(_:)``).
    static func builtInAgent(in text: String) -> String? {
        if let fast = text.utf8.withContiguousStorageIfAvailable(asciiAgent), let decided = fast { return decided }
        return characterAgent(in: text)
    }

    /// The built-in matcher read backwards over bytes, only as far as the words it needs: the
    /// answer (`.some(agent or nil)`) when those words and their separators are ASCII, so that
    /// bytes are Characters; nil when a non-ASCII byte could change the words
    /// (``characterAgent(in:)`` decides then). Complexity: O(length of the last words).
    static func asciiAgent(_ p: UnsafeBufferPointer<UInt8>) -> String?? {
        asciiAgentRange(p).map { r in r.map { String(decoding: UnsafeBufferPointer(rebasing: p[$0]), as: UTF8.self) } }
    }

    /// ``asciiAgent(_:)`` as the bytes of the agent's name in `p`, so that a caller can look the
    /// name up without making a `String`. Complexity: O(length of the last words).
    static func asciiAgentRange(_ p: UnsafeBufferPointer<UInt8>) -> Range<Int>?? {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        var unsure = false
        /// The word ending before `end` (after skipping whitespace), or nil at the start.
        func word(before end: Int) -> Range<Int>? {
            var e = end
            while e > 0 && isSpace(p[e - 1]) { e -= 1 }
            guard e > 0 else { return nil }
            var s = e
            while s > 0 && !isSpace(p[s - 1]) {
                if p[s - 1] >= 0x80 { unsure = true; return nil }
                s -= 1
            }
            // A single space after a non-ASCII scalar may join it in one Character when that
            // scalar is a grapheme "prepend" (Arabic number signs, some Brahmic scripts).
            if s >= 2, p[s - 2] >= 0x80 {
                var k = s - 2
                while k > 0 && p[k] & 0xC0 == 0x80 { k -= 1 }
                var scalar = UInt32(p[k]) & (p[k] >= 0xF0 ? 0x07 : p[k] >= 0xE0 ? 0x0F : 0x1F)
                for i in (k + 1)..<(s - 1) { scalar = scalar << 6 | UInt32(p[i] & 0x3F) }
                if (0x0600...0x0DFF).contains(scalar) || (0x11000...0x11FFF).contains(scalar) { unsure = true; return nil }
            }
            return s..<e
        }
        func starts(_ w: Range<Int>, _ prefix: StaticString) -> Bool {
            let n = prefix.utf8CodeUnitCount
            guard w.count >= n else { return false }
            for i in 0..<n where p[w.lowerBound + i] != prefix.utf8Start[i] { return false }
            return true
        }
        func name(_ r: Range<Int>) -> Range<Int>? {
            (1...20).contains(r.count) && r.allSatisfy({ isLetter(p[$0]) }) ? r : nil
        }
        var end = p.count
        var found = word(before: end)
        while let w = found, starts(w, "https://") || starts(w, "http://") {
            end = w.lowerBound
            found = word(before: end)
        }
        guard let last = found else { return unsure ? nil : .some(nil) }
        if last.count >= 2, p[last.lowerBound] == UInt8(ascii: "-") { return .some(name(last.lowerBound + 1..<last.upperBound)) }
        if let mark = last.last(where: { p[$0] == UInt8(ascii: "^") || p[$0] == UInt8(ascii: "*") }), mark != last.upperBound - 1 {
            return .some(name(mark + 1..<last.upperBound))
        }
        guard let before = word(before: last.lowerBound) else { return unsure ? nil : .some(nil) }
        let lone = before.count == 1 && [UInt8(ascii: "-"), UInt8(ascii: "^"), UInt8(ascii: "*")].contains(p[before.lowerBound])
        return .some(lone ? name(last) : nil)
    }

    /// The built-in matcher over Characters (any text). Complexity: O(length of text).
    static func characterAgent(in text: String) -> String? {
        var words = text.split(whereSeparator: { $0.isWhitespace })
        while let last = words.last, last.hasPrefix("https://") || last.hasPrefix("http://") { words.removeLast() }
        guard let last = words.last else { return nil }
        func name(_ s: Substring) -> String? {
            (1...20).contains(s.count) && s.allSatisfy(\.isLetter) ? String(s) : nil
        }
        if last.count >= 2, last.first == "-" { return name(last.dropFirst()) }
        if let mark = last.lastIndex(where: { $0 == "^" || $0 == "*" }), mark != last.index(before: last.endIndex) {
            return name(last[last.index(after: mark)...])
        }
        if words.count >= 2, ["-", "^", "*"].contains(words[words.count - 2]) { return name(last) }
        return nil
    }
}

/// A compiled signature pattern: a ``BoundedRegex``, so a pattern such as `(a+)+$` costs time
/// proportional to the reply, not exponential in it.
public struct SignaturePattern: Sendable, Hashable {
    /// The pattern as written.
    public var source: String { regex.source }
    let regex: BoundedRegex

    /// Compiles `source`; nil when it is not a pattern the bounded engine runs
    /// (``BoundedRegex/init(_:caseInsensitive:)`` says why).
    public init?(_ source: String) {
        guard let r = try? BoundedRegex(source) else { return nil }
        regex = r
    }

    /// The first capture group of the first match (or the whole match), or nil when there is no
    /// match or it is empty. Complexity: O(instructions × scalars of `text`).
    public func agent(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var steps = 0
        guard let m = regex.firstMatch(in: scalars, from: 0, steps: &steps) else { return nil }
        let r = m.group ?? m.range
        return r.isEmpty ? nil : String(String.UnicodeScalarView(scalars[r]))
    }
}
