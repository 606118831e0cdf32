import Foundation

/// Tells a customer message that only closes a conversation ("thanks, got it!", "takk 👍",
/// "vielen Dank") from one that asks for more (docs/audit.md, "Closed conversations").
///
/// A message *only closes* when, once `@handles`, URLs, emoji and punctuation are set aside,
/// its words are a sequence of closing phrases and nothing else, compared after case and accent
/// folding on whole words; a message of nothing but a closing emoji (👍, 🙏, …) closes too. So
/// "thanks, but it still doesn't work" does not close: "but it still doesn't work" is no phrase.
public struct ClosingPhrases: Sendable, Hashable {
    /// Phrases as folded words, by their first word.
    private var byFirstWord: [String: [[String]]] = [:]

    /// The built-in phrases per language (ISO 639-1 code), as documented in docs/audit.md.
    /// Filler words ("so much", "again", "guys") are phrases of their own, so they may follow
    /// any other phrase.
    public static let defaults: [(language: String, phrases: [String])] = [
        ("en", ["thanks", "thank you", "thank u", "thankyou", "thx", "ty", "tysm", "cheers", "got it", "ok", "okay",
                "great", "perfect", "awesome", "brilliant", "cool", "nice", "lovely", "excellent", "all good", "sorted",
                "solved", "resolved", "fixed", "it works", "works now", "that worked", "that helps", "that helped",
                "appreciate it", "much appreciated", "appreciated", "will do", "no worries", "noted", "understood",
                "so much", "very much", "a lot", "again", "guys", "team", "all", "both", "really", "now",
                "have a nice day", "have a great day", "for the help", "for your help", "for helping"]),
        ("no", ["takk", "tusen takk", "takk skal du ha", "mange takk", "takk for hjelpen", "flott", "supert", "den er grei",
                "skjønner", "forstått", "perfekt", "løst", "det fungerer", "fungerer nå", "ha en fin dag"]),
        ("sv", ["tack", "tack så mycket", "tusen tack", "tackar", "tack för hjälpen", "toppen", "perfekt", "uppfattat",
                "fixat", "löst", "det funkar", "funkar nu", "schysst", "ha en bra dag"]),
        ("da", ["tak", "mange tak", "tusind tak", "tak for hjælpen", "forstået", "super", "perfekt", "fint", "det virker",
                "virker nu", "løst", "hav en god dag"]),
        ("de", ["danke", "danke schön", "dankeschön", "danke sehr", "vielen dank", "besten dank", "alles klar", "verstanden",
                "super", "perfekt", "passt", "gelöst", "erledigt", "funktioniert", "es funktioniert", "funktioniert jetzt",
                "für die hilfe", "schönen tag noch"]),
        ("fr", ["merci", "merci beaucoup", "merci bien", "mille mercis", "parfait", "super", "génial", "d'accord", "ça marche",
                "c'est bon", "compris", "réglé", "résolu", "ça fonctionne", "pour l'aide", "bonne journée"]),
        ("es", ["gracias", "muchas gracias", "mil gracias", "muchísimas gracias", "perfecto", "genial", "vale", "de acuerdo",
                "entendido", "listo", "resuelto", "solucionado", "ya funciona", "funciona", "por la ayuda", "buen día"]),
    ]

    /// Emoji that close a conversation on their own; any other emoji is set aside.
    public static let closingEmoji: Set<Unicode.Scalar> = ["👍", "🙏", "👌", "✅", "❤", "♥", "😊", "🙂", "😀", "💯", "🙌", "👏", "🤝"]

    /// Messages longer than this many bytes are never closing (a courtesy note is short), which
    /// also keeps the check cheap on long texts.
    static let maximumBytes = 280

    /// The built-in phrases of every language plus `extra` (the strategy's `audit: closing:`).
    public init(extra: [String] = []) {
        for phrase in Self.defaults.flatMap(\.phrases) + extra { add(phrase) }
    }

    private mutating func add(_ phrase: String) {
        let words = Self.words(of: phrase)
        guard let first = words.first else { return }
        byFirstWord[first, default: []].append(words)
    }

