/// Decides a mention's priority from its text with the strategy's triage rules
/// (docs/audit.md, "Priority (triage)"): keywords and phrases match whole words after case and
/// accent folding (``TriageWordScanner``), a `not:` phrase keeps the keywords inside it from
/// counting, and `regex:` entries match the text as written. Rules are tried in file order;
/// the first that matches wins; a text nothing matches gets the default priority.
///
/// Words are compared by a 64-bit hash of their folded bytes. One pass over the text's words
/// looks up each word in a 4096-bit filter of the entries' first words, and only on a hit in
/// the table of entries starting with it; a phrase then reads ahead with a copy of the scanner.
///
/// A class (immutable, so shared safely): the audit asks it once per mention, and a struct of
/// this many arrays was copied, and each array retained, on every call.
public final class TriageMatcher: Sendable {
    /// A rule naming an SLA, in file order.
    struct Rule: Sendable {
        /// Its position among the strategy's triage rules.
        let index: Int
        /// The index of its priority among the SLAs.
        let priority: Int
        /// Keywords and `not:` phrases as written, by entry number.
        let entries: [String]
        let patterns: [TriagePattern]
        let excluding: Bool
    }

    /// One keyword, phrase or `not:` phrase as the hashes of its words.
    private struct Phrase: Sendable {
        let rule: Int32, entry: Int32, words: [UInt64], negative: Bool
        /// A prefix keyword (`cancel*`): `words` holds the prefix's hash.
        var isPrefix = false
    }

    /// An entry found in a text: which, at which words and bytes.
    private struct Hit {
        let phrase: Int32, fromWord: Int32, toWord: Int32, from: Int, to: Int
    }

    let rules: [Rule]
    /// The SLA index of a text no rule matches (nil: undecided).
    let defaultIndex: Int?
    private let phrases: [Phrase]
    private let byFirstWord: FirstWords
    private let filter: [UInt64]
    private let hasPatterns: Bool
    /// Prefix keywords by the hash of their prefix, and the prefixes' lengths in folded bytes.
    private let byPrefix: [UInt64: [Int32]]
    private let prefixLengths: [Int]

