/// The audit's rollup as CSV: one record per account and SLA line (the all-priorities lines
/// have priority `all`), same figures and number forms as the JSON.
public enum AuditCSVRenderer {
    /// The columns, in order: the account, then ``AuditSLAColumn``'s keyed columns.
    public static let header = ["account"] + AuditSLAColumn.keyed.map(\.key)

    /// Renders every account's lines. Complexity: O(accounts × lines).
    public static func render(_ result: AuditResult) -> String {
        var out = ""
        render(result) { out += $0 }
        return out
    }

    /// The same text handed to `write` in pieces of about 64 KiB. Complexity: O(accounts × lines).
    public static func render(_ result: AuditResult, into write: (String) throws -> Void) rethrows {
        var out = CSVText.row(header)
        for a in result.accounts {
            for g in a.groups {
                out += CSVText.row([a.account] + AuditSLAColumn.keyed.map { $0.value(g).csvField })
            }
            if out.utf8.count >= 1 << 16 {
                try write(out)
                out = ""
            }
        }
        if !out.isEmpty { try write(out) }
    }
}
