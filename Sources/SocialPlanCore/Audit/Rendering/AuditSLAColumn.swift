/// One column of the audit's per-SLA-line table (one line per account, priority and metric),
/// defined once for every format: people read it in the text and Markdown tables, programs in
/// JSON (`slas`) and CSV. A column can be for one audience only: the text table's `sla` label
/// stands for JSON's `priority`, `metric` and `limit_minutes`, its `target` cell (`✓ 95%`) for
/// `target` and `target_met`.
///
/// The table is a list of the shared ``ReportColumn`` (Formatting/), in three parts the text
/// report prints as two tables of at most 100 columns (``outcome``; the reply times on both
/// clocks). Adding a figure is one entry in a part (plus its computation and the goldens), e.g.
/// `.percentile("p95", clock: .calendar) { $0.p95Seconds }`.
enum AuditSLAColumn {
    /// Shown where a figure is absent.
    static let dash = "–"

    /// The line's name: people read one label (`urgent first_reply 15m`).
    static let name = ReportColumn<AuditGroupStats>(shown: .init(text: "sla", markdown: "SLA", alignment: .left) { AuditFormat.label($0) },
                                                    keyed: nil)

    /// What the line promises and how its mentions went.
    static let outcome: [ReportColumn<AuditGroupStats>] = [
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
        .count("closed") { $0.closed },
        ReportColumn(shown: .init(text: "attain", markdown: "attainment", alignment: .right) { $0.attainment.map(ReportNumbers.percent) ?? dash },
                     keyed: .init(key: "attainment") { AuditFigure.fraction($0.attainment) }),
        ReportColumn(shown: .init(text: "target", markdown: "target", alignment: .left) { g in
            g.target.map { AuditFormat.verdict(g.targetMet) + " " + $0.description } ?? ""
        }, keyed: nil),
        .keyed("target_met") { $0.targetMet.map(JSONValue.bool) ?? .null },
    ]

    /// Reply-time percentiles on the SLA's clock (the plan's clock, as `simulate` reports them).
    static let slaClockTimes: [ReportColumn<AuditGroupStats>] = [
        .percentile("p50", clock: .sla) { $0.p50SLASeconds },
        .percentile("p90", clock: .sla) { $0.p90SLASeconds },
        .percentile("p99", clock: .sla) { $0.p99SLASeconds },
    ]

    /// The same percentiles in calendar (real) minutes.
    static let calendarTimes: [ReportColumn<AuditGroupStats>] = [
        .percentile("p50", clock: .calendar) { $0.p50Seconds },
        .percentile("p90", clock: .calendar) { $0.p90Seconds },
        .percentile("p99", clock: .calendar) { $0.p99Seconds },
    ]

    /// The columns, in order; each audience reads its own in this order.
    static let all: [ReportColumn<AuditGroupStats>] = [name] + outcome + slaClockTimes + calendarTimes

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

    /// Which clock a reply-time percentile is read on.
    enum PercentileClock: String { case sla, calendar }

    /// A reply-time percentile in minutes on `clock`: `p50` in text (under a caption naming the
    /// clock), `p50 SLA-clock min` / `p50 calendar min` in Markdown, `p50_sla_minutes` /
    /// `p50_calendar_minutes` for programs.
    static func percentile(_ name: String, clock: PercentileClock, _ seconds: @escaping @Sendable (AuditGroupStats) -> Int?) -> ReportColumn {
        let words = clock == .sla ? "SLA-clock" : "calendar"
        return ReportColumn(shown: .init(text: name, markdown: "\(name) \(words) min", alignment: .right) {
            seconds($0).map(AuditFormat.minutes) ?? AuditSLAColumn.dash
        }, keyed: .init(key: "\(name)_\(clock.rawValue)_minutes") { AuditFigure.minutes(seconds($0)) })
    }
}
