/// `triage --format …`: counts per priority and the sampled mentions with what decided them.
public enum TriageRendering: ReportRendering {
    public static let formats: [OutputFormat] = [.text, .json]

    public static func render(_ report: TriageReport, as format: OutputFormat) -> String {
        format == .json ? json(report).rendered() + "\n" : TriageTextRenderer.render(report)
    }

    /// Keys in the order docs/audit.md ("socialplan triage") lists them.
    static func json(_ r: TriageReport) -> JSONValue {
        var object: [(String, JSONValue)] = []
        if let s = r.source {
            object.append(("source", .object([("log", .string(s.name)), ("rows_read", .integer(s.summary.rowsRead)),
                                              ("rows_used", .integer(s.summary.rowsUsed)), ("rows_skipped", .integer(s.summary.rowsSkipped))])))
        }
        object += [
            ("accounts", .array(r.accounts.map { .string($0) })),
            ("default_priority", .text(r.defaultPriority)),
            ("mentions", .integer(r.mentions)),
            ("priorities", .array(r.priorities.map { p in
                .object([("priority", .string(p.priority)), ("mentions", .integer(p.mentions)),
                         ("by_rule", .integer(p.mentions - p.byDefault)), ("by_default", .integer(p.byDefault))])
            })),
            ("sample", .array(r.sample.map { line in
                .object([("id", .string(line.id)), ("account", .string(line.account)), ("priority", .string(line.priority)),
                         ("decided_by", .string(line.decidedBy)), ("entry", .text(line.entry)), ("text", .string(line.text)),
                         ("matched", .array(line.spans.map { .string(TriageTextRenderer.slice(line.text, $0)) }))])
            })),
        ]
        return .object(object)
    }
}
