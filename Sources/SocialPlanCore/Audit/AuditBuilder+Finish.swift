import Foundation

extension AuditBuilder {
    /// Joins the threads, measures every mention on its SLA's clock and rolls the rows up per
    /// account (docs/audit.md), in named steps: join threads, attribute and measure mentions,
    /// count the accounts' own messages, roll up. Complexity: O(n log n) for n messages, plus
    /// O(log r) per mention for the business calendar's r open ranges.
    public consuming func finish() -> AuditResult {
        guard let window = observationWindow() else {
            var result = emptyResult()
            result.unknownAccounts = unknownAccounts()
            return result
        }
        let isAccount = accountFlags()
        var threads = joinThreads(isAccount: isAccount)
        // Each array is released once no later step reads it, so the steps that follow
        // (measuring, ordering the rows) do not add to it.
        closing = []
        var counts = AuditCounts()
        counts.messages = ids.count
        counts.duplicateIDs = threads.duplicates
        counts.badOrderReplies = threads.badOrderReplies
        counts.missingParents = threads.missingParents
        var tallies = AuditTallies(authors: authorNames.count, slas: options.slas,
                                   opened: auditedAccounts)
        var mentions = threads.takeMentions()
        var duplicate: [Bool] = []
        swap(&duplicate, &threads.duplicate)
        let rota = onDutyLookup(in: window) { isAccountMessage($0, duplicate: duplicate, isAccount: isAccount) }
        measure(&mentions, in: window, isAccount: isAccount, duplicate: duplicate, rota: rota, &tallies, &counts)
        counts.weeksWithoutRota = rota.weeksNotPlanned
        let unknown = unknownAccounts()
        duplicate = []
        authors = []
        inbound = []
        var result = rollUp(&mentions, &tallies, counts, in: window, hasRota: rota.hasRota)
        result.unknownAccounts = unknown
        return result
    }

    /// What every step measures against: when observation ended, the business calendar and the
    /// zone's wall clock over the log's span.
    struct ObservationWindow {
        let end: Int
        let calendar: BusinessCalendar
        let clock: ZoneClock
    }

    /// The window of the messages added; nil when there are none.
    private func observationWindow() -> ObservationWindow? {
        guard let first = times.min(), let last = times.max() else { return nil }
        let end = options.observationEnd ?? last
        let from = min(first, end), to = max(last, end)
        return ObservationWindow(end: end, calendar: options.calendar.calendar(zone: options.zone, first: from, last: to),
                                 clock: ZoneClock(zone: options.zone, from: from - 86_400, to: to + 8 * 86_400))
    }

    /// The result of an empty log.
    private func emptyResult() -> AuditResult {
        var counts = AuditCounts()
        counts.messages = ids.count
        let end = options.observationEnd ?? 0
        let rows = AuditRows(idKeys: idKeys, authors: [], agents: [], slas: options.slas,
                             calendar: BusinessCalendar(hours: .none, holidays: [], zone: options.zone, from: 0, to: 0),
                             observationEnd: end, ids: [], times: AuditTimes(), names: AuditMessageNames(), priorities: AuditPriorities())
        return AuditResult(accounts: [], rows: rows, counts: counts, observationEnd: end, zone: options.zone, notes: [])
    }

    /// True when instant `t` is in the audited period (`since` ≤ t < `until`).
    private func isInPeriod(_ t: Int) -> Bool {
        if let since = options.since, t < since { return false }
        if let until = options.until, t >= until { return false }
        return true
    }

    /// Who a mention is counted for (docs/audit.md, "Accounts and attribution").
    private enum Attribution {
        /// An audited account (author index).
        case account(Int)
        /// An account that is not audited.
        case otherAccount
        /// No audited account can be told.
        case unattributed
    }

    /// The account of `m`: the followed account of a follow-up, else the account that replied,
    /// else the audited account its `@handle` names.
    private func attribute(_ m: JoinedMention, isAccount: [Bool], accountOfHandle: [Int32: Int32]) -> Attribution {
        if let previous = m.previous {
            let a = Int(authors[previous])
            return isAccount[a] ? .account(a) : .otherAccount
        }
        if let reply = m.reply { return .account(Int(authors[reply])) }
        if m.answeredByOther { return .otherAccount }
        if let handle = addressedHandle(of: Int(m.head)), let a = accountOfHandle[handle] { return .account(Int(a)) }
        return .unattributed
    }

