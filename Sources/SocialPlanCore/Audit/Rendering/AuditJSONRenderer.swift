/// The audit as JSON, snake_case keys in the fixed order documented in docs/audit.md; absent
/// figures are `null`, times are UTC `2026-03-06T09:15:00Z`, durations are minutes with at most
/// one decimal, shares are fractions with at most four decimals.
public enum AuditJSONRenderer {
    /// Renders `result`; with `includeRows`, also every mention row. Complexity: O(size).
    public static func render(_ result: AuditResult, includeRows: Bool = false) -> String {
        var out = ""
        render(result, includeRows: includeRows) { out += $0 }
        return out
    }

    /// The same document handed to `write` in pieces of about 64 KiB: the accounts (and rows)
    /// are built and printed one at a time, so neither the JSON tree nor the text of the whole
    /// report is ever held. Complexity: O(size).
    public static func render(_ result: AuditResult, includeRows: Bool = false, into write: (String) throws -> Void) rethrows {
        var out = "{\n"
        let top = members(result, includeRows: includeRows)
        for (i, member) in top.enumerated() {
            out += "  " + JSONValue.quote(member.key) + ": "
            switch member.value {
            case .value(let v): out += v.rendered(indent: 1)
            case .accounts, .rows:
                let count = member.value.isAccounts ? result.accounts.count : result.rows.count
                if count == 0 { out += "[]"; break }
                out += "[\n"
                for k in 0..<count {
                    let item = member.value.isAccounts ? account(result.accounts[k]) : row(result.rows[k])
                    out += "    " + item.rendered(indent: 2) + (k == count - 1 ? "\n" : ",\n")
                    if out.utf8.count >= 1 << 16 {
                        try write(out)
                        out = ""
                    }
                }
                out += "  ]"
            }
            out += i == top.count - 1 ? "\n" : ",\n"
        }
        try write(out + "}\n")
    }

    /// A top-level member: a value, or one of the two lists printed an item at a time.
    private enum Member {
        case value(JSONValue), accounts, rows
        var isAccounts: Bool { if case .accounts = self { return true } else { return false } }
    }

    /// The top-level members in the documented order (docs/audit.md, "JSON shape").
    private static func members(_ result: AuditResult, includeRows: Bool) -> [(key: String, value: Member)] {
        typealias J = JSONValue
        let c = result.counts
        var top: [(key: String, value: Member)] = [
            ("observation_end", .value(.string(InstantFormat.utc(result.observationEnd)))),
            ("timezone", .value(.string(result.zone))),
            ("log", .value(result.source.map { source in
                .object([("name", .string(source.name)), ("rows_read", .integer(source.summary.rowsRead)),
                         ("rows_used", .integer(source.summary.rowsUsed)), ("rows_skipped", .integer(source.summary.rowsSkipped)),
                         ("skipped_by_reason", .object(source.summary.skippedByKind.filter { $0.value > 0 }.sorted { $0.key < $1.key }
                            .map { ($0.key.rawValue, .integer($0.value)) }))])
            } ?? .null)),
            ("accounts", .accounts),
            ("counts", .value(.object([
                ("messages", .integer(c.messages)), ("mentions", .integer(c.mentions)), ("unattributed", .integer(c.unattributed)),
                ("other_accounts", .integer(c.otherAccounts)), ("outside_period", .integer(c.outsidePeriod)),
                ("not_measured", .integer(c.notMeasured)), ("closed", .integer(c.closed)),
                ("bad_order_replies", .integer(c.badOrderReplies)),
                ("missing_parents", .integer(c.missingParents)), ("duplicate_ids", .integer(c.duplicateIDs)),
            ]))),
            ("notes", .value(.array(result.notes.map { .string($0) }))),
        ]
        if includeRows { top.append(("rows", .rows)) }
        return top
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
