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
    func finding(_ message: String, at position: SourcePosition?, severity: Severity? = nil,
                 notes: [Diagnostic.Note] = [], help: String? = nil) -> Diagnostic {
        Diagnostic(id: Self.description.id, severity: severity ?? Self.description.severity, message: message,
                   at: position, notes: notes, help: help)
    }
}

/// Rule examples may omit the header every strategy needs; this completes them.
public enum RuleExample {
    /// The header added to examples that have no top-level `timezone:` line.
    public static let header = "version: 1\nname: Example\ntimezone: Europe/Oslo\n"

    /// The full strategy text of an example. Only a `timezone:` at the start of a line counts
    /// as the example's own header: a member's `timezone:` inside `team:` does not.
    public static func strategyText(_ example: String) -> String {
        let hasHeader = example.split(separator: "\n").contains { $0.hasPrefix("timezone:") }
        return hasHeader ? example : header + example
    }
}
