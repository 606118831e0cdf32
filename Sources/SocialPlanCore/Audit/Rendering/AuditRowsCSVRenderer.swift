/// The audit's rows as CSV: one record per mention, in the result's order (account,
/// created_at, id), times in UTC.
public enum AuditRowsCSVRenderer {
    /// The columns, in order (``AuditRowColumn``).
    public static let header = AuditRowColumn.all.map(\.key)

    /// Renders every row. Complexity: O(rows).
    public static func render(_ result: AuditResult) -> String {
        var out = CSVText.row(header)
        for r in result.rows {
            out += CSVText.row(AuditRowColumn.all.map { $0.value(r).csvField })
        }
        return out
    }
}
