/// A `regex:` entry of a triage rule: a ``BoundedRegex`` matched against a mention's text as
/// written, ignoring case.
public struct TriagePattern: Sendable, Hashable {
    /// The pattern as written.
    public var source: String { regex.source }
    let regex: BoundedRegex

    /// Compiles `source`; nil when it is not a pattern the bounded engine runs.
    public init?(_ source: String) {
        guard let r = try? BoundedRegex(source, caseInsensitive: true) else { return nil }
        regex = r
    }

    /// The UTF-8 offsets of every non-empty match in `text`.
    /// Complexity: O(instructions × scalars) per match.
    func matches(in text: String) -> [Range<Int>] {
        var steps = 0
        let scalars = Array(text.unicodeScalars)
        let found = regex.matches(in: scalars, steps: &steps).filter { !$0.range.isEmpty }
        guard !found.isEmpty else { return [] }
        // Scalar offsets to UTF-8 offsets, in one pass.
        var utf8 = [Int](repeating: 0, count: scalars.count + 1)
        for (k, s) in scalars.enumerated() { utf8[k + 1] = utf8[k] + UTF8.width(s) }
        return found.map { utf8[$0.range.lowerBound]..<utf8[$0.range.upperBound] }
    }

    /// True when the first match in `text` is not empty (as before: a pattern whose first match
    /// is empty, such as `x*` on "abc", does not decide). Complexity: O(instructions × scalars).
    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text).map { !$0.range.isEmpty } ?? false
    }
}
