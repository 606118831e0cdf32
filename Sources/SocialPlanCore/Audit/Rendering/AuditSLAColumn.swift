/// One column of the audit's per-SLA-line table (one line per account, priority and metric),
/// defined once for every format: people read it in the text and Markdown tables, programs in
/// JSON (`slas`) and CSV. A column can be for one audience only: the text table's `sla` label
/// stands for JSON's `priority`, `metric` and `limit_minutes`, its `target` cell (`✓ 95%`) for
/// `target` and `target_met`.
///
/// The table is a list of the shared ``ReportColumn`` (Formatting/). Adding a figure is one
/// entry in ``all`` (plus its computation and the goldens), e.g.
/// `.percentile("p95") { $0.p95Seconds }`.
enum AuditSLAColumn {
    /// Shown where a figure is absent.
    static let dash = "–"

    /// The columns, in order; each audience reads its own in this order.
    static let all: [ReportColumn<AuditGroupStats>] = [
        ReportColumn(shown: .init(text: "sla", markdown: "SLA", alignment: .left) { AuditFormat.label($0) }, keyed: nil),
        .keyed("priority") { .string($0.priority ?? "all") },
        .keyed("metric") { .string($0.metric.rawValue) },
        .keyed("clock") { .text($0.clock?.rawValue) },
        .keyed("limit_minutes") { AuditFigure.minutes($0.limitSeconds) },
        .keyed("target") { AuditFigure.fraction($0.target?.fraction) },
        .count("mentions") { $0.mentions },
        .count("answered") { $0.answered },
        .count("met") { $0.met },
        .count("breached") { $0.breached },
        .count("breached_unanswered", text: "unans.br", markdown: "breached unanswered") { $0.breachedUnanswered },
        .count("pending") { $0.pending },
        ReportColumn(shown: .init(text: "attain", markdown: "attainment", alignment: .right) { $0.attainment.map(ReportNumbers.percent) ?? dash },
                     keyed: .init(key: "attainment") { AuditFigure.fraction($0.attainment) }),
        ReportColumn(shown: .init(text: "target", markdown: "target", alignment: .left) { g in
            g.target.map { AuditFormat.verdict(g.targetMet) + " " + $0.description } ?? ""
        }, keyed: nil),
        .keyed("target_met") { $0.targetMet.map(JSONValue.bool) ?? .null },
        .percentile("p50") { $0.p50Seconds },
        .percentile("p90") { $0.p90Seconds },
        .percentile("p99") { $0.p99Seconds },
    ]

    /// The columns people read, in order.
    static let shown = all.shown()
    /// The columns programs read, in order.
    static let keyed = all.keyed()
}

extension ReportColumn where Row == AuditGroupStats {
    /// A count both read; headed `key` unless told otherwise.
    static func count(_ key: String, text: String? = nil, markdown: String? = nil,
                      _ value: @escaping @Sendable (AuditGroupStats) -> Int) -> ReportColumn {
        ReportColumn(shown: .init(text: text ?? key, markdown: markdown ?? key, alignment: .right) { String(value($0)) },
                     keyed: .init(key: key) { AuditFigure.count(value($0)) })
    }

    /// A reply-time percentile in minutes: `p50` in text, `p50 min` in Markdown, `p50_minutes`
    /// for programs.
    static func percentile(_ name: String, _ seconds: @escaping @Sendable (AuditGroupStats) -> Int?) -> ReportColumn {
        ReportColumn(shown: .init(text: name, markdown: "\(name) min", alignment: .right) {
            seconds($0).map(AuditFormat.minutes) ?? AuditSLAColumn.dash
        }, keyed: .init(key: "\(name)_minutes") { AuditFigure.minutes(seconds($0)) })
    }
}
