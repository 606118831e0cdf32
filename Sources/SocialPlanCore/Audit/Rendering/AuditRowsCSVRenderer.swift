/// The audit's rows as CSV: one record per mention, in the result's order (account,
/// created_at, id), times in UTC.
public enum AuditRowsCSVRenderer {
    /// The columns, in order.
    public static let header = ["id", "account", "priority", "metric", "target_minutes", "created_at", "due_at", "replied_at",
                                "elapsed_calendar_minutes", "elapsed_business_minutes", "status", "agent"]

    /// Renders every row. Complexity: O(rows).
    public static func render(_ result: AuditResult) -> String {
        var out = CSVText.row(header)
        for r in result.rows {
            out += CSVText.row([r.id, r.account, r.priority, r.metric.rawValue, r.targetSeconds.map(AuditFormat.minutes) ?? "",
                                InstantFormat.utc(r.createdAt), r.dueAt.map(InstantFormat.utc) ?? "", r.repliedAt.map(InstantFormat.utc) ?? "",
                                String(r.elapsedCalendarMinutes), String(r.elapsedBusinessMinutes), r.statusText, r.agent ?? ""])
        }
        return out
    }
}
