import Foundation

/// Text as the networks count it: lengths, the URLs that count as 23 on X and Mastodon, and
/// hashtags. Pure functions over strings; `docs/networks.md` has worked examples.
public enum NetworkText {
    /// The length of `text` in the unit `network` counts (`network.rules.counting`).
    /// Complexity: O(n) in the text's Unicode scalars.
    public static func length(of text: String, on network: Network) -> Int {
        switch network.rules.counting {
        case .xWeighted: return XWeightedLength.of(text)
        case .graphemes: return text.count
        case .mastodon: return MastodonLength.of(text)
        case .threads: return text.reduce(0) { $0 + (EmojiCharacter.isEmoji($1) ? $1.utf8.count : 1) }
        case .utf16: return text.utf16.count
        case .utf8Bytes: return text.utf8.count
        }
    }

    /// True when `text` is within the network's text limit (and byte limit, where it has one).
    public static func fits(_ text: String, on network: Network) -> Bool {
        let rules = network.rules
        if let bytes = rules.byteLimit, text.utf8.count > bytes { return false }
        return length(of: text, on: network) <= rules.textLimit
    }

    /// The URLs X weighs as 23 characters, in order.
    ///
    /// The rule (a subset of twitter-text's extractor):
    /// - a URL starts with `http://` or `https://` (any case), or with a bare host whose last
    ///   label is one of `URLScanner.bareTopLevelDomains` (`example.com`), or a two-letter
    ///   country domain followed by `/` (`t.co/abc`); it is not preceded by a letter, digit,
    ///   `@`, `$` or `#` (nor `-`, `_`, `.`, `/` for a bare host);
    /// - the host is two or more dot-separated labels of 1–63 letters, digits or hyphens (any
    ///   script after a protocol, ASCII for a bare host), not starting with a hyphen; the last
    ///   label is letters only, at least two; a label longer than 63 makes it no URL at all;
    /// - then an optional `:port` and a path, query or fragment of ASCII punctuation, digits and
    ///   Latin or Cyrillic letters, up to whitespace or any other character; trailing `.,:;!?'"`
    ///   and an unbalanced `)`/`]` are left out.
    /// Unlike twitter-text, a host is not punycode-encoded before the 63 check and bare hosts
    /// know a short list of top-level domains instead of all of them.
    /// Complexity: O(n).
    public static func urls(in text: String) -> [Range<String.Index>] {
        URLScanner(text).urls(withoutProtocol: true)
    }

    /// The hashtags in `text`, without their `#`, in order ("SocialPlan" for `#SocialPlan`).
    ///
    /// A hashtag is `#` (or the full-width `＃`) not preceded by a letter, digit, `_` or `&`,
    /// followed by letters, marks, digits and underscores of any script, at least one of them
    /// not a digit (`#1` is not a hashtag). Complexity: O(n).
    public static func hashtags(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var tags: [String] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            guard s == "#" || s == "＃" else { i += 1; continue }
            if i > 0, isWordScalar(scalars[i - 1]) || scalars[i - 1] == "&" { i += 1; continue }
            var j = i + 1
            while j < scalars.count, isWordScalar(scalars[j]) { j += 1 }
            let body = scalars[(i + 1)..<j]
            if body.contains(where: { $0.properties.generalCategory != .decimalNumber }) {
                var tag = String.UnicodeScalarView()
                tag.append(contentsOf: body)
                tags.append(String(tag))
            }
            i = max(j, i + 1)
        }
        return tags
    }

    /// A letter, mark, digit or connector (`_`): what `[[:word:]]` matches.
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
            return true
        default:
            return false
        }
    }
}
