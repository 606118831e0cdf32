/// The audit's rows as CSV: one record per mention, in the result's order (account,
/// created_at, id), times in UTC.
public enum AuditRowsCSVRenderer {
    /// The columns, in order (``AuditRowColumn``).
    public static let header = AuditRowColumn.all.map(\.key)

    /// Renders every row. Complexity: O(rows).
    public static func render(_ result: AuditResult) -> String {
        var out = ""
        render(result) { out += $0 }
        return out
    }

    /// Renders every row, handing the text to `write` in pieces of about 64 KiB, so a writer can
    /// stream a large log's rows without holding them all as one string. Complexity: O(rows).
    public static func render(_ result: AuditResult, into write: (String) throws -> Void) rethrows {
        var out = CSVText.row(header)
        for r in result.rows {
            out += CSVText.row(AuditRowColumn.all.map { $0.value(r).csvField })
            if out.utf8.count >= 1 << 16 {
                try write(out)
                out = ""
            }
        }
        if !out.isEmpty { try write(out) }
    }
}
