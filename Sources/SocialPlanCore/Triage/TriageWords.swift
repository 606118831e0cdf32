import Foundation

/// One word of a text as triage compares it: a hash of its folded form and where it is.
struct TriageWord: Sendable, Hashable {
    /// ``ByteHasher`` hash of the folded UTF-8 bytes (case-folded, accents removed, `’` as `'`).
    var hash: UInt64
    /// UTF-8 offsets of the word in the text.
    var from: Int, to: Int
}

/// Splits a text into the words triage matches (docs/strategy-format.md, "care.triage"):
/// letters, digits and marks make a word, and an apostrophe between two of them belongs to it;
/// any other symbol (an emoji, `€`, `$`, `+`) is a word of its own; spaces and punctuation
/// separate words; emoji modifiers (skin tones, variation selectors, the joiner) and other
/// format characters are left out. Words are compared folded: ASCII is lowercased byte by byte,
/// a word with other letters goes through Foundation's case and diacritic folding (`Refúnd` and
/// `REFUND` are both `refund`), so the text is never folded as a whole.
///
/// A scanner is a cursor (a buffer and an offset): copying it looks ahead without losing the
/// place. Complexity: O(length) per text, plus one Foundation folding per non-ASCII word.
struct TriageWordScanner {
    let text: UnsafeBufferPointer<UInt8>
    var offset = 0

    init(_ text: UnsafeBufferPointer<UInt8>) { self.text = text }

    /// What an ASCII byte is: 0 separator, 1 word byte, 2 apostrophe, 3 symbol. Computed, not
    /// looked up: no array access (and no retain of one) in the per-byte loop.
    @inline(__always)
    static func asciiKind(_ b: UInt8) -> UInt8 {
        if b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26 { return 1 }
        switch b {
        case 0x27: return 2
        case 0x24, 0x2B, 0x3C, 0x3D, 0x3E, 0x5E, 0x60, 0x7C, 0x7E: return 3
        default: return 0
        }
    }

    /// The kind of a scalar: 0 separator, 1 word, 2 apostrophe, 3 symbol, 4 ignored.
    static func kind(of s: Unicode.Scalar) -> UInt8 {
        if s.isASCII { return asciiKind(UInt8(s.value)) }
        if s.value == 0x2019 { return 2 }
        if TriageMatcher.isEmojiModifier(s.value) { return 4 }
        let p = s.properties
        switch p.generalCategory {
        case .format: return 4
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
             .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return 1
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .spaceSeparator, .lineSeparator, .paragraphSeparator, .control:
            return 0
        default:
            return p.isAlphabetic ? 1 : p.isWhitespace ? 0 : 3
        }
    }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The scalar starting at `i` and its length in bytes (the text is valid UTF-8).
    private func scalar(at i: Int) -> (Unicode.Scalar, Int) {
        let b = text[i]
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var v = UInt32(b) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        var k = 1
        while k < length && i + k < text.count { v = v << 6 | UInt32(text[i + k] & 0x3F); k += 1 }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", k)
    }

    /// The kind of whatever starts at `i`, past ignored characters (0 at the end).
    private func kind(at i: Int) -> UInt8 {
        var i = i
        while i < text.count {
            let b = text[i]
            if b < 0x80 { return Self.asciiKind(b) }
            let (s, length) = scalar(at: i)
            let k = Self.kind(of: s)
            if k != 4 { return k }
            i += length
        }
        return 0
    }

    /// The next word, or nil at the end of the text.
    ///
    /// A word of ASCII letters and digits, the common case, is read eight bytes at a time:
    /// ``wordBytes(_:)`` finds how many of them belong to the word and lowercases them, so the
    /// loop branches once per word rather than once per byte. Anything else (an apostrophe, a
    /// symbol, a byte of a non-ASCII character) is read by ``nextByScalar(from:)``, from the
    /// start of the word it is in.
    mutating func next() -> TriageWord? {
        let n = text.count
        var i = offset
        while i < n {
            let b = text[i]
            if b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26 { break }
            if b >= 0x80 || Self.asciiKind(b) == 3 { return nextByScalar(from: i) }
            i += 1
        }
        guard i < n else {
            offset = n
            return nil
        }
        let start = i
        var hasher = ByteHasher()
        while true {
            let (count, lowered) = Self.wordBytes(load(at: i))
            if count == 8 {
                hasher.add(chunk: lowered)
                i += 8
                continue
            }
            if count > 0 { hasher.add(partial: lowered & ((1 << UInt64(count * 8)) - 1), count: count) }
            i += count
            break
        }
        // An apostrophe may continue the word, a non-ASCII byte may be a letter or a mark.
        if i < n, text[i] >= 0x80 || text[i] == 0x27 { return nextByScalar(from: start) }
        offset = i
        return TriageWord(hash: hasher.value, from: start, to: i)
    }

    /// Eight bytes from `i`, little-endian, zeros past the end of the text.
    @inline(__always)
    private func load(at i: Int) -> UInt64 {
        if i + 8 <= text.count { return UInt64(littleEndian: UnsafeRawPointer(text.baseAddress! + i).loadUnaligned(as: UInt64.self)) }
        var w: UInt64 = 0
        for k in 0..<(text.count - i) { w |= UInt64(text[i + k]) << UInt64(k * 8) }
        return w
    }

