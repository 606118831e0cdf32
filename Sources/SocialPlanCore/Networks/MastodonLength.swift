/// Mastodon's count (`StatusLengthValidator#countable_text`): every `http(s)://` URL becomes
/// 23 characters, a mention `@user@server` becomes `@user`, and the result is counted in
/// grapheme clusters. The default server limit is 500; servers may set another.
enum MastodonLength {
    static let urlPlaceholder = String(repeating: "x", count: 23)

    /// The countable length of a post's text. Complexity: O(n).
    static func of(_ text: String) -> Int {
        let scanner = URLScanner(text)
        var entities: [(range: Range<Int>, replacement: String)] =
            scanner.scalarRanges(withoutProtocol: false).map { ($0, urlPlaceholder) }
        entities += mentions(in: scanner.scalars)
        entities.sort { $0.range.lowerBound < $1.range.lowerBound }
        var out = String.UnicodeScalarView()
        var at = 0
        for entity in entities where entity.range.lowerBound >= at {
            out.append(contentsOf: scanner.scalars[at..<entity.range.lowerBound])
            out.append(contentsOf: entity.replacement.unicodeScalars)
            at = entity.range.upperBound
        }
        out.append(contentsOf: scanner.scalars[at...])
        return String(out).count
    }

    /// Remote mentions and what they count as, by Mastodon's `Account::MENTION_RE`:
    /// `@` not after a word character, `=` or `/`; a username `[a-z0-9_]+([.-]+[a-z0-9_]+)*`;
    /// `@` and a domain `\w+([.-]+\w+)*`. Mentions without a domain count as written.
    static func mentions(in scalars: [Unicode.Scalar]) -> [(range: Range<Int>, replacement: String)] {
        var found: [(Range<Int>, String)] = []
        var i = 0
        while i < scalars.count {
            defer { i += 1 }
            guard scalars[i] == "@" else { continue }
            if i > 0, NetworkText.isWordScalar(scalars[i - 1]) || scalars[i - 1] == "=" || scalars[i - 1] == "/" { continue }
            let userEnd = dottedRun(scalars, from: i + 1) { isUsernameScalar($0) }
            guard userEnd > i + 1, userEnd < scalars.count, scalars[userEnd] == "@" else { continue }
            let domainEnd = dottedRun(scalars, from: userEnd + 1) { NetworkText.isWordScalar($0) }
            guard domainEnd > userEnd + 1 else { continue }
            var user = String.UnicodeScalarView()
            user.append(contentsOf: scalars[i..<userEnd])
            found.append((i..<domainEnd, String(user)))
            i = domainEnd - 1
        }
        return found
    }

    /// The end of `x+([.-]+x+)*` starting at `start` (equal to `start` when nothing matches).
    static func dottedRun(_ scalars: [Unicode.Scalar], from start: Int, _ isPart: (Unicode.Scalar) -> Bool) -> Int {
        var i = start
        var end = start
        while i < scalars.count, isPart(scalars[i]) {
            while i < scalars.count, isPart(scalars[i]) { i += 1 }
            end = i
            while i < scalars.count, scalars[i] == "." || scalars[i] == "-" { i += 1 }
        }
        return end
    }

    static func isUsernameScalar(_ s: Unicode.Scalar) -> Bool {
        s == "_" || (0x30...0x39).contains(s.value) || (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
    }
}