    /// Attributes every mention in the period, measures it on its SLA's clock and counts it in
    /// its account's tally, keeping only the attributed ones (compacted in place); counts every
    /// message an audited account sent. A large log is counted in two parts on two threads
    /// (mentions and messages each split in two), each into its own tallies, merged after.
    /// Complexity: O(m log r) for m mentions and the calendar's r open ranges, plus O(n).
    private func measure(_ mentions: inout [JoinedMention], in window: ObservationWindow, isAccount: [Bool], duplicate: [Bool],
                         rota: OnDutyLookup, _ tallies: inout AuditTallies, _ counts: inout AuditCounts) {
        var accountOfHandle: [Int32: Int32] = [:]
        for (a, flag) in isAccount.enumerated() where flag {
            if let h = handles.lookup(authorNames[Int32(a)].lowercased()) { accountOfHandle[h] = Int32(a) }
        }
        let n = mentions.count
        let parts = n >= parallelMinimum ? min(2, ProcessInfo.processInfo.activeProcessorCount) : 1
        var kept = 0
        let messages = ids.count
        mentions.withUnsafeMutableBufferPointer { b in
            guard parts > 1 else {
                kept = measure(b, 0..<n, in: window, isAccount: isAccount, accountOfHandle: accountOfHandle, &tallies, &counts)
                countMessages(0..<messages, in: window, isAccount: isAccount, duplicate: duplicate, rota: rota, &tallies)
                return
            }
            let shared = SharedBuffer(base: b), handles = accountOfHandle
            let bounds = (0...parts).map { $0 * n / parts }
            let results = ResultSlots<(tallies: AuditTallies, counts: AuditCounts, kept: Int)>(count: parts)
            let authors = authorNames.count, slas = options.slas
            DispatchQueue.concurrentPerform(iterations: parts) { p in
                var t = AuditTallies(authors: authors, slas: slas, opened: [])
                var c = AuditCounts()
                let k = measure(shared.base, bounds[p]..<bounds[p + 1], in: window, isAccount: isAccount, accountOfHandle: handles, &t, &c)
                countMessages(p * messages / parts..<(p + 1) * messages / parts, in: window, isAccount: isAccount, duplicate: duplicate,
                              rota: rota, &t)
                results[p] = (t, c, k)
            }
            // Joined in order: tallies merged, kept mentions moved together.
            for p in 0..<parts {
                // Each part's tallies are freed once merged, so no two sets outlive the merge.
                guard let part = results[p] else { continue }
                results[p] = nil
                tallies.merge(part.tallies)
                counts.addMentionCounts(part.counts)
                for k in bounds[p]..<(bounds[p] + part.kept) {
                    b[kept] = b[k]
                    kept += 1
                }
            }
        }
        mentions.removeLast(n - kept)
    }

