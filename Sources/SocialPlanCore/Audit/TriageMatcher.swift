import Foundation

/// Decides a mention's priority from its text with the strategy's keyword rules, matching
/// case- and accent-insensitively (docs/audit.md).
///
/// Text and keywords are folded the same way: ASCII text is lowercased byte by byte (the fast
/// path); other text goes through Foundation's `folding(options: [.caseInsensitive,
/// .diacriticInsensitive], locale: nil)` (`Refúnd` → `refund`). A keyword matches when its
/// folded bytes occur anywhere in the folded text (a substring, not a whole word: `refund`
/// matches `refunds`). Rules are tried in file order; the first with a matching keyword wins.
public struct TriageMatcher: Sendable {
    /// Folded keywords per rule, with the index of the rule's priority in the SLA list.
    let rules: [(priority: Int, keywords: [[UInt8]])]

    /// Prepares `triage` against the priorities `slas` (rules naming no SLA are skipped).
    public init(triage: [TriageRule], slas: [ServiceLevel]) {
        rules = triage.compactMap { rule in
            guard let p = slas.firstIndex(where: { $0.priority == rule.priority }) else { return nil }
            return (p, rule.keywords.map { Self.fold($0) }.filter { !$0.isEmpty })
        }
    }

    /// The index of the matching rule's priority, or nil. Complexity: O(text × keywords).
    public func priorityIndex(for text: String) -> Int? {
        guard !rules.isEmpty else { return nil }
        let folded = Self.fold(text)
        for rule in rules where rule.keywords.contains(where: { Self.contains(folded, $0) }) { return rule.priority }
        return nil
    }

    /// The folded UTF-8 bytes of `text`. Complexity: O(length).
    public static func fold(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        if bytes.allSatisfy({ $0 < 0x80 }) {
            for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] += 0x20 }
            return bytes
        }
        return Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased().utf8)
    }

    /// True when `needle` occurs in `haystack`. Complexity: O(n·m) worst case, fast in practice.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
