/// A regular expression for patterns a user writes in a strategy (`audit.signature`, triage
/// `regex:`), run by a linear-time engine: a Thompson automaton simulated as a Pike VM, so a
/// search costs at most O(instructions × (scalars + 1)) — `(a+)+$` cannot backtrack.
///
/// The syntax is the part of ICU's (what `NSRegularExpression` accepted before) that people
/// write in these fields: literals, `.`, bracket classes with ranges and negation, `\d \w \s`
/// and their negations, `^ $ \A \z \Z \b \B`, groups `( )`, `(?: )`, `(?<name> )`, alternation,
/// `* + ? {m} {m,} {m,n}` and their lazy forms, `(?i)` and case-insensitive matching, escapes
/// `\t \n \r \f \a \e \xhh \x{h…} \uhhhh`. Matches are ICU's: the leftmost, and within it the
/// one a backtracking engine finds first. Back-references, look-around, atomic groups and
/// possessive quantifiers are refused with the construct's offset (docs/strategy-format.md,
/// "Regular expressions").
public struct BoundedRegex: Sendable, Hashable {
    /// The most a counted repetition `{m,n}` may count.
    public static let maxCount = 1000
    /// The most instructions a compiled pattern may have: the factor on the text's length that
    /// bounds a search (counted repetitions multiply their body).
    public static let maxInstructions = 10_000
    /// The deepest groups may nest.
    public static let maxNesting = 100

    /// The pattern as written.
    public let source: String
    /// True when the whole pattern ignores case.
    public let caseInsensitive: Bool
    let program: RegexProgram
    /// True when a repeated part can match empty (`(a*)*`, `(a|)+`): there the first group may
    /// differ from ICU's, which runs one more empty iteration (docs/strategy-format.md).
    let repeatsEmptyMatch: Bool

    /// Compiles `pattern`. Complexity: O(pattern + instructions).
    /// - Throws: ``RegexSyntaxError`` for a malformed or unsupported construct.
    public init(_ pattern: String, caseInsensitive: Bool = false) throws(RegexSyntaxError) {
        if pattern.isEmpty {
            throw RegexSyntaxError("the pattern is empty, so it matches nothing", at: 0, help: "write the text to look for, or remove the key")
        }
        var parser = RegexParser(pattern, caseInsensitive: caseInsensitive)
        let node = try parser.parse()
        program = try RegexProgram(node, limit: Self.maxInstructions)
        repeatsEmptyMatch = node.repeatsNullable
        source = pattern
        self.caseInsensitive = caseInsensitive
    }

    /// The first match in `text`: the scalar offsets of the match and of the first group
    /// (nil when the group took no part). Complexity: O(instructions × (scalars + 1)).
    public func firstMatch(in text: String) -> RegexMatch? {
        var steps = 0
        return firstMatch(in: Array(text.unicodeScalars), from: 0, steps: &steps)
    }

    /// The first match in `text`, adding the instructions the search visited to `steps`: at
    /// most ``instructionCount`` × (scalars + 1).
    public func firstMatch(in text: String, countingSteps steps: inout Int) -> RegexMatch? {
        firstMatch(in: Array(text.unicodeScalars), from: 0, steps: &steps)
    }

    /// Every match in `text`, left to right (see ``matches(in:steps:)``).
    public func allMatches(in text: String) -> [RegexMatch] {
        var steps = 0
        return matches(in: Array(text.unicodeScalars), steps: &steps)
    }

    /// The compiled pattern's instructions: the factor on a text's length that bounds a search.
    public var instructionCount: Int { program.instructions.count }

    /// The first match at or after scalar `start` of `scalars`, counting the instructions
    /// visited into `steps`.
    func firstMatch(in scalars: [Unicode.Scalar], from start: Int, steps: inout Int) -> RegexMatch? {
        var machine = RegexMachine(program, text: scalars)
        defer { steps += machine.steps }
        guard let s = machine.firstMatch(from: start) else { return nil }
        return RegexMatch(range: s[0]..<s[1], group: s[2] >= 0 && s[3] >= s[2] ? s[2]..<s[3] : nil)
    }

    /// Every match in `scalars`, left to right, as `NSRegularExpression.matches` finds them:
    /// after a match the next search starts at its end, one scalar further when it was empty.
    /// Complexity: O(instructions × (scalars + 1)) per match.
    func matches(in scalars: [Unicode.Scalar], steps: inout Int) -> [RegexMatch] {
        var found: [RegexMatch] = []
        var machine = RegexMachine(program, text: scalars)
        defer { steps += machine.steps }
        var start = 0
        while start <= scalars.count, let s = machine.firstMatch(from: start) {
            found.append(RegexMatch(range: s[0]..<s[1], group: s[2] >= 0 && s[3] >= s[2] ? s[2]..<s[3] : nil))
            start = s[1] > s[0] ? s[1] : s[1] + 1
        }
        return found
    }
}

/// Where a ``BoundedRegex`` matched, in Unicode scalar offsets of the text.
public struct RegexMatch: Sendable, Hashable {
    /// The whole match.
    public var range: Range<Int>
    /// The first capture group, when it took part in the match.
    public var group: Range<Int>?
}