    /// Measures the mentions in `range` of `mentions`, moving the attributed ones to the front
    /// of the range; returns how many were kept.
    private func measure(_ mentions: UnsafeMutableBufferPointer<JoinedMention>, _ range: Range<Int>, in window: ObservationWindow,
                         isAccount: [Bool], accountOfHandle: [Int32: Int32],
                         _ tallies: inout AuditTallies, _ counts: inout AuditCounts) -> Int {
        let slas = options.slas
        let clocks = slas.map { SLAClock(clock: $0.clock, calendar: window.calendar) }
        var kept = range.lowerBound
        for k in range {
            var m = mentions[k]
            let h = Int(m.head), start = times[h]
            guard isInPeriod(start) else { counts.outsidePeriod += 1; continue }
            let account: Int
            switch attribute(m, isAccount: isAccount, accountOfHandle: accountOfHandle) {
            case .account(let a): account = a
            case .otherAccount: counts.otherAccounts += 1; continue
            case .unattributed: counts.unattributed += 1; continue
            }
            m.account = Int32(account)
            m.start = times.stored(h)
            // The row's figures, as AuditRows.row(_:) gives them, without making the row.
            let sla = priorities.slaIndex(of: h, slaCount: slas.count)
            let limit = sla.flatMap { m.metric == .firstReply ? slas[$0].firstReply : slas[$0].nextReply }
            let replyAt = m.reply.map { times[$0] }
            // A closed follow-up is closed whatever its SLA limits: no reply is owed.
            var status: ReplyStatus?
            if m.closed {
                status = .closed
            } else if let sla, let limit {
                status = SLAClock.status(due: clocks[sla].due(from: start, targetSeconds: limit.seconds), reply: replyAt, observationEnd: window.end)
            } else {
                counts.notMeasured += 1
            }
            if status == .closed { counts.closed += 1 }
            // Reply time on the SLA's own clock: business seconds for a business-clock SLA.
            // Both instants lie in the readers' range (AuditTimes), so the difference fits 32 bits unsigned.
            let onClock = replyAt.map { r -> UInt32 in
                let stop = max(start, r)
                let business = sla.map { slas[$0].clock == .business } ?? false
                return UInt32(clamping: business ? window.calendar.businessSeconds(from: start, to: stop) : stop - start)
            }
            tallies.countMention(of: account, sla: sla, metric: m.metric, status: status,
                                 replySeconds: replyAt.map { UInt32(clamping: max(start, $0) - start) }, slaSeconds: onClock,
                                 agent: m.reply.flatMap { agent(of: $0) }, hourOfWeek: window.clock.hourOfWeek(at: start))
            mentions[kept] = m
            kept += 1
        }
        return kept - range.lowerBound
    }

    /// Tallies that threads take one each (each index once), freeing it.
    private final class PendingTallies: @unchecked Sendable {
        private let base: UnsafeMutablePointer<AuditAccountTally?>
        private let count: Int

        init(_ tallies: [AuditAccountTally?]) {
            count = tallies.count
            base = .allocate(capacity: max(count, 1))
            base.initialize(from: tallies, count: count)
        }

        /// Tally `i`, moved out.
        func take(_ i: Int) -> AuditAccountTally? {
            defer { (base + i).pointee = nil }
            return (base + i).pointee
        }

        deinit {
            base.deinitialize(count: count)
            base.deallocate()
        }
    }

    /// True when message `j` is one an audited account sent in the period (and not a repeat).
    private func isAccountMessage(_ j: Int, duplicate: [Bool], isAccount: [Bool]) -> Bool {
        !inbound[j] && !duplicate[j] && isAccount[Int(authors[j])] && isInPeriod(times[j])
    }

    /// Counts the messages in `range` an audited account sent in the period, by agent, and
    /// whether each went out while nobody was on duty. Complexity: O(range).
    private func countMessages(_ range: Range<Int>, in window: ObservationWindow, isAccount: [Bool], duplicate: [Bool],
                               rota: OnDutyLookup, _ tallies: inout AuditTallies) {
        for j in range where isAccountMessage(j, duplicate: duplicate, isAccount: isAccount) {
            var outside: Bool?
            if rota.hasRota {
                let wall = window.clock.wallTime(at: times[j])
                outside = rota.isOnDuty(date: wall.date, minute: wall.minute).map { !$0 }
            }
            tallies.countMessage(of: Int(authors[j]), agent: agent(of: j), outside: outside)
        }
    }

    /// The rota each counted message is judged against: `--week`'s for all, or each week's own
    /// (planned for the weeks from the first to the last counted message). Complexity: O(n)
    /// plus planning the weeks.
    private func onDutyLookup(in window: ObservationWindow, counted: (Int) -> Bool) -> OnDutyLookup {
        if let fixed = options.onDuty { return OnDutyLookup(fixed: fixed) }
        guard let rotas = options.rotaWeeks else { return OnDutyLookup(fixed: nil) }
        var first = Int.max, last = Int.min
        for j in 0..<ids.count where counted(j) {
            first = min(first, times[j])
            last = max(last, times[j])
        }
        guard first <= last else { return OnDutyLookup(fixed: nil) }
        return OnDutyLookup(rotas: rotas, firstDate: window.clock.wallTime(at: first).date, lastDate: window.clock.wallTime(at: last).date)
    }

