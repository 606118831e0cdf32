import Foundation
@testable import SocialPlanCore

/// `NSRegularExpression` (ICU), the engine the bounded one replaced, as the reference its
/// matches are compared with: matches in Unicode scalar offsets, like ``RegexMatch``.
enum RegexReference {
    /// The ICU regex, or nil when ICU refuses the pattern.
    static func compile(_ pattern: String, caseInsensitive: Bool) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    /// Every match ICU finds in `text`, in scalar offsets.
    static func matches(_ regex: NSRegularExpression, in text: String) -> [RegexMatch] {
        let utf16 = Array(text.utf16)
        // UTF-16 offset → scalar offset.
        var scalarAt = [Int](repeating: 0, count: utf16.count + 1)
        var k = 0, s = 0
        for scalar in text.unicodeScalars {
            scalarAt[k] = s
            k += scalar.utf16.count
            s += 1
        }
        scalarAt[k] = s
        func range(_ r: NSRange) -> Range<Int>? {
            r.location == NSNotFound ? nil : scalarAt[r.location]..<scalarAt[r.location + r.length]
        }
        return regex.matches(in: text, range: NSRange(location: 0, length: utf16.count)).compactMap { m in
            guard let whole = range(m.range) else { return nil }
            return RegexMatch(range: whole, group: m.numberOfRanges > 1 ? range(m.range(at: 1)) : nil)
        }
    }
}
