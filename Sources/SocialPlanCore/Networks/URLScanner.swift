/// Finds URLs by the rule `NetworkText.urls(in:)` documents, over Unicode scalars.
struct URLScanner {
    let text: String
    let scalars: [Unicode.Scalar]
    /// `indices[k]` is the string index of scalar `k`; the last entry is `endIndex`.
    let indices: [String.Index]

    init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        indices = Array(text.unicodeScalars.indices) + [text.endIndex]
    }

    /// Top-level domains a bare host (no `http://`) may end in. twitter-text knows every
    /// IANA domain; this list keeps the common generic ones; a two-letter
    /// country domain counts only with a path (`t.co/abc`, not `t.co`).
    static let bareTopLevelDomains: Set<String> = [
        "com", "org", "net", "edu", "gov", "info", "biz", "app", "dev", "blog", "news", "shop",
        "social", "online", "site", "xyz", "tech", "store", "media", "network",
    ]

    /// The URLs, as string ranges; `withoutProtocol` also finds bare hosts (X does, Mastodon
    /// does not).
    func urls(withoutProtocol: Bool) -> [Range<String.Index>] {
        scalarRanges(withoutProtocol: withoutProtocol).map { indices[$0.lowerBound]..<indices[$0.upperBound] }
    }

    /// The URLs as ranges of scalar offsets. Complexity: O(n).
    func scalarRanges(withoutProtocol: Bool) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 0
        while i < scalars.count {
            let before: Unicode.Scalar? = i > 0 ? scalars[i - 1] : nil
            if let proto = protocolLength(at: i) {
                if precededWell(before, bare: false), let host = host(from: i + proto, asciiOnly: false) {
                    let end = tail(from: host.end)
                    found.append(i..<end)
                    i = end
                } else {
                    i += proto
                }
                continue
            }
            if withoutProtocol, isASCIIAlnum(scalars[i]) {
                if precededWell(before, bare: true), let host = host(from: i, asciiOnly: true) {
                    let tld = host.lastLabel.lowercased()
                    let slash = host.end < scalars.count && scalars[host.end] == "/"
                    if Self.bareTopLevelDomains.contains(tld) || (tld.count == 2 && slash) {
                        let end = tail(from: host.end)
                        found.append(i..<end)
                        i = end
                        continue
                    }
                }
                // Skip the rest of this word: a host cannot start inside it.
                while i < scalars.count, isASCIIAlnum(scalars[i]) || scalars[i] == "." || scalars[i] == "-" { i += 1 }
                continue
            }
            i += 1
        }
        return found
    }

    /// The length of `http://` or `https://` at `i`, any case.
    func protocolLength(at i: Int) -> Int? {
        for word in ["https://", "http://"] {
            let w = Array(word.unicodeScalars)
            guard i + w.count <= scalars.count else { continue }
            if zip(scalars[i..<(i + w.count)], w).allSatisfy({ lowerASCII($0) == $1 }) { return w.count }
        }
        return nil
    }

    func precededWell(_ s: Unicode.Scalar?, bare: Bool) -> Bool {
        guard let s else { return true }
        if isASCIIAlnum(s) || "@＠$#＃".unicodeScalars.contains(s) { return false }
        if bare { return !("-_./".unicodeScalars.contains(s) || s.properties.isAlphabetic) }
        return true
    }

    /// A host of two or more labels starting at `start`, or `nil`.
    func host(from start: Int, asciiOnly: Bool) -> (end: Int, lastLabel: String)? {
        var i = start
        var labels: [String] = []
        while true {
            let labelStart = i
            while i < scalars.count, isHostScalar(scalars[i], asciiOnly: asciiOnly) { i += 1 }
            let length = i - labelStart
            guard length >= 1, length <= 63, scalars[labelStart] != "-" else { return nil }
            var label = String.UnicodeScalarView()
            label.append(contentsOf: scalars[labelStart..<i])
            labels.append(String(label))
            if i + 1 < scalars.count, scalars[i] == ".", isHostScalar(scalars[i + 1], asciiOnly: asciiOnly) {
                i += 1
            } else {
                break
            }
        }
        guard labels.count >= 2, let last = labels.last, last.unicodeScalars.count >= 2,
              last.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
        return (i, last)
    }

    /// Where a URL ends after its host: past a port and a path, query or fragment, without
    /// trailing punctuation.
    func tail(from hostEnd: Int) -> Int {
        var i = hostEnd
        if i + 1 < scalars.count, scalars[i] == ":", isASCIIDigit(scalars[i + 1]) {
            i += 1
            while i < scalars.count, isASCIIDigit(scalars[i]) { i += 1 }
        }
        guard i < scalars.count, "/?#".unicodeScalars.contains(scalars[i]) else { return i }
        var end = i
        while end < scalars.count, isPathScalar(scalars[end]) { end += 1 }
        while end > i {
            let last = scalars[end - 1]
            if ".,:;!?'\"*".unicodeScalars.contains(last) { end -= 1; continue }
            if last == ")" || last == "]" {
                let open: Unicode.Scalar = last == ")" ? "(" : "["
                let opens = scalars[hostEnd..<end].filter { $0 == open }.count
                let closes = scalars[hostEnd..<end].filter { $0 == last }.count
                if closes > opens { end -= 1; continue }
            }
            break
        }
        return end
    }

    func isHostScalar(_ s: Unicode.Scalar, asciiOnly: Bool) -> Bool {
        if isASCIIAlnum(s) || s == "-" { return true }
        if asciiOnly || s.isASCII { return false }
        return NetworkText.isWordScalar(s) && s != "_"
    }

    func isPathScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value > 0x20 && s.value < 0x7F && !"\"<>{}\\^`".unicodeScalars.contains(s) }
        // Latin-1 letters through Latin Extended-B, and Cyrillic, as twitter-text allows.
        return (0xC0...0x24F).contains(s.value) || (0x400...0x4FF).contains(s.value)
    }

    func isASCIIAlnum(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value) || (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
    }

    func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) }

    func lowerASCII(_ s: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(s.value) ? Unicode.Scalar(s.value + 32) ?? s : s
    }
}