    /// Prepares `triage` against the priorities `slas` (rules naming no SLA are skipped);
    /// `defaultPriority` names the SLA of a text nothing matches.
    /// Complexity: O(total length of the entries).
    public init(triage: [TriageRule], slas: [ServiceLevel], defaultPriority: String? = nil) {
        var rules: [Rule] = [], phrases: [Phrase] = [], prefixLengthOf: [Int: Int] = [:]
        for (index, rule) in triage.enumerated() {
            guard let p = slas.firstIndex(where: { $0.priority == rule.priority }) else { continue }
            let r = Int32(rules.count)
            var entries: [String] = []
            for (texts, negative) in [(rule.keywords, false), (rule.exclusions, true)] {
                for text in texts {
                    if !negative, let prefix = TriageWords.prefix(of: text) {
                        phrases.append(Phrase(rule: r, entry: Int32(entries.count), words: [prefix.hash], negative: false, isPrefix: true))
                        prefixLengthOf[phrases.count - 1] = prefix.length
                        entries.append(text)
                        continue
                    }
                    let words = TriageWords.words(of: text)
                    guard !words.isEmpty else { continue }
                    phrases.append(Phrase(rule: r, entry: Int32(entries.count), words: words, negative: negative))
                    entries.append(text)
                }
            }
            rules.append(Rule(index: index, priority: p, entries: entries, patterns: rule.patterns.compactMap(TriagePattern.init),
                              excluding: !rule.exclusions.isEmpty))
        }
        var byFirstWord: [UInt64: [Int32]] = [:], filter = [UInt64](repeating: 0, count: 64)
        var byPrefix: [UInt64: [Int32]] = [:]
        for (i, phrase) in phrases.enumerated() {
            if phrase.isPrefix {
                byPrefix[phrase.words[0], default: []].append(Int32(i))
                continue
            }
            byFirstWord[phrase.words[0], default: []].append(Int32(i))
            let bit = Int(phrase.words[0] >> 52)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.rules = rules
        self.phrases = phrases
        self.byFirstWord = FirstWords(byFirstWord)
        self.filter = filter
        self.hasPatterns = rules.contains { !$0.patterns.isEmpty }
        self.byPrefix = byPrefix
        self.prefixLengths = Set(prefixLengthOf.values).sorted()
        self.defaultIndex = slas.isEmpty ? nil : defaultPriority.flatMap { name in slas.firstIndex { $0.priority == name } }
    }

    /// The SLA index of `text`: the first matching rule's priority, else the default.
    /// Complexity: O(length) plus the entries sharing a first word with the text's words, plus
    /// the regular expressions of rules before the first keyword match.
    public func priorityIndex(for text: String) -> Int? {
        withBytes(text) { priorityIndex(bytes: $0, text: text) }
    }

    /// ``priorityIndex(for:)`` over a text's UTF-8 bytes; the `String` is made only when a
    /// `regex:` entry has to be tried. Complexity: as ``priorityIndex(for:)``.
    func priorityIndex(bytes: UnsafeBufferPointer<UInt8>, text: @autoclosure () -> String) -> Int? {
        guard !rules.isEmpty else { return defaultIndex }
        let (fixed, hits) = scan(bytes, explain: false)
        let best = Int(winner(fixed, hits))
        if hasPatterns, best > 0, let r = firstPatternRule(before: best, in: text()) { return rules[r].priority }
        return best < rules.count ? rules[best].priority : defaultIndex
    }

    /// What decides `text` and where in it: the rule and entry, and the UTF-8 spans of the
    /// winning rule's matches (for highlighting). Complexity: as ``priorityIndex(for:)``.
    public func decision(for text: String) -> TriageDecision {
        let (best, hits) = rules.isEmpty ? (Int.max, []) : withBytes(text) { bytes -> (Int, [Hit]) in
            let (fixed, hits) = scan(bytes, explain: true)
            return (Int(winner(fixed, hits)), hits)
        }
        if let r = firstPatternRule(before: best, in: text), let pattern = rules[r].patterns.first(where: { $0.matches(text) }) {
            return TriageDecision(priorityIndex: rules[r].priority, rule: rules[r].index, kind: .regex, entry: pattern.source,
                                  spans: pattern.matches(in: text))
        }
        guard best < rules.count else { return TriageDecision(priorityIndex: defaultIndex, rule: nil, kind: .default, entry: nil, spans: []) }
        let won = hits.filter { phrases[Int($0.phrase)].rule == best && counts($0, among: hits) }.sorted { $0.from < $1.from }
        let first = phrases[Int(won[0].phrase)]
        return TriageDecision(priorityIndex: rules[best].priority, rule: rules[best].index, kind: first.words.count > 1 ? .phrase : .keyword,
                              entry: rules[best].entries[Int(first.entry)], spans: won.map { $0.from..<$0.to })
    }

    private func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The entries found in `text`. Without `explain`, a keyword of a rule with no `not:` fixes
    /// the answer (returned first) and later rules' entries are no longer looked at.
    private func scan(_ text: UnsafeBufferPointer<UInt8>, explain: Bool) -> (Int32, [Hit]) {
        var best = Int32.max
        var hits: [Hit] = []
        var scanner = TriageWordScanner(text)
        var k: Int32 = -1
        // Looks at phrase `p` starting at word `w`; true when the answer can no longer change.
        func consider(_ p: Int32, _ w: TriageWord) -> Bool {
            let phrase = phrases[Int(p)]
            if !explain && phrase.rule >= best { return false }
            var end = w.to
            if phrase.words.count > 1 {
                var ahead = scanner
                for t in 1..<phrase.words.count {
                    guard let next = ahead.next(), next.hash == phrase.words[t] else { return false }
                    end = next.to
                }
            }
            if !explain && !phrase.negative && !rules[Int(phrase.rule)].excluding {
                best = phrase.rule
                return best == 0
            }
            hits.append(Hit(phrase: p, fromWord: k, toWord: k + Int32(phrase.words.count), from: w.from, to: end))
            return false
        }
        words: while let w = scanner.next() {
            k += 1
            if !prefixLengths.isEmpty {
                for p in prefixMatches(text, w) where consider(p, w) { break words }
            }
            let bit = Int(w.hash >> 52)
            if filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let found = byFirstWord.phrases(startingWith: w.hash) {
                for i in found where consider(byFirstWord.phrases[i], w) { break words }
            }
        }
        return (best, hits)
    }

    /// The prefix keywords (`cancel*`) word `w` starts with. ASCII words are hashed from the
    /// text's bytes, lowercased; others folded as the scanner folds them.
    /// Complexity: O(longest prefix) per word, one Foundation folding for a non-ASCII word.
    private func prefixMatches(_ text: UnsafeBufferPointer<UInt8>, _ w: TriageWord) -> [Int32] {
        var found: [Int32] = []
        let raw = UnsafeBufferPointer(rebasing: text[w.from..<w.to])
        func look(_ bytes: some Collection<UInt8>) {
            var hasher = ByteHasher(), next = 0
            for b in bytes {
                hasher.add(b)
                while next < prefixLengths.count && prefixLengths[next] < hasher.count { next += 1 }
                guard next < prefixLengths.count else { return }
                if prefixLengths[next] == hasher.count, let list = byPrefix[hasher.value] { found += list }
            }
        }
        if raw.allSatisfy({ $0 < 0x80 }) {
            look(raw.lazy.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 })
        } else {
            look(TriageWords.foldedBytes(String(decoding: raw, as: UTF8.self)))
        }
        return found
    }

