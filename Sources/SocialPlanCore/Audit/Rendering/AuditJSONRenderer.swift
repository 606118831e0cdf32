/// The audit as JSON, snake_case keys in the fixed order documented in docs/audit.md; absent
/// figures are `null`, times are UTC `2026-03-06T09:15:00Z`, durations are minutes with at most
/// one decimal, shares are fractions with at most four decimals.
public enum AuditJSONRenderer {
    /// Renders `result`; with `includeRows`, also every mention row. Complexity: O(size).
    public static func render(_ result: AuditResult, includeRows: Bool = false) -> String {
        typealias J = JSONValue
        let c = result.counts
        var top: [(String, J)] = [
            ("observation_end", .string(InstantFormat.utc(result.observationEnd))),
            ("timezone", .string(result.zone)),
            ("log", result.source.map { source in
                .object([("name", .string(source.name)), ("rows_read", .integer(source.summary.rowsRead)),
                         ("rows_used", .integer(source.summary.rowsUsed)), ("rows_skipped", .integer(source.summary.rowsSkipped)),
                         ("skipped_by_reason", .object(source.summary.skippedByKind.filter { $0.value > 0 }.sorted { $0.key < $1.key }
                            .map { ($0.key.rawValue, .integer($0.value)) }))])
            } ?? .null),
            ("accounts", .array(result.accounts.map(account))),
            ("counts", .object([
                ("messages", .integer(c.messages)), ("mentions", .integer(c.mentions)), ("unattributed", .integer(c.unattributed)),
                ("other_accounts", .integer(c.otherAccounts)), ("outside_period", .integer(c.outsidePeriod)),
                ("not_measured", .integer(c.notMeasured)), ("closed", .integer(c.closed)),
                ("bad_order_replies", .integer(c.badOrderReplies)),
                ("missing_parents", .integer(c.missingParents)), ("duplicate_ids", .integer(c.duplicateIDs)),
            ])),
            ("notes", .array(result.notes.map { .string($0) })),
        ]
        if includeRows { top.append(("rows", .array(result.rows.map(row)))) }
        return J.object(top).document
    }

    static func minutes(_ s: Int?) -> JSONValue { s.map { .literal(AuditFormat.minutes($0)) } ?? .null }

    static func account(_ a: AuditAccountReport) -> JSONValue {
        .object([
            ("account", .string(a.account)),
            ("slas", .array(a.groups.map(group))),
            ("replies", .integer(a.replies)),
            ("replies_outside_shifts", .integer(a.repliesOutsideShifts)),
            ("not_measured", .integer(a.notMeasured)),
            ("agents", .array(a.agents.map { g in
                .object([("agent", .string(g.agent)), ("messages", .integer(g.messages)), ("answered", .integer(g.answered)),
                         ("median_reply_minutes", minutes(g.medianReplySeconds)),
                         ("met_share", g.metShare.map { .literal(AuditFormat.fraction($0)) } ?? .null),
                         ("outside_shifts", .integer(g.outsideShifts))])
            })),
            ("heatmap", .object([
                ("volume", .array(a.heatmap.volume.map { .array($0.map { .integer($0) }) })),
                ("median_reply_minutes", .array(a.heatmap.medianReplySeconds.map { .array($0.map(minutes)) })),
            ])),
        ])
    }

    /// One SLA line: ``AuditSLAColumn``'s keyed columns.
    static func group(_ g: AuditGroupStats) -> JSONValue {
        .object(AuditSLAColumn.keyed.map { ($0.key, $0.value(g)) })
    }

    /// One mention row: ``AuditRowColumn``'s columns.
    static func row(_ r: AuditRow) -> JSONValue {
        .object(AuditRowColumn.all.map { ($0.key, $0.value(r)) })
    }
}
