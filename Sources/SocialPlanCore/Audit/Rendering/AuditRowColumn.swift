/// One column of the audit's per-mention rows, defined once for the rows CSV (`--rows`) and the
/// JSON `rows`.
struct AuditRowColumn: Sendable {
    /// The JSON key and CSV column name.
    let key: String
    /// The figure.
    let value: @Sendable (AuditRow) -> AuditFigure

    /// The columns, in order.
    static let all: [AuditRowColumn] = [
        AuditRowColumn(key: "id") { .string($0.id) },
        AuditRowColumn(key: "account") { .string($0.account) },
        AuditRowColumn(key: "priority") { .string($0.priority) },
        AuditRowColumn(key: "metric") { .string($0.metric.rawValue) },
        AuditRowColumn(key: "target_minutes") { .minutes($0.targetSeconds) },
        AuditRowColumn(key: "created_at") { .string(InstantFormat.utc($0.createdAt)) },
        AuditRowColumn(key: "due_at") { .text($0.dueAt.map(InstantFormat.utc)) },
        AuditRowColumn(key: "replied_at") { .text($0.repliedAt.map(InstantFormat.utc)) },
        AuditRowColumn(key: "elapsed_calendar_minutes") { .count($0.elapsedCalendarMinutes) },
        AuditRowColumn(key: "elapsed_business_minutes") { .count($0.elapsedBusinessMinutes) },
        AuditRowColumn(key: "status") { .string($0.statusText) },
        AuditRowColumn(key: "agent") { .text($0.agent) },
    ]
}
