import Foundation

/// X's weighted length, twitter-text v3 (`config/v3.json`): after NFC normalisation, every
/// URL counts `transformedURLLength` (23), every emoji `defaultWeight` (2), and every other
/// code point 1 inside the ranges below and 2 outside (CJK, Hangul, most symbols).
enum XWeightedLength {
    static let scale = 100
    static let defaultWeight = 200
    static let transformedURLLength = 23
    /// Code point ranges that weigh 100 (one character).
    static let lightRanges: [ClosedRange<UInt32>] = [0...4351, 8192...8205, 8208...8223, 8242...8247]

    /// The weight of one code point outside an emoji or URL.
    static func weight(_ scalar: Unicode.Scalar) -> Int {
        lightRanges.contains { $0.contains(scalar.value) } ? 100 : defaultWeight
    }

    /// The weighted length of `text`. Complexity: O(n).
    static func of(_ text: String) -> Int {
        let normalized = text.precomposedStringWithCanonicalMapping
        let urls = NetworkText.urls(in: normalized)
        var total = urls.count * transformedURLLength * scale
        var u = 0
        var i = normalized.startIndex
        while i < normalized.endIndex {
            let next = normalized.index(after: i)
            while u < urls.count, urls[u].upperBound <= i { u += 1 }
            let touchesURL = u < urls.count && urls[u].lowerBound < next
            if !touchesURL, EmojiCharacter.isEmoji(normalized[i]) {
                total += defaultWeight
            } else {
                // Scalar by scalar: a URL may begin or end inside this cluster.
                var s = i
                while s < next {
                    if !touchesURL || !urls[u...].contains(where: { $0.contains(s) }) { total += weight(normalized.unicodeScalars[s]) }
                    s = normalized.unicodeScalars.index(after: s)
                }
            }
            i = next
        }
        return total / scale
    }
}
