/// The audit's rollup as CSV: one record per account and SLA line (the all-priorities lines
/// have priority `all`), same figures and number forms as the JSON.
public enum AuditCSVRenderer {
    /// The columns, in order.
    public static let header = ["account", "priority", "metric", "clock", "limit_minutes", "target", "mentions", "answered", "met",
                                "breached", "breached_unanswered", "pending", "attainment", "target_met", "p50_minutes", "p90_minutes", "p99_minutes"]

    /// Renders every account's lines. Complexity: O(accounts × lines).
    public static func render(_ result: AuditResult) -> String {
        var out = CSVText.row(header)
        for a in result.accounts {
            for g in a.groups {
                let m: (Int?) -> String = { $0.map(AuditFormat.minutes) ?? "" }
                let counts = [g.mentions, g.answered, g.met, g.breached, g.breachedUnanswered, g.pending].map { String($0) }
                let attain = g.attainment.map(AuditFormat.fraction) ?? ""
                let verdict = g.targetMet.map { $0 ? "yes" : "no" } ?? ""
                let head = [a.account, g.priority ?? "all", g.metric.rawValue, g.clock?.rawValue ?? "", m(g.limitSeconds),
                            g.target.map { AuditFormat.fraction($0.fraction) } ?? ""]
                out += CSVText.row(head + counts + [attain, verdict, m(g.p50Seconds), m(g.p90Seconds), m(g.p99Seconds)])
            }
        }
        return out
    }
}
