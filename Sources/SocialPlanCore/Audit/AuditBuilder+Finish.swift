extension AuditBuilder {
    /// Joins the threads, measures every mention on its SLA's clock and rolls the rows up per
    /// account (docs/audit.md). Complexity: O(n log n) for n messages, plus O(log r) per mention
    /// for the business calendar's r open ranges.
    public func finish() -> AuditResult {
        var counts = AuditCounts()
        counts.messages = ids.count
        guard let first = times.min(), let last = times.max() else {
            let rows = AuditRows(idKeys: idKeys, authors: [], agents: [], slas: options.slas,
                                 calendar: BusinessCalendar(hours: .none, holidays: [], zone: options.zone, from: 0, to: 0),
                                 observationEnd: options.observationEnd ?? 0, ids: [], times: AuditTimes(), tags: [], priorities: [])
            return AuditResult(accounts: [], rows: rows, counts: counts, observationEnd: options.observationEnd ?? 0, zone: options.zone, notes: [])
        }
        let end = options.observationEnd ?? last
        let calendar = options.calendar.calendar(zone: options.zone, first: min(first, end), last: max(last, end))
        let clock = ZoneClock(zone: options.zone, from: min(first, end) - 86_400, to: max(last, end) + 8 * 86_400)
        let isAccount = accountFlags()
        var threads = joinThreads(isAccount: isAccount)
        counts.duplicateIDs = threads.duplicates
        counts.badOrderReplies = threads.badOrderReplies
        counts.missingParents = threads.missingParents
        var accountOfHandle: [Int32: Int32] = [:]
        for (a, flag) in isAccount.enumerated() where flag {
            if let h = handles.lookup(authorNames[Int32(a)].lowercased()) { accountOfHandle[h] = Int32(a) }
        }
        // By author index; nil for authors with nothing to report.
        var tallies = [AuditAccountTally?](repeating: nil, count: authorNames.count)
        for name in options.accounts { if let a = authorNames.lookup(name) { tallies[Int(a)] = AuditAccountTally(slas: options.slas) } }
        let slas = options.slas
        let clocks = slas.map { SLAClock(clock: $0.clock, calendar: calendar) }
        var rows = AuditRows(idKeys: idKeys, authors: authorNames.strings, agents: agentNames.strings, slas: options.slas,
                             calendar: calendar, observationEnd: end, ids: ids, times: times, tags: tags, priorities: priorities)
        // The mention list becomes the row list in place (kept ones moved to the front).
        var mentions = threads.mentions
        threads.mentions = []
        var kept = 0
        for k in mentions.indices {
            var m = mentions[k]
            let h = Int(m.head)
            if let since = options.since, times[h] < since { counts.outsidePeriod += 1; continue }
            if let until = options.until, times[h] >= until { counts.outsidePeriod += 1; continue }
            let account: Int32
            if m.previous >= 0 {
                account = authors[Int(m.previous)]
                guard isAccount[Int(account)] else { counts.otherAccounts += 1; continue }
            } else if m.reply >= 0 {
                account = authors[Int(m.reply)]
            } else if m.answeredByOther {
                counts.otherAccounts += 1; continue
            } else if tags[h] >= 0, let a = accountOfHandle[tags[h]] {
                account = a
            } else {
                counts.unattributed += 1; continue
            }
            m.account = account
            m.start = times.offset(h)
            // The row's figures, as AuditRows.row(_:) gives them, without making the row.
            let stored = Int(priorities[h]), start = times[h]
            let p = stored < slas.count ? stored : slas.count - 1
            let limit = p < 0 ? nil : m.metric == .firstReply ? slas[p].firstReply : slas[p].nextReply
            let replyAt: Int? = m.reply >= 0 ? times[Int(m.reply)] : nil
            let status = limit.map { SLAClock.status(due: clocks[p].due(from: start, targetSeconds: $0.seconds), reply: replyAt, observationEnd: end) }
            if status == nil { counts.notMeasured += 1 }
            if tallies[Int(account)] == nil { tallies[Int(account)] = AuditAccountTally(slas: slas) }
            tallies[Int(account)]!.count(sla: p, metric: m.metric, status: status, replySeconds: replyAt.map { Int32(clamping: max(start, $0) - start) },
                                         agent: m.reply >= 0 ? tags[Int(m.reply)] : -1, hourOfWeek: Self.hourOfWeek(start, clock))
            mentions[kept] = m
            kept += 1
        }
        mentions.removeLast(mentions.count - kept)
        let pattern = options.onDutyPattern.flatMap { $0.count == 672 ? $0 : nil }
        for j in 0..<ids.count where flags[j] & 1 == 0 && !threads.duplicate[j] && isAccount[Int(authors[j])] {
            if let since = options.since, times[j] < since { continue }
            if let until = options.until, times[j] >= until { continue }
            let outside = pattern.map { !$0[Self.slotOfWeek(times[j], clock)] }
            let a = Int(authors[j])
            if tallies[a] == nil { tallies[a] = AuditAccountTally(slas: slas) }
            tallies[a]!.countMessage(agent: tags[j], outside: outside)
        }
        let reported = tallies.indices.filter { tallies[$0] != nil }.sorted { authorNames[Int32($0)] < authorNames[Int32($1)] }
        var rank = [Int32](repeating: 0, count: tallies.count)
        for (r, a) in reported.enumerated() { rank[a] = Int32(r) }
        // Accounts by name, then time, then id (`start` orders like the times).
        for k in mentions.indices { mentions[k].account = rank[Int(mentions[k].account)] }
        AuditHeapSort.sort(&mentions) { a, b in
            if a.account != b.account { return a.account < b.account }
            return a.start != b.start ? a.start < b.start : ids[Int(a.head)] < ids[Int(b.head)]
        }
        for k in mentions.indices { mentions[k].account = Int32(reported[Int(mentions[k].account)]) }
        rows.records = mentions
        counts.mentions = rows.count
        let reports = reported.map { tallies[$0]!.report(account: authorNames[Int32($0)], agentNames: agentNames.strings, hasRota: pattern != nil) }
        return AuditResult(accounts: reports, rows: rows, counts: counts, observationEnd: end,
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