    /// True when `text` only closes the conversation. Most messages are told apart at their
    /// first word (it starts no phrase), so the check costs little on a long log.
    /// Complexity: O(words × phrases per word).
    public func isClosing(_ text: String) -> Bool {
        guard text.utf8.count <= Self.maximumBytes else { return false }
        var sawEmoji = false
        guard let words = Self.words(of: text, closingEmoji: &sawEmoji, firstWord: { byFirstWord[$0] != nil }) else { return false }
        return closes(words, sawEmoji: sawEmoji)
    }

    /// True when `words` are a sequence of phrases; with no words, when a closing emoji was seen.
    private func closes(_ words: [String], sawEmoji: Bool) -> Bool {
        if words.isEmpty { return sawEmoji }
        // reachable[i]: the first i words are a sequence of phrases.
        var reachable = [Bool](repeating: false, count: words.count + 1)
        reachable[0] = true
        for i in 0..<words.count where reachable[i] {
            for phrase in byFirstWord[words[i]] ?? [] where i + phrase.count <= words.count {
                if words[i..<i + phrase.count].elementsEqual(phrase) { reachable[i + phrase.count] = true }
            }
        }
        return reachable[words.count]
    }

    /// ``isClosing(_:)`` over a text's UTF-8 bytes. Most texts are turned down at their first
    /// word, and texts are decided from their bytes (``byteWords(_:firstWord:)``); the `String`
    /// is made only when a non-ASCII letter or digit comes before the answer. Complexity: as
    /// ``isClosing(_:)``.
    func isClosing(bytes u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count <= Self.maximumBytes else { return false }
        switch Self.byteWords(u, firstWord: { byFirstWord[$0] != nil }) {
        case .rejected: return false
        case .words(let words, let sawEmoji): return closes(words, sawEmoji: sawEmoji)
        case .needsString: return isClosing(String(decoding: u, as: UTF8.self))
        }
    }

    /// What ``byteWords(_:firstWord:)`` could tell from a text's bytes.
    enum ByteWords {
        /// The first word starts no phrase.
        case rejected
        /// The words of the text, and whether a closing emoji was seen.
        case words([String], sawEmoji: Bool)
        /// A non-ASCII letter or digit came before the answer: the text is read as a `String`.
        case needsString
    }

    /// ``words(of:closingEmoji:firstWord:)`` read from bytes: runs of ASCII letters and digits,
    /// lowercased, outside `@handles` and links; a non-ASCII character that is no letter or
    /// digit (an emoji, a dash, a space) is read as that function reads it, so only a word
    /// with a non-ASCII letter needs the `String` (and its folding). `.rejected` as soon as
    /// `firstWord` turns the first word down.
    static func byteWords(_ u: UnsafeBufferPointer<UInt8>, firstWord: (String) -> Bool) -> ByteWords {
        func isWord(_ b: UInt8) -> Bool { b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26 }
        func starts(_ i: Int, _ prefix: StaticString) -> Bool {
            let n = prefix.utf8CodeUnitCount
            guard u.count - i >= n else { return false }
            for k in 0..<n where u[i + k] != prefix.utf8Start[k] { return false }
            return true
        }
        /// What starts at `i`: a space, a letter or digit (nil when it is a non-ASCII one, or
        /// invalid UTF-8: the `String` decides), or anything else, and its length.
        func kind(at i: Int) -> (Kind, Int)? {
            let b = u[i]
            if b < 0x80 { return (b == 0x20 || (b >= 0x09 && b <= 0x0D) ? .space : isWord(b) ? .word : .other, 1) }
            guard let (scalar, length) = scalar(u, at: i) else { return nil }
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil { return nil }
            return (p.isWhitespace ? .space : closingEmoji.contains(scalar) ? .closingEmoji : .other, length)
        }
        var out: [String] = []
        var i = 0
        var atTokenStart = true, sawEmoji = false
        while i < u.count {
            guard let (k, length) = kind(at: i) else { return .needsString }
            if k == .space { atTokenStart = true; i += length; continue }
            if atTokenStart {
                atTokenStart = false
                let b = u[i]
                if b == UInt8(ascii: "@") || starts(i, "http://") || starts(i, "https://") || starts(i, "www.") {
                    // Set aside up to the next space; what is inside does not matter.
                    while i < u.count {
                        let next = kind(at: i)
                        if next?.0 == .space { break }
                        i += next?.1 ?? 1
                    }
                    continue
                }
            }
            guard k == .word else {
                if k == .closingEmoji { sawEmoji = true }
                i += length
                continue
            }
            let start = i
            while i < u.count && isWord(u[i]) { i += 1 }
            // A non-ASCII letter or digit may continue the word.
            if i < u.count && u[i] >= 0x80 && kind(at: i) == nil { return .needsString }
            let word = String(decoding: UnsafeBufferPointer(rebasing: u[start..<i]), as: UTF8.self).lowercased()
            if out.isEmpty && !firstWord(word) { return .rejected }
            out.append(word)
        }
        return .words(out, sawEmoji: sawEmoji)
    }