    /// True when keyword hit `h` counts: no `not:` phrase of its rule covers its words.
    private func counts(_ h: Hit, among hits: [Hit]) -> Bool {
        let phrase = phrases[Int(h.phrase)]
        guard !phrase.negative else { return false }
        return !hits.contains { n in
            let other = phrases[Int(n.phrase)]
            return other.negative && other.rule == phrase.rule && n.fromWord <= h.fromWord && h.toWord <= n.toWord
        }
    }

    /// The first rule (position in `rules`) with a counting keyword, or `fixed` if earlier.
    private func winner(_ fixed: Int32, _ hits: [Hit]) -> Int32 {
        var best = fixed
        for h in hits where phrases[Int(h.phrase)].rule < best && counts(h, among: hits) { best = phrases[Int(h.phrase)].rule }
        return best
    }

    /// The first rule before `limit` whose regular expression matches `text`.
    private func firstPatternRule(before limit: Int, in text: String) -> Int? {
        guard hasPatterns else { return nil }
        return rules.indices.prefix(min(limit, rules.count)).first { r in rules[r].patterns.contains { $0.matches(text) } }
    }

    /// Variation selectors, skin tones, the zero-width joiner, tag characters.
    static func isEmojiModifier(_ s: UInt32) -> Bool {
        s == 0xFE0E || s == 0xFE0F || s == 0x200D || (0x1F3FB...0x1F3FF).contains(s) || (0xE0020...0xE007F).contains(s)
    }
}

/// The phrases by the hash of their first word, for the scan's one lookup per word: open
/// addressing on the hash itself (already evenly spread), each slot naming a run of
/// ``phrases`` (in file order). No hashing, no allocation per lookup.
private struct FirstWords: Sendable {
    /// Phrase numbers, grouped by first word.
    let phrases: [Int32]
    private let keys: [UInt64]
    /// The run of `phrases` of each slot; empty for a free slot.
    private let lower: [Int32], upper: [Int32]

    init(_ lists: [UInt64: [Int32]]) {
        var size = 8
        while size < lists.count * 2 { size *= 2 }
        var keys = [UInt64](repeating: 0, count: size), lower = [Int32](repeating: 0, count: size), upper = lower
        var phrases: [Int32] = []
        for (hash, list) in lists.sorted(by: { $0.key < $1.key }) {
            var s = Int(truncatingIfNeeded: hash) & (size - 1)
            while upper[s] > lower[s] { s = (s + 1) & (size - 1) }
            keys[s] = hash
            lower[s] = Int32(phrases.count)
            phrases += list
            upper[s] = Int32(phrases.count)
        }
        self.phrases = phrases
        self.keys = keys
        self.lower = lower
        self.upper = upper
    }

    /// The positions in ``phrases`` of the phrases whose first word hashes to `hash`.
    func phrases(startingWith hash: UInt64) -> Range<Int>? {
        let mask = keys.count - 1
        var s = Int(truncatingIfNeeded: hash) & mask
        while upper[s] > lower[s] {
            if keys[s] == hash { return Int(lower[s])..<Int(upper[s]) }
            s = (s + 1) & mask
        }
        return nil
    }
}

/// How a mention's priority was decided (`socialplan triage`).
public enum TriageEntryKind: String, Sendable, Hashable, CaseIterable {
    /// One word of a rule's keywords.
    case keyword
    /// Several consecutive words of a rule's keywords.
    case phrase
    /// A rule's `regex:` entry.
    case regex
    /// No rule matched: the default priority.
    case `default`
}

/// What decided one mention's priority, and where in its text.
public struct TriageDecision: Sendable, Hashable {
    /// The SLA index decided (nil without SLAs, or without a default).
    public var priorityIndex: Int?
    /// The position of the deciding rule among the strategy's triage rules; nil for the default.
    public var rule: Int?
    /// What kind of entry decided.
    public var kind: TriageEntryKind
    /// The entry as written (keyword, phrase or pattern); nil for the default.
    public var entry: String?
    /// UTF-8 offsets of the deciding rule's matches in the text, in text order.
    public var spans: [Range<Int>]
}
