extension AuditTextRenderer {
    /// The quiet accounts in one table, one line each: every SLA line of the account summed
    /// (mentions count every row, so the rest are not measured), and how many of its SLA lines
    /// with judged mentions miss their target (`missed`: `1 of 2`).
    static func summary(_ accounts: [AuditAccountReport], below minimum: Int) -> String {
        var out = TextWrap.text("accounts with fewer than \(minimum) mentions (SLA lines summed; json and markdown show each)")
        var rows = [["account", "mentions", "met", "breached", "unans.br", "pending", "closed", "attain", "missed", "replies"]]
        for a in accounts {
            let all = a.groups.filter { $0.priority == nil }
            func sum(_ f: (AuditGroupStats) -> Int) -> Int { all.reduce(0) { $0 + f($1) } }
            let met = sum(\.met), judged = sum(\.judged)
            let lines = a.groups.filter { $0.priority != nil && $0.targetMet != nil }
            let missed = lines.filter { $0.targetMet == false }.count
            let targets = lines.isEmpty ? AuditSLAColumn.dash : "\(missed) of \(lines.count)"
            rows.append([a.account, String(AuditTextLayout.mentions(a)), String(met), String(sum(\.breached)),
                         String(sum(\.breachedUnanswered)), String(sum(\.pending)), String(sum(\.closed)),
                         judged == 0 ? AuditSLAColumn.dash : ReportNumbers.percent(Double(met) / Double(judged)), targets,
                         String(a.replies)])
        }
        out += grid(rows, right: [false] + Array(repeating: true, count: 9), indent: "  ")
        return out
    }
}
