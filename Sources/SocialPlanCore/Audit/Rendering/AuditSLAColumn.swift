/// One column of the audit's per-SLA-line table (one line per account, priority and metric),
/// defined once for every format: people read it in the text and Markdown tables, programs in
/// JSON (`slas`) and CSV. A column can be for one audience only: the text table's `sla` label
/// stands for JSON's `priority`, `metric` and `limit_minutes`, its `target` cell (`✓ 95%`) for
/// `target` and `target_met`.
///
/// Adding a figure is one entry in ``all`` (plus its computation and the goldens), e.g.
/// `.percentile("p95") { $0.p95Seconds }`.
struct AuditSLAColumn: Sendable {
    /// How a column lines up in Markdown.
    enum Alignment: Sendable { case left, right }

    /// The column as people read it.
    struct Shown: Sendable {
        /// The text table's header (cells are 9 characters wide, so at most 8).
        let text: String
        /// The Markdown table's header.
        let markdown: String
        /// Markdown alignment. (The text table names the line in its first column and lines every
        /// other cell up on the right, under its header.)
        let alignment: Alignment
        /// The cell.
        let cell: @Sendable (AuditGroupStats) -> String
    }

    /// The column as programs read it.
    struct Keyed: Sendable {
        /// The JSON key and CSV column name.
        let key: String
        /// The figure.
        let value: @Sendable (AuditGroupStats) -> AuditFigure
    }

    /// nil for a column only programs read.
    let shown: Shown?
    /// nil for a column only people read.
    let keyed: Keyed?

    /// Shown where a figure is absent.
    static let dash = "–"

    /// The columns, in order; each audience reads its own in this order.
    static let all: [AuditSLAColumn] = [
        AuditSLAColumn(shown: Shown(text: "sla", markdown: "SLA", alignment: .left) { AuditFormat.label($0) }, keyed: nil),
        .keyed("priority") { .string($0.priority ?? "all") },
        .keyed("metric") { .string($0.metric.rawValue) },
        .keyed("clock") { .text($0.clock?.rawValue) },
        .keyed("limit_minutes") { .minutes($0.limitSeconds) },
        .keyed("target") { .fraction($0.target?.fraction) },
        .count("mentions") { $0.mentions },
        .count("answered") { $0.answered },
        .count("met") { $0.met },
        .count("breached") { $0.breached },
        .count("breached_unanswered", text: "unans.br", markdown: "breached unanswered") { $0.breachedUnanswered },
        .count("pending") { $0.pending },
        AuditSLAColumn(shown: Shown(text: "attain", markdown: "attainment", alignment: .right) { $0.attainment.map(ReportNumbers.percent) ?? dash },
                       keyed: Keyed(key: "attainment") { .fraction($0.attainment) }),
        AuditSLAColumn(shown: Shown(text: "target", markdown: "target", alignment: .left) { g in
            g.target.map { AuditFormat.verdict(g.targetMet) + " " + $0.description } ?? ""
        }, keyed: nil),
        .keyed("target_met") { $0.targetMet.map(AuditFigure.flag) ?? .absent },
        .percentile("p50") { $0.p50Seconds },
        .percentile("p90") { $0.p90Seconds },
        .percentile("p99") { $0.p99Seconds },
    ]

    /// The columns people read, in order.
    static let shown: [Shown] = all.compactMap(\.shown)
    /// The columns programs read, in order.
    static let keyed: [Keyed] = all.compactMap(\.keyed)

    /// A column only programs read.
    static func keyed(_ key: String, _ value: @escaping @Sendable (AuditGroupStats) -> AuditFigure) -> AuditSLAColumn {
        AuditSLAColumn(shown: nil, keyed: Keyed(key: key, value: value))
    }

    /// A count both read; headed `key` unless told otherwise.
    static func count(_ key: String, text: String? = nil, markdown: String? = nil,
                      _ value: @escaping @Sendable (AuditGroupStats) -> Int) -> AuditSLAColumn {
        AuditSLAColumn(shown: Shown(text: text ?? key, markdown: markdown ?? key, alignment: .right) { String(value($0)) },
                       keyed: Keyed(key: key) { .count(value($0)) })
    }

    /// A reply-time percentile in minutes: `p50` in text, `p50 min` in Markdown, `p50_minutes`
    /// for programs.
    static func percentile(_ name: String, _ seconds: @escaping @Sendable (AuditGroupStats) -> Int?) -> AuditSLAColumn {
        AuditSLAColumn(shown: Shown(text: name, markdown: "\(name) min", alignment: .right) { seconds($0).map(AuditFormat.minutes) ?? dash },
                       keyed: Keyed(key: "\(name)_minutes") { .minutes(seconds($0)) })
    }
}
