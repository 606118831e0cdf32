/// One kind of diagnostic a run can report — a loading check (`unknown-key`) or a lint rule
/// (`dst-boundary`) — described for tools that list what they check (SARIF's `rules`).
public struct DiagnosticKind: Sendable, Hashable {
    /// The id diagnostics of this kind carry.
    public var id: String
    /// Short title, one line.
    public var name: String
    /// The severity its diagnostics usually have (a rule may report a milder note alongside).
    public var severity: Severity
    /// What it catches and why, a sentence or two.
    public var explanation: String
    /// Where it is documented, relative to the package root, with the anchor:
    /// `docs/rules.md#dst-boundary`, `docs/diagnostics.md#the-format`.
    public var documentation: String

    /// Creates a kind.
    public init(id: String, name: String, severity: Severity, explanation: String, documentation: String) {
        self.id = id
        self.name = name
        self.severity = severity
        self.explanation = explanation
        self.documentation = documentation
    }
}