    /// The result: accounts by name, each with its report; rows by account, then time, then id.
    /// Complexity: O(m log m) for m rows.
    private func rollUp(_ mentions: inout [JoinedMention], _ tallies: inout AuditTallies, _ counts: AuditCounts,
                        in window: ObservationWindow, hasRota: Bool) -> AuditResult {
        let reported = tallies.opened.sorted { authorNames[Int32($0)] < authorNames[Int32($1)] }
        var rank = [Int32](repeating: 0, count: authorNames.count)
        for (r, a) in reported.enumerated() { rank[a] = Int32(r) }
        // Sorts on the account's rank (`start` orders like the times), then gives the accounts back.
        for k in mentions.indices { mentions[k].account = rank[Int(mentions[k].account)] }
        let ids = self.ids
        AuditHeapSort.sort(&mentions, parallel: mentions.count >= parallelMinimum) { a, b in
            if a.account != b.account { return a.account < b.account }
            return a.start != b.start ? a.start < b.start : ids[Int(a.head)] < ids[Int(b.head)]
        }
        for k in mentions.indices { mentions[k].account = Int32(reported[Int(mentions[k].account)]) }
        var rows = AuditRows(idKeys: idKeys, authors: authorNames.strings, agents: agentNames.strings, slas: options.slas,
                             calendar: window.calendar, observationEnd: window.end, ids: ids, times: times, names: names,
                             priorities: priorities)
        rows.records = mentions
        var counts = counts
        counts.mentions = rows.count
        // Each tally is freed as its report is built, so the two are never all alive at once;
        // the accounts' reports (percentiles, heatmaps) are built on every core.
        let pending = PendingTallies(reported.map { tallies.take($0) })
        let names = authorNames.strings, agents = agentNames.strings
        let built = ResultSlots<AuditAccountReport>(count: reported.count)
        DispatchQueue.concurrentPerform(iterations: reported.count) { i in
            if let tally = pending.take(i) { built[i] = tally.report(account: names[reported[i]], agentNames: agents, hasRota: hasRota) }
        }
        let reports = built.values
        return AuditResult(accounts: reports, rows: rows, counts: counts, observationEnd: window.end, zone: options.zone,
                           notes: notes(counts))
    }

    /// Which author indices are audited accounts.
    private func accountFlags() -> [Bool] {
        var flag = Array(repeating: false, count: authorNames.count)
        if options.accounts.isEmpty {
            for j in 0..<ids.count where !inbound[j] {
                let a = Int(authors[j])
                if !flag[a], !authorNames.strings[a].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { flag[a] = true }
            }
        } else {
            for a in auditedAccounts { flag[Int(a)] = true }
        }
        return flag
    }

    private func notes(_ c: AuditCounts) -> [String] {
        var out: [String] = []
        func plural(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        if c.badOrderReplies > 0 { out.append("\(plural(c.badOrderReplies, "reply is", "replies are")) timestamped before the message they answer; ignored as bad data") }
        if c.missingParents > 0 { out.append("\(plural(c.missingParents, "message answers", "messages answer")) a message missing from the log") }
        if c.duplicateIDs > 0 { out.append("\(plural(c.duplicateIDs, "message repeats", "messages repeat")) an id seen before; ignored") }
        if c.unattributed > 0 { out.append("\(plural(c.unattributed, "unanswered mention names", "unanswered mentions name")) no audited account; not counted for any account") }
        if c.weeksWithoutRota > 0 { out.append("\(plural(c.weeksWithoutRota, "week", "weeks")) before the latest \(options.rotaWeeks?.limit ?? RotaWeeks.defaultLimit) not planned: replies sent then are not judged against a rota") }
        if c.notMeasured > 0 { out.append("\(plural(c.notMeasured, "mention is", "mentions are")) not measured: the priority's SLA has no limit for the metric") }
        return out
    }
}
