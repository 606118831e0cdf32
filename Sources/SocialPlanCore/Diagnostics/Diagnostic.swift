import YAMLTree

/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case note, warning, error

    public static func < (a: Severity, b: Severity) -> Bool {
        let order: [Severity] = [.note, .warning, .error]
        return (order.firstIndex(of: a) ?? 0) < (order.firstIndex(of: b) ?? 0)
    }
}

/// A problem found in a strategy file: a value, rendered later as text, JSON or annotations.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// Another place that explains the diagnostic ("first defined here").
    public struct Note: Sendable, Hashable, Codable {
        /// One lowercase line.
        public var message: String
        /// Where, when the note points into the file.
        public var position: SourcePosition?

        /// Creates a note.
        public init(_ message: String, at position: SourcePosition? = nil) {
            self.message = message
            self.position = position
        }
    }

    /// Stable identifier: a rule id (`care-hours-uncovered`) or a loading check (`unknown-key`).
    public var id: String
    /// How serious it is.
    public var severity: Severity
    /// One lowercase line, understandable without the source excerpt.
    public var message: String
    /// Where the problem is; `nil` for the whole file.
    public var position: SourcePosition?
    /// Related places.
    public var notes: [Note]
    /// What valid input looks like.
    public var help: String?
    /// The file the position is in, when it is not the strategy itself (a post file of
    /// `posts_from:`, relative to the strategy's folder). Validation groups by it.
    public var file: String?

    /// Creates a diagnostic.
    public init(id: String, severity: Severity, message: String, at position: SourcePosition?,
                notes: [Note] = [], help: String? = nil, file: String? = nil) {
        self.id = id
        self.severity = severity
        self.message = message
        self.position = position
        self.notes = notes
        self.help = help
        self.file = file
    }

    /// Diagnostics sorted by position (file-level first), then severity, then id: the order
    /// every renderer uses, so output is deterministic.
    public static func sorted(_ list: [Diagnostic]) -> [Diagnostic] {
        list.enumerated().sorted { l, r in
            let a = l.element, b = r.element
            let pa = a.position ?? SourcePosition(line: 0, column: 0)
            let pb = b.position ?? SourcePosition(line: 0, column: 0)
            if pa != pb { return pa < pb }
            if a.severity != b.severity { return a.severity > b.severity }
            if a.id != b.id { return a.id < b.id }
            return l.offset < r.offset
        }.map(\.element)
    }
}

extension Diagnostic {
    /// A diagnostic made from a YAML reading problem.
    init(_ problem: YAMLProblem) {
        self.init(id: problem.id, severity: .error, message: problem.message, at: problem.position,
                  notes: problem.related.map { Note($0.message, at: $0.position) }, help: problem.help)
    }
}