    /// How many of the eight bytes `w` (little-endian) are, from the first, ASCII letters or
    /// digits, and `w` with its ASCII capitals lowercased. Per byte, in one register: `x` is in
    /// `lo...hi` when `x + (0x80 - lo)` has its top bit set and `x + (0x7F - hi)` has not; a byte
    /// at or above 0x80 stops the count (the sums above it may carry, but none below it do).
    @inline(__always)
    static func wordBytes(_ w: UInt64) -> (count: Int, lowered: UInt64) {
        let ones: UInt64 = 0x0101_0101_0101_0101, high = ones &* 0x80
        let nonASCII = w & high
        let digit = (w &+ ones &* 0x50) & ~(w &+ ones &* 0x46) & high
        let folded = w | ones &* 0x20
        let letter = (folded &+ ones &* 0x1F) & ~(folded &+ ones &* 0x05) & high
        let stop = (~(digit | letter) & high) | nonASCII
        return (stop.trailingZeroBitCount >> 3, w | (letter & ~nonASCII) >> 2)
    }

    /// The next word from `i`, scalar by scalar: any character, apostrophes inside words,
    /// symbols as words of their own, ignored characters, folding.
    mutating func nextByScalar(from i: Int) -> TriageWord? {
        let n = text.count
        var start = -1, needsFolding = false
        var hasher = ByteHasher()
        var i = i
        while i < n {
            let b = text[i]
            let kind: UInt8, length: Int
            if b < 0x80 {
                kind = Self.asciiKind(b)
                if kind == 1 {
                    if start < 0 { start = i }
                    hasher.add(b &- 0x41 < 26 ? b | 0x20 : b)
                    i += 1
                    continue
                }
                length = 1
            } else {
                let (s, l) = scalar(at: i)
                kind = Self.kind(of: s)
                length = l
            }
            switch kind {
            case 1:
                if start < 0 { start = i }
                needsFolding = true
                i += length
            case 2 where start >= 0 && self.kind(at: i + length) == 1:
                hasher.add(0x27)
                i += length
            case 4:
                i += length
            case 3:
                if start >= 0 { return finish(start, i, hasher.value, needsFolding) }
                offset = i + length
                return TriageWord(hash: ByteHasher.hash(text[i..<(i + length)]), from: i, to: i + length)
            default:
                if start >= 0 {
                    offset = i + length
                    return finish(start, i, hasher.value, needsFolding)
                }
                i += length
            }
        }
        offset = n
        return start >= 0 ? finish(start, n, hasher.value, needsFolding) : nil
    }

    /// The word `start..<end`, refolded through Foundation when it has non-ASCII letters.
    private mutating func finish(_ start: Int, _ end: Int, _ hash: UInt64, _ needsFolding: Bool) -> TriageWord {
        if offset < end { offset = end }
        guard needsFolding else { return TriageWord(hash: hash, from: start, to: end) }
        let raw = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
        let h = ByteHasher.hash(TriageWords.foldedBytes(raw))
        return TriageWord(hash: h, from: start, to: end)
    }
}

/// The words of a keyword or phrase, as hashes. Complexity: O(length).
enum TriageWords {
    /// A prefix keyword (`cancel*`: one word, then `*`, nothing else): the folded word's hash
    /// and its length in folded UTF-8 bytes; nil for anything else.
    static func prefix(of text: String) -> (hash: UInt64, length: Int)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix("*"), trimmed.filter({ $0 == "*" }).count == 1 else { return nil }
        let word = String(trimmed.dropLast())
        guard let last = word.last, !last.isWhitespace, words(of: word).count == 1 else { return nil }
        let folded = foldedBytes(word)
        guard !folded.isEmpty else { return nil }
        return (ByteHasher.hash(folded), folded.count)
    }

    /// The folded UTF-8 bytes of one word, as the scanner compares them: ASCII lowercased;
    /// otherwise Foundation's case and diacritic folding, with the marks folding leaves (on no
    /// letter, or in scripts it keeps them) dropped and an apostrophe then left at an end no
    /// longer inside the word. The scanner hashes ASCII words itself and comes here for others.
    static func foldedBytes(_ word: String) -> [UInt8] {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.filter { TriageWordScanner.kind(of: Unicode.Scalar($0)) == 1 || $0 == 0x27 }
                .map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        }
        let folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var out: [UInt8] = []
        for s in folded.unicodeScalars {
            let k = TriageWordScanner.kind(of: s)
            if k == 4 || k == 0 || TriageWordScanner.isMark(s) { continue }
            out.append(contentsOf: String(k == 2 ? "'" : s).utf8)
        }
        while out.first == 0x27 { out.removeFirst() }
        while out.last == 0x27 { out.removeLast() }
        return out
    }

    static func words(of text: String) -> [UInt64] {
        var s = text
        return s.withUTF8 { buffer in
            var scanner = TriageWordScanner(buffer)
            var out: [UInt64] = []
            while let w = scanner.next() { out.append(w.hash) }
            return out
        }
    }
}
