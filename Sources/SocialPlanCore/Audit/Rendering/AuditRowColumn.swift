/// One column of the audit's per-mention rows, defined once for the rows CSV (`--rows`) and the
/// JSON `rows`.
enum AuditRowColumn {
    /// The columns, in order (every one read by programs only).
    static let all: [ReportColumn<AuditRow>.Keyed] = [
        ReportColumn<AuditRow>.Keyed(key: "id") { .string($0.id) },
        ReportColumn<AuditRow>.Keyed(key: "account") { .string($0.account) },
        ReportColumn<AuditRow>.Keyed(key: "priority") { .string($0.priority) },
        ReportColumn<AuditRow>.Keyed(key: "metric") { .string($0.metric.rawValue) },
        ReportColumn<AuditRow>.Keyed(key: "target_minutes") { AuditFigure.minutes($0.targetSeconds) },
        ReportColumn<AuditRow>.Keyed(key: "created_at") { .string(InstantFormat.utc($0.createdAt)) },
        ReportColumn<AuditRow>.Keyed(key: "due_at") { .text($0.dueAt.map(InstantFormat.utc)) },
        ReportColumn<AuditRow>.Keyed(key: "replied_at") { .text($0.repliedAt.map(InstantFormat.utc)) },
        ReportColumn<AuditRow>.Keyed(key: "elapsed_calendar_minutes") { AuditFigure.count($0.elapsedCalendarMinutes) },
        ReportColumn<AuditRow>.Keyed(key: "elapsed_business_minutes") { AuditFigure.count($0.elapsedBusinessMinutes) },
        ReportColumn<AuditRow>.Keyed(key: "status") { .string($0.statusText) },
        ReportColumn<AuditRow>.Keyed(key: "agent") { .text($0.agent) },
    ]
}
