import SocialPlanCore

/// The bounded regular-expression engine: the input up to the first NUL is a pattern (the
/// first byte's low bit: ignore case), the rest a text. No crash; a refusal points inside the
/// pattern; every match lies inside the text, its group inside it, and the matches go left to
/// right without overlapping; a search visits at most instructions × (scalars + 1) steps.
enum RegexFuzz {
    static func run(_ bytes: [UInt8]) {
        guard let first = bytes.first else { return }
        let rest = bytes.dropFirst()
        let cut = rest.firstIndex(of: 0) ?? rest.endIndex
        let pattern = String(decoding: rest[..<cut], as: UTF8.self)
        let text = String(decoding: rest[cut...].dropFirst(), as: UTF8.self)
        let regex: BoundedRegex
        do {
            regex = try BoundedRegex(pattern, caseInsensitive: first & 1 == 1)
        } catch {
            FuzzCheck.require(error.offset >= 0 && error.offset <= pattern.unicodeScalars.count,
                              "refusal at \(error.offset) outside a pattern of \(pattern.unicodeScalars.count) scalars")
            FuzzCheck.require(!error.message.isEmpty, "a refusal without a message")
            return
        }
        let n = text.unicodeScalars.count
        var end = 0
        for m in regex.allMatches(in: text) {
            FuzzCheck.require(m.range.lowerBound >= end && m.range.upperBound <= n, "match \(m.range) after \(end) in \(n) scalars")
            if let g = m.group { FuzzCheck.require(g.lowerBound >= m.range.lowerBound && g.upperBound <= m.range.upperBound, "group \(g) outside match \(m.range)") }
            end = m.range.upperBound
        }
        var steps = 0
        let firstMatch = regex.firstMatch(in: text, countingSteps: &steps)
        FuzzCheck.require(steps <= regex.instructionCount * (n + 1), "\(steps) steps for \(regex.instructionCount) instructions × \(n + 1)")
        FuzzCheck.require(firstMatch == regex.allMatches(in: text).first, "the first match is not the first of all matches")
    }
}
