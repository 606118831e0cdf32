import Foundation

/// A `regex:` entry of a triage rule: a regular expression (ICU syntax, through Foundation)
/// matched against a mention's text as written, ignoring case.
public final class TriagePattern: @unchecked Sendable {
    /// The pattern as written.
    public let source: String
    private let regex: NSRegularExpression

    /// Compiles `source`; nil when it is not a valid regular expression.
    public init?(_ source: String) {
        guard let r = try? NSRegularExpression(pattern: source, options: [.caseInsensitive]) else { return nil }
        self.source = source
        self.regex = r
    }

    /// The UTF-8 offsets of every non-empty match in `text`. Complexity: that of the pattern.
    func matches(in text: String) -> [Range<Int>] {
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { m in
            guard m.range.length > 0, let r = Range(m.range, in: text) else { return nil }
            return text.utf8.distance(from: text.startIndex, to: r.lowerBound)..<text.utf8.distance(from: text.startIndex, to: r.upperBound)
        }
    }

    /// True when the pattern matches somewhere in `text`. Complexity: that of the pattern.
    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)).map { $0.range.length > 0 } ?? false
    }
}
