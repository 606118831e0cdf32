extension AuditResult {
    /// One line per SLA line that misses its target, in report order, saying by how much:
    /// `AppleSupport urgent first_reply 30m: 81.2% < 95% target` (what `--fail-under` prints).
    /// Attainment is rounded to tenths for the words only; the judgement is exact
    /// (``AuditGroupStats/targetMet``).
    public var missedTargets: [String] {
        accounts.flatMap { account in
            account.groups.compactMap { g -> String? in
                guard g.targetMet == false, let target = g.target, let attainment = g.attainment else { return nil }
                let name = [account.account, g.priority, g.metric.rawValue, g.limitSeconds.map { TimeSpan(seconds: $0).description }]
                    .compactMap { $0 }.joined(separator: " ")
                return "\(name): \(ReportNumbers.percent(attainment)) < \(target) target"
            }
        }
    }
}
