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
    /// Every keyword's folded bytes, grouped by first byte: those starting with byte b are
    /// `entries[starts[b]..<starts[b + 1]]`, each the rule's position in `rules` and a range of
    /// `bytes`. One pass over a text tries at each position only the keywords starting there.
    private let starts: [Int32], entries: [(rule: Int32, from: Int32, to: Int32)], bytes: [UInt8]
    /// A bit per 16-bit hash of the first `prefix` bytes (the shortest keyword's length, at
    /// most 4) of each keyword.
    private let starters: [UInt64], prefix: Int

    /// Prepares `triage` against the priorities `slas` (rules naming no SLA are skipped).
    public init(triage: [TriageRule], slas: [ServiceLevel]) {
        rules = triage.compactMap { rule in
            guard let p = slas.firstIndex(where: { $0.priority == rule.priority }) else { return nil }
            return (p, rule.keywords.map { Self.fold($0) }.filter { !$0.isEmpty })
        }
        var all: [(first: UInt8, rule: Int32, keyword: [UInt8])] = []
        for (r, rule) in rules.enumerated() { for k in rule.keywords { all.append((k[0], Int32(r), k)) } }
        all.sort { ($0.first, $0.rule) < ($1.first, $1.rule) }
        var starts = [Int32](repeating: 0, count: 257), entries: [(rule: Int32, from: Int32, to: Int32)] = [], bytes: [UInt8] = []
        for k in all {
            starts[Int(k.first) + 1] += 1
            entries.append((k.rule, Int32(bytes.count), Int32(bytes.count + k.keyword.count)))
            bytes += k.keyword
        }
        for b in 0..<256 { starts[b + 1] += starts[b] }
        let prefix = min(4, all.map(\.keyword.count).min() ?? 1)
        var starters = [UInt64](repeating: 0, count: 1024)
        for k in all {
            let h = Int(Self.hash(k.keyword.prefix(prefix).reduce(0) { $0 << 8 | UInt32($1) }))
            starters[h >> 6] |= 1 << UInt64(h & 63)
        }
        self.starters = starters
        self.prefix = prefix
        self.starts = starts
        self.entries = entries
        self.bytes = bytes
    }

    /// The index of the matching rule's priority, or nil. Complexity: O(text × keywords).
    public func priorityIndex(for text: String) -> Int? {
        guard !rules.isEmpty else { return nil }
        if let fast = text.utf8.withContiguousStorageIfAvailable({ Self.foldsBytewise($0) ? firstRule(inLowercased: $0) : -2 }),
           fast != -2 {
            return fast < 0 ? nil : rules[fast].priority
        }
        let folded = Self.fold(text)
        for rule in rules where rule.keywords.contains(where: { Self.contains(folded, $0) }) { return rule.priority }
        return nil
    }

    /// The first rule (position in `rules`, −1 none) with a keyword in `text` lowercased byte by
    /// byte, in one pass over the text: a position is looked at only when the hash of its next
    /// `prefix` bytes is that of some keyword's start (`starters`, a bit per 16-bit hash).
    /// Complexity: O(text × keywords sharing a start).
    private func firstRule(inLowercased text: UnsafeBufferPointer<UInt8>) -> Int {
        var best = Int32.max
        let n = text.count, prefix = self.prefix
        guard n >= prefix else { return -1 }
        starts.withUnsafeBufferPointer { starts in
            entries.withUnsafeBufferPointer { entries in
                bytes.withUnsafeBufferPointer { bytes in
                    starters.withUnsafeBufferPointer { starters in
                        let mask: UInt32 = prefix == 4 ? .max : (1 << (8 * UInt32(prefix))) - 1
                        var window: UInt32 = 0
                        for k in 0..<(prefix - 1) { window = window << 8 | UInt32(Self.lower(text[k])) }
                        for i in 0...(n - prefix) {
                            window = (window << 8 | UInt32(Self.lower(text[i + prefix - 1]))) & mask
                            let h = Int(Self.hash(window))
                            if starters[h >> 6] & (1 << UInt64(h & 63)) == 0 { continue }
                            let b = Int(window >> (8 * UInt32(prefix - 1)))
                            var e = Int(starts[b])
                            let stop = Int(starts[b + 1])
                            while e < stop {
                                let k = entries[e]
                                e += 1
                                guard k.rule < best, Int(k.to - k.from) <= n - i else { continue }
                                var j = 1, from = Int(k.from)
                                let count = Int(k.to) - from
                                while j < count && Self.lower(text[i + j]) == bytes[from + j] { j += 1 }
                                if j == count { best = k.rule }
                            }
                            if best == 0 { return }
                        }
                    }
                }
            }
        }
        return best == .max ? -1 : Int(best)
    }

    /// 16 bits of a multiplicative hash of up to four bytes.
    private static func hash(_ w: UInt32) -> UInt32 { (w &* 0x9E37_79B1) >> 16 }

    private static func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    /// True when folding `text` only lowercases its ASCII letters: it is ASCII, or its other
    /// characters are emoji, symbols and punctuation that folding leaves alone (checked against
    /// Foundation in TriageMatcherTests). Variation selectors, skin tones and joiners count
    /// only after such a character: after a letter, folding drops them as marks.
    /// Complexity: O(length).
    static func foldsBytewise(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0, afterSymbol = false
        let n = text.count
        while i < n {
            // Eight ASCII bytes at a time.
            if i + 8 <= n, UnsafeRawPointer(text.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8; afterSymbol = false; continue
            }
            let b = text[i]
            if b < 0x80 { i += 1; afterSymbol = false; continue }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            guard i + length <= n else { return false }
            var scalar = UInt32(b) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
            for k in 1..<length { scalar = scalar << 6 | UInt32(text[i + k] & 0x3F) }
            if isInertSymbol(scalar) {
                afterSymbol = true
            } else if !(afterSymbol && isEmojiModifier(scalar)) {
                return false
            }
            i += length
        }
        return true
    }

    /// Emoji, dingbats, arrows, general punctuation: no case, no decomposition.
    static func isInertSymbol(_ s: UInt32) -> Bool {
        (0x2010...0x2027).contains(s) || (0x2030...0x205E).contains(s) || (0x2190...0x21FF).contains(s)
            || (0x2600...0x27BF).contains(s) || (0x2B00...0x2BFF).contains(s) || (0x1F000...0x1F0FF).contains(s)
            || (0x1F1E6...0x1F1FF).contains(s) || (0x1F300...0x1F3FA).contains(s) || (0x1F400...0x1F64F).contains(s)
            || (0x1F680...0x1F6FF).contains(s) || (0x1F900...0x1F9FF).contains(s) || (0x1FA70...0x1FAFF).contains(s)
    }

    /// Variation selectors, skin tones, the zero-width joiner, tag characters.
    static func isEmojiModifier(_ s: UInt32) -> Bool {
        s == 0xFE0E || s == 0xFE0F || s == 0x200D || (0x1F3FB...0x1F3FF).contains(s) || (0xE0020...0xE007F).contains(s)
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