    private enum Kind { case space, word, closingEmoji, other }

    /// The scalar of valid UTF-8 starting at `i` and its length; nil for invalid UTF-8 (left to
    /// the `String`, which repairs it).
    private static func scalar(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
        var iterator = UnsafeBufferPointer(rebasing: u[i...]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let s) = decoder.decode(&iterator) else { return nil }
        return (s, s.utf8.count)
    }

    /// The folded words of a phrase.
    static func words(of text: String) -> [String] {
        var ignored = false
        return words(of: text, closingEmoji: &ignored, firstWord: { _ in true }) ?? []
    }

    /// The folded words of `text` (runs of letters and digits), without `@handles` and URLs;
    /// sets `closingEmoji` when a closing emoji appears. nil as soon as `firstWord` turns the
    /// first word down. One pass over the scalars, stopping there: most messages cost a few
    /// scalars (splitting the whole text into `Character`s first cost four times the rest of
    /// the audit on a 500 MB log).
    static func words(of text: String, closingEmoji: inout Bool, firstWord: (String) -> Bool) -> [String]? {
        var out: [String] = []
        var word = ""
        func finish() -> Bool {
            defer { word = "" }
            guard !word.isEmpty else { return true }
            let folded = fold(word)
            if out.isEmpty && !firstWord(folded) { return false }
            out.append(folded)
            return true
        }
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        var atTokenStart = true, skipping = false
        while i < scalars.endIndex {
            let scalar = scalars[i]
            let v = scalar.value
            let isSpace = v < 0x80 ? v == 0x20 || (v >= 0x09 && v <= 0x0D) : scalar.properties.isWhitespace
            if isSpace {
                guard finish() else { return nil }
                atTokenStart = true
                skipping = false
                i = scalars.index(after: i)
                continue
            }
            if atTokenStart {
                atTokenStart = false
                let rest = scalars[i...]
                skipping = scalar == "@" || rest.starts(with: "http://".unicodeScalars)
                    || rest.starts(with: "https://".unicodeScalars) || rest.starts(with: "www.".unicodeScalars)
            }
            i = scalars.index(after: i)
            if skipping { continue }
            let isWordScalar = v < 0x80 ? (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar {
                word.unicodeScalars.append(scalar)
                continue
            }
            if Self.closingEmoji.contains(scalar) { closingEmoji = true }
            guard finish() else { return nil }
        }
        guard finish() else { return nil }
        return out
    }

    /// Lowercased without accents; ASCII takes a fast path.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

/// Values of a log's status column that close a conversation (docs/log-formats.md),
/// compared ignoring case and surrounding spaces.
public enum ClosingStatus {
    /// `solved`, `closed`, `resolved`, `done`, `completed`, `complete`.
    public static let values: Set<String> = ["solved", "closed", "resolved", "done", "completed", "complete"]

    /// True when `status` is one of ``values``.
    public static func closes(_ status: String) -> Bool {
        values.contains(status.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
