/// What a rule is, why it exists and what it catches: the data behind `socialplan rules`,
/// `docs/rules.md` and the rule tests.
public struct RuleDescription: Sendable {
    /// Stable id, used in diagnostics, `--disable` and `disable:` (`care-hours-uncovered`).
    public let id: String
    /// Short title.
    public let name: String
    /// Severity of its findings (a rule may report a milder note alongside).
    public let severity: Severity
    /// Why the rule exists, in a sentence or two.
    public let rationale: String
    /// Strategy files (or fragments, see ``RuleExample``) the rule must flag.
    public let triggering: [String]
    /// Strategy files (or fragments) the rule must accept.
    public let nonTriggering: [String]

    /// Creates a description.
    public init(id: String, name: String, severity: Severity, rationale: String, triggering: [String], nonTriggering: [String]) {
        self.id = id
        self.name = name
        self.severity = severity
        self.rationale = rationale
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

/// A lint rule over a loaded strategy. One rule, one small type, one file.
public protocol StrategyRule: Sendable {
    /// The rule's id, rationale and examples.
    static var description: RuleDescription { get }
    /// Creates the rule.
    init()
    /// Every finding in `strategy`. Rules must tolerate a partly loaded strategy (values that
    /// failed to load are absent) and report nothing the loader already reported.
    func check(_ strategy: Strategy) -> [Diagnostic]
}

extension StrategyRule {
    /// A finding of this rule with its default severity.
    /// `file` is the post file the position is in, for findings in a post of `posts_from:`.
    func finding(_ message: String, at position: SourcePosition?, severity: Severity? = nil,
                 notes: [Diagnostic.Note] = [], help: String? = nil, file: String? = nil) -> Diagnostic {
        Diagnostic(id: Self.description.id, severity: severity ?? Self.description.severity, message: message,
                   at: position, notes: notes, help: help, file: file)
    }
}

/// Rule examples may omit the header every strategy needs; this completes them.
///
/// A triggering example marks where each finding must point with ``marker`` placed right before
/// that character (as SwiftLint's examples do): `hashtags: ["#a", ↓"#a"]`. The markers are
/// removed before an example is loaded or shown; the catalogue test checks that the findings
/// point exactly at them.
public enum RuleExample {
    /// The header added to examples that have no top-level `timezone:` line.
    public static let header = "version: 1\nname: Example\ntimezone: Europe/Oslo\n"

    /// Placed right before the character a finding must point at.
    public static let marker: Unicode.Scalar = "↓"

    /// The full strategy text of an example, without markers. Only a `timezone:` at the start
    /// of a line counts as the example's own header: a member's `timezone:` inside `team:` does not.
    public static func strategyText(_ example: String) -> String {
        let text = unmarked(example)
        return hasHeader(text) ? text : header + text
    }

    /// The example as written in a document: without its markers.
    public static func unmarked(_ example: String) -> String {
        String(String.UnicodeScalarView(example.unicodeScalars.filter { $0 != marker }))
    }

    /// Where the markers point in ``strategyText(_:)``: the 1-based line and column (in Unicode
    /// scalars, as ``SourcePosition`` counts) of the character after each marker, in order.
    public static func markedPositions(_ example: String) -> [SourcePosition] {
        let offset = hasHeader(unmarked(example)) ? 0 : header.split(separator: "\n").count
        var positions: [SourcePosition] = []
        for (index, line) in example.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var column = 1
            for scalar in line.unicodeScalars {
                if scalar == marker {
                    positions.append(SourcePosition(line: offset + index + 1, column: column))
                } else {
                    column += 1
                }
            }
        }
        return positions
    }

    private static func hasHeader(_ text: String) -> Bool {
        text.split(separator: "\n").contains { $0.hasPrefix("timezone:") }
    }
}
