/// The audit's rows, one per attributed mention, kept compact (20 bytes a row) and
/// turned into ``AuditRow`` values when read: the due instant, elapsed times and status are
/// recomputed on the SLA clock, so a million rows cost tens of megabytes, not hundreds.
///
/// Sorted by account, created_at, then id (numeric ids by value, other ids after them).
/// Two row lists are equal when they read as the same rows.
public struct AuditRows: RandomAccessCollection, Sendable, Hashable {
    /// A row is the joined mention (head, reply and followed message indices, account); the
    /// message fields are read from the builder's arrays, shared here without copying.
    var records: [JoinedMention] = []
    let idKeys: AuditIDKeys
    let authors: [String], agents: [String]
    let slas: [ServiceLevel]
    let calendar: BusinessCalendar
    let observationEnd: Int
    let ids: [UInt64], times: AuditTimes, names: AuditMessageNames, priorities: AuditPriorities

    public var startIndex: Int { 0 }
    public var endIndex: Int { records.count }

    /// The row at `i`, measured on its SLA's clock. Complexity: O(log r) for the calendar's r open ranges.
    public subscript(i: Int) -> AuditRow { row(records[i]) }

    /// The full row of `r`.
    func row(_ r: JoinedMention) -> AuditRow {
        let h = Int(r.head)
        let sla = priorities.slaIndex(of: h, slaCount: slas.count).map { slas[$0] }
        let limit = r.metric == .firstReply ? sla?.firstReply : sla?.nextReply
        let replyAt = r.reply.map { times[$0] }
        let clock = SLAClock(clock: limit == nil ? .calendar : sla?.clock ?? .calendar, calendar: calendar)
        let e = clock.evaluate(start: times[h], targetSeconds: limit?.seconds ?? 0, reply: replyAt, observationEnd: observationEnd)
        // An account's message keeps its agent in `names`.
        let agent = r.reply.flatMap { names[$0] }.map { agents[Int($0)] }
        return AuditRow(id: idKeys.text(ids[h]), account: authors[Int(r.account)], priority: sla?.priority ?? "none", metric: r.metric,
                        targetSeconds: limit?.seconds, createdAt: times[h], dueAt: limit == nil || r.closed ? nil : e.due, repliedAt: replyAt,
                        agent: agent, elapsedCalendarSeconds: e.elapsedCalendarSeconds, elapsedBusinessSeconds: e.elapsedBusinessSeconds,
                        status: r.closed ? .closed : limit == nil ? nil : e.status, previousReplyAt: r.previous.map { times[$0] })
    }

    /// Rows per account name, counted without reading the rows. Complexity: O(rows).
    public func mentionsByAccount() -> [String: Int] {
        var counts = Array(repeating: 0, count: authors.count)
        for r in records { counts[Int(r.account)] += 1 }
        var out: [String: Int] = [:]
        for (a, n) in counts.enumerated() where n > 0 { out[authors[a]] = n }
        return out
    }

    /// Equal when both read as the same rows in the same order. Complexity: O(rows).
    public static func == (a: AuditRows, b: AuditRows) -> Bool { a.elementsEqual(b) }

    /// Hashes the rows as read. Complexity: O(rows).
    public func hash(into h: inout Hasher) {
        h.combine(count)
        for row in self { h.combine(row) }
    }
}
