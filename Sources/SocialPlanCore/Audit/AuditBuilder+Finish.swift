extension AuditBuilder {
    /// Joins the threads, measures every mention on its SLA's clock and rolls the rows up per
    /// account (docs/audit.md). Complexity: O(n log n) for n messages, plus O(log r) per mention
    /// for the business calendar's r open ranges.
    public func finish() -> AuditResult {
        var counts = AuditCounts()
        counts.messages = ids.count
        guard let first = times.min(), let last = times.max() else {
            return AuditResult(accounts: [], rows: [], counts: counts, observationEnd: options.observationEnd ?? 0, zone: options.zone, notes: [])
        }
        let end = options.observationEnd ?? last
        let calendar = options.calendar.calendar(zone: options.zone, first: min(first, end), last: max(last, end))
        let clock = ZoneClock(zone: options.zone, from: min(first, end) - 86_400, to: max(last, end) + 8 * 86_400)
        let isAccount = accountFlags()
        let threads = joinThreads(isAccount: isAccount)
        counts.duplicateIDs = threads.duplicates
        counts.badOrderReplies = threads.badOrderReplies
        counts.missingParents = threads.missingParents
        var accountOfHandle: [Int32: Int32] = [:]
        for (a, flag) in isAccount.enumerated() where flag {
            if let h = handles.lookup(authorNames[Int32(a)].lowercased()) { accountOfHandle[h] = Int32(a) }
        }
        var tallies: [Int32: AuditAccountTally] = [:]
        for name in options.accounts { if let a = authorNames.lookup(name) { tallies[a] = AuditAccountTally(slas: options.slas) } }
        var measured: [(account: Int32, row: AuditRow, key: UInt64)] = []
        for m in threads.mentions {
            let h = Int(m.head)
            if let since = options.since, times[h] < since { counts.outsidePeriod += 1; continue }
            if let until = options.until, times[h] >= until { counts.outsidePeriod += 1; continue }
            let account: Int32
            if m.previous >= 0 {
                account = authors[Int(m.previous)]
                guard isAccount[Int(account)] else { counts.otherAccounts += 1; continue }
            } else if m.reply >= 0 {
                account = authors[Int(m.reply)]
            } else if threads.answeredByOther[h] {
                counts.otherAccounts += 1; continue
            } else if tags[h] >= 0, let a = accountOfHandle[tags[h]] {
                account = a
            } else {
                counts.unattributed += 1; continue
            }
            let row = measure(m, account: account, calendar: calendar, end: end)
            if row.status == nil { counts.notMeasured += 1 }
            tallies[account, default: AuditAccountTally(slas: options.slas)].count(row, hourOfWeek: Self.hourOfWeek(times[h], clock))
            measured.append((account, row, ids[h]))
        }
        let pattern = options.onDutyPattern.flatMap { $0.count == 672 ? $0 : nil }
        for j in 0..<ids.count where flags[j] & 1 == 0 && !threads.duplicate[j] && isAccount[Int(authors[j])] {
            if let since = options.since, times[j] < since { continue }
            if let until = options.until, times[j] >= until { continue }
            let outside = pattern.map { !$0[Self.slotOfWeek(times[j], clock)] }
            tallies[authors[j], default: AuditAccountTally(slas: options.slas)]
                .countMessage(agent: tags[j] >= 0 ? agentNames[tags[j]] : nil, outside: outside)
        }
        measured.sort { a, b in
            let na = authorNames[a.account], nb = authorNames[b.account]
            if na != nb { return na < nb }
            if a.row.createdAt != b.row.createdAt { return a.row.createdAt < b.row.createdAt }
            return a.key < b.key
        }
        counts.mentions = measured.count
        let reports = tallies.map { $0.value.report(account: authorNames[$0.key], hasRota: pattern != nil) }
            .sorted { $0.account < $1.account }
        return AuditResult(accounts: reports, rows: measured.map(\.row), counts: counts, observationEnd: end,
                           zone: options.zone, notes: notes(counts, rotaIgnored: options.onDutyPattern != nil && pattern == nil))
    }

    /// Which author indices are audited accounts.
    private func accountFlags() -> [Bool] {
        var flag = Array(repeating: false, count: authorNames.count)
        if options.accounts.isEmpty {
            for j in 0..<ids.count where flags[j] & 1 == 0 {
                let a = Int(authors[j])
                if !flag[a], !authorNames.strings[a].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { flag[a] = true }
            }
        } else {
            for name in options.accounts { if let a = authorNames.lookup(name) { flag[Int(a)] = true } }
        }
        return flag
    }

    /// One row: the mention measured against its priority's limit for its metric.
    private func measure(_ m: JoinedMention, account: Int32, calendar: BusinessCalendar, end: Int) -> AuditRow {
        let h = Int(m.head)
        let slas = options.slas
        let p = priorities[h] == Self.defaultPriority || Int(priorities[h]) >= slas.count ? slas.count - 1 : Int(priorities[h])
        let sla = p >= 0 ? slas[p] : nil
        let limit = m.metric == .firstReply ? sla?.firstReply : sla?.nextReply
        let replyAt = m.reply >= 0 ? times[Int(m.reply)] : nil
        let clock = SLAClock(clock: limit == nil ? .calendar : sla?.clock ?? .calendar, calendar: calendar)
        let e = clock.evaluate(start: times[h], targetSeconds: limit?.seconds ?? 0, reply: replyAt, observationEnd: end)
        return AuditRow(id: idKeys.text(ids[h]), account: authorNames[account], priority: sla?.priority ?? "none", metric: m.metric,
                        targetSeconds: limit?.seconds, createdAt: times[h], dueAt: limit == nil ? nil : e.due, repliedAt: replyAt,
                        agent: m.reply >= 0 && tags[Int(m.reply)] >= 0 ? agentNames[tags[Int(m.reply)]] : nil,
                        elapsedCalendarSeconds: e.elapsedCalendarSeconds, elapsedBusinessSeconds: e.elapsedBusinessSeconds,
                        status: limit == nil ? nil : e.status, previousReplyAt: m.previous >= 0 ? times[Int(m.previous)] : nil)
    }

    /// Hour of the week (0 = Monday 00:00–01:00) of `instant` in the heatmap zone.
    static func hourOfWeek(_ instant: Int, _ clock: ZoneClock) -> Int {
        let w = clock.wallTime(at: instant)
        return (w.date.weekday.rawValue - 1) * 24 + w.minute / 60
    }

    /// 15-minute slot of the week (0 = Monday 00:00) of `instant` in the heatmap zone.
    static func slotOfWeek(_ instant: Int, _ clock: ZoneClock) -> Int {
        let w = clock.wallTime(at: instant)
        return (w.date.weekday.rawValue - 1) * 96 + w.minute / 15
    }

    private func notes(_ c: AuditCounts, rotaIgnored: Bool) -> [String] {
        var out: [String] = []
        func plural(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        if c.badOrderReplies > 0 { out.append("\(plural(c.badOrderReplies, "reply is", "replies are")) timestamped before the message they answer; ignored as bad data") }
        if c.missingParents > 0 { out.append("\(plural(c.missingParents, "message answers", "messages answer")) a message missing from the log") }
        if c.duplicateIDs > 0 { out.append("\(plural(c.duplicateIDs, "message repeats", "messages repeat")) an id seen before; ignored") }
        if c.unattributed > 0 { out.append("\(plural(c.unattributed, "unanswered mention names", "unanswered mentions name")) no audited account; not counted for any account") }
        if c.notMeasured > 0 { out.append("\(plural(c.notMeasured, "mention is", "mentions are")) not measured: the priority's SLA has no limit for the metric") }
        if rotaIgnored { out.append("the on-duty pattern does not have 672 slots; replies outside shifts are not counted") }
        return out
    }
}
