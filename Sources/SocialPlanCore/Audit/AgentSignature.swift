import Foundation

/// How the audit finds the agent who signed a reply: the built-in matcher, or a pattern.
///
/// The built-in matcher drops trailing whitespace and trailing links (`https://…`, `http://…`),
/// then reads the last word: `-Becky` (a `-` at the start of the word), `^JK` or `*AB` (a `^` or
/// `*` anywhere in the word) followed by 1–20 letters and nothing else; a lone `-`, `^` or `*`
/// word followed by a word of letters (`- Becky`) counts too. The agent is the letters, without
/// the mark. A custom pattern is an `NSRegularExpression`; its first match gives the agent:
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

    /// The built-in matcher. Complexity: O(length of text).
    static func builtInAgent(in text: String) -> String? {
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

/// A compiled signature pattern (an immutable `NSRegularExpression`, safe to share).
public final class SignaturePattern: @unchecked Sendable {
    /// The pattern as written.
    public let source: String
    private let regex: NSRegularExpression

    /// Compiles `source`; nil when it is not a valid regular expression.
    public init?(_ source: String) {
        guard let r = try? NSRegularExpression(pattern: source) else { return nil }
        self.source = source
        self.regex = r
    }

    /// The first capture group of the first match (or the whole match), or nil.
    /// Complexity: that of the pattern on `text`.
    public func agent(in text: String) -> String? {
        let ns = text as NSString
        guard let m = regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let r = m.numberOfRanges > 1 && m.range(at: 1).location != NSNotFound ? m.range(at: 1) : m.range
        let s = ns.substring(with: r)
        return s.isEmpty ? nil : s
    }
}
