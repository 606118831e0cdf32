/// The strategy's `audit:` block: how to read the reply logs `socialplan audit` measures, and
/// how agents sign their replies.
public struct AuditSettings: Sendable, Hashable {
    /// The log layout named by `format:`.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The public "Customer Support on Twitter" CSV.
        case twcs
        /// A CSV read through `columns:`.
        case csv
        /// JSON Lines read through `columns:`.
        case jsonl
    }

    /// `format:`.
    public var kind: Kind
    /// The columns, accounts, time format and zone (`columns:`, `accounts:`, `time_format:`,
    /// `timezone:`); the TWCS names where nothing is written.
    public var mapping: LogColumnMapping
    /// `signature:`: a regular expression (validated) that finds the agent's signature in a
    /// reply's text, e.g. `\^([A-Z]{2})$`; its first capture group, if any, is the agent.
    public var signature: String?
    /// `closing:`: phrases that only close a conversation, added to ``ClosingPhrases/defaults``.
    public var closing: [String] = []
    /// Where the keys are.
    public var positions: KeyPositions

    /// Creates settings; `mapping` defaults to the TWCS columns.
    public init(kind: Kind = .twcs, mapping: LogColumnMapping = .twcs, signature: String? = nil,
                positions: KeyPositions = KeyPositions(own: SourcePosition(line: 1, column: 1))) {
        self.kind = kind
        self.mapping = mapping
        self.signature = signature
        self.positions = positions
    }

    /// The format a ``LogReader`` reads with.
    public var logFormat: LogFormat {
        switch kind {
        case .twcs: return .twcs
        case .csv: return .csv(mapping)
        case .jsonl: return .jsonl(mapping)
        }
    }
}
