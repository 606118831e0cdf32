/// The audit as JSON, snake_case keys in the fixed order documented in docs/audit.md; absent
/// figures are `null`, times are UTC `2026-03-06T09:15:00Z`, durations are minutes with at most
/// one decimal, shares are fractions with at most four decimals.
public enum AuditJSONRenderer {
    /// Renders `result`; with `includeRows`, also every mention row. Complexity: O(size).
    public static func render(_ result: AuditResult, includeRows: Bool = false) -> String {
        typealias J = AuditJSONValue
        let c = result.counts
        var top: [(String, J)] = [
            ("observation_end", .string(InstantFormat.utc(result.observationEnd))),
            ("timezone", .string(result.zone)),
            ("log", result.source.map { source in
                .object([("name", .string(source.name)), ("rows_read", .int(source.summary.rowsRead)),
                         ("rows_used", .int(source.summary.rowsUsed)), ("rows_skipped", .int(source.summary.rowsSkipped)),
                         ("skipped_by_reason", .object(source.summary.skippedByKind.filter { $0.value > 0 }.sorted { $0.key < $1.key }
                            .map { ($0.key.rawValue, .int($0.value)) }))])
            } ?? .null),
            ("accounts", .array(result.accounts.map(account))),
            ("counts", .object([
                ("messages", .int(c.messages)), ("mentions", .int(c.mentions)), ("unattributed", .int(c.unattributed)),
                ("other_accounts", .int(c.otherAccounts)), ("outside_period", .int(c.outsidePeriod)),
                ("not_measured", .int(c.notMeasured)), ("bad_order_replies", .int(c.badOrderReplies)),
                ("missing_parents", .int(c.missingParents)), ("duplicate_ids", .int(c.duplicateIDs)),
            ])),
            ("notes", .array(result.notes.map { .string($0) })),
        ]
        if includeRows { top.append(("rows", .array(result.rows.map(row)))) }
        return J.object(top).render() + "\n"
    }

    static func minutes(_ s: Int?) -> AuditJSONValue { s.map { .number(AuditFormat.minutes($0)) } ?? .null }

    static func account(_ a: AuditAccountReport) -> AuditJSONValue {
        .object([
            ("account", .string(a.account)),
            ("slas", .array(a.groups.map(group))),
            ("replies", .int(a.replies)),
            ("replies_outside_shifts", .int(a.repliesOutsideShifts)),
            ("not_measured", .int(a.notMeasured)),
            ("agents", .array(a.agents.map { g in
                .object([("agent", .string(g.agent)), ("messages", .int(g.messages)), ("answered", .int(g.answered)),
                         ("median_reply_minutes", minutes(g.medianReplySeconds)),
                         ("met_share", g.metShare.map { .number(AuditFormat.fraction($0)) } ?? .null),
                         ("outside_shifts", .int(g.outsideShifts))])
            })),
            ("heatmap", .object([
                ("volume", .array(a.heatmap.volume.map { .array($0.map { .int($0) }) })),
                ("median_reply_minutes", .array(a.heatmap.medianReplySeconds.map { .array($0.map(minutes)) })),
            ])),
        ])
    }

    /// One SLA line: ``AuditSLAColumn``'s keyed columns.
    static func group(_ g: AuditGroupStats) -> AuditJSONValue {
        .object(AuditSLAColumn.keyed.map { ($0.key, $0.value(g).json) })
    }

    /// One mention row: ``AuditRowColumn``'s columns.
    static func row(_ r: AuditRow) -> AuditJSONValue {
        .object(AuditRowColumn.all.map { ($0.key, $0.value(r).json) })
    }
}
