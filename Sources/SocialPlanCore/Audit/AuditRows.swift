/// The audit's rows, one per attributed mention, kept compact (about 40 bytes a row) and
/// turned into ``AuditRow`` values when read: the due instant, elapsed times and status are
/// recomputed on the SLA clock, so a million rows cost tens of megabytes, not hundreds.
///
/// Sorted by account, created_at, then id (numeric ids by value, other ids after them).
/// Two row lists are equal when they read as the same rows.
public struct AuditRows: RandomAccessCollection, Sendable, Hashable {
    /// One compact row: indices into the tables and times as deltas from `createdAt`.
    struct Record: Sendable, Hashable {
        var id: UInt64
        var createdAt: Int
        /// Reply − created, or `Int32.min` when unanswered.
        var replyDelta: Int32
        /// Created − the account's message it follows, or `Int32.min` for a first-reply mention.
        var previousDelta: Int32
        var account: Int32
        var agent: Int32
        var priority: UInt8
        var metric: AuditMetric
    }

    var records: [Record] = []
    let idKeys: AuditIDKeys
    let authors: [String], agents: [String]
    let slas: [ServiceLevel]
    let calendar: BusinessCalendar
    let observationEnd: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { records.count }

    /// The row at `i`, measured on its SLA's clock. Complexity: O(log r) for the calendar's r open ranges.
    public subscript(i: Int) -> AuditRow { row(records[i]) }

    /// The full row of `r`.
    func row(_ r: Record) -> AuditRow {
        let sla = Int(r.priority) < slas.count ? slas[Int(r.priority)] : nil
        let limit = r.metric == .firstReply ? sla?.firstReply : sla?.nextReply
        let replyAt = r.replyDelta == .min ? nil : r.createdAt + Int(r.replyDelta)
        let clock = SLAClock(clock: limit == nil ? .calendar : sla?.clock ?? .calendar, calendar: calendar)
        let e = clock.evaluate(start: r.createdAt, targetSeconds: limit?.seconds ?? 0, reply: replyAt, observationEnd: observationEnd)
        return AuditRow(id: idKeys.text(r.id), account: authors[Int(r.account)], priority: sla?.priority ?? "none", metric: r.metric,
                        targetSeconds: limit?.seconds, createdAt: r.createdAt, dueAt: limit == nil ? nil : e.due, repliedAt: replyAt,
                        agent: r.agent >= 0 ? agents[Int(r.agent)] : nil,
                        elapsedCalendarSeconds: e.elapsedCalendarSeconds, elapsedBusinessSeconds: e.elapsedBusinessSeconds,
                        status: limit == nil ? nil : e.status,
                        previousReplyAt: r.previousDelta == .min ? nil : r.createdAt - Int(r.previousDelta))
    }

    public static func == (a: AuditRows, b: AuditRows) -> Bool { a.elementsEqual(b) }

    public func hash(into h: inout Hasher) {
        h.combine(count)
        for row in self { h.combine(row) }
    }
}
