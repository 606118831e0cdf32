/// The triage view of a reply log as one call (`socialplan triage`): the audit attributes the
/// mentions to accounts and counts them per priority; while the log is read, the triage
/// matcher's decision is kept for the sample.
public enum Triage {
    /// How many mentions the view samples by default.
    public static let defaultSample = 20

    /// Triage of the mentions `read` hands over, for `accounts` (matched as in the audit; all
    /// accounts when empty) in `since ..< until`, with a deterministic sample of `sample` mentions: those with the
    /// smallest hash of their id (the same whatever the log's order). With accounts the sample
    /// is drawn from the 50 × `sample` inbound messages with the smallest hashes (at most
    /// 100,000), so an account with a small share of a large log may show fewer.
    /// Complexity: that of the audit, plus O(log k) per inbound message for k kept.
    public static func run(strategy: Strategy, accounts: [String] = [], since: Int? = nil, until: Int? = nil,
                           sample: Int = defaultSample, logName: String,
                           read: (_ add: (LogMessage) -> Void) throws -> LogReadSummary) rethrows -> TriageReport {
        let options = AuditOptions(strategy: strategy, accounts: accounts, since: since, until: until)
        let slas = options.slas
        let matcher = TriageMatcher(triage: options.triage, slas: slas, defaultPriority: options.defaultPriority)
        let keep = accounts.isEmpty ? sample : min(100_000, sample * 50)
        var kept = TriageSampleHeap(capacity: max(0, keep))
        var defaulted = Set<UInt64>()
        var builder = AuditBuilder(options: options)
        let summary = try read { message in
            builder.add(message)
            guard message.inbound else { return }
            let fromLog = message.priority.map { p in slas.contains { $0.priority.lowercased() == p.lowercased() } } ?? false
            if !fromLog, matcher.decision(for: message.text).kind == .default { defaulted.insert(TriageSampleHeap.key(message.id)) }
            kept.offer(message)
        }
        var audit = builder.finish()
        audit.source = AuditSource(name: logName, summary: summary)
        var counts = slas.map { TriageReport.PriorityCount(priority: $0.priority, mentions: 0, byDefault: 0) }
        var accountOf: [String: String] = [:]
        for row in audit.rows {
            accountOf[row.id] = row.account
            guard let i = slas.firstIndex(where: { $0.priority == row.priority }) else { continue }
            counts[i].mentions += 1
            if defaulted.contains(TriageSampleHeap.key(row.id)) { counts[i].byDefault += 1 }
        }
        let lines = kept.sorted().compactMap { m -> TriageReport.Line? in
            guard let account = accountOf[m.id] else { return nil }
            return line(m, account: account, matcher: matcher, slas: slas)
        }
        return TriageReport(accounts: audit.accounts.map(\.account), defaultPriority: options.defaultPriority,
                            mentions: audit.rows.count, priorities: counts, sample: Array(lines.prefix(sample)),
                            sampleSize: sample, source: audit.source, unknownAccounts: audit.unknownAccounts)
    }

    /// What decided `m`: the log's priority column when it names an SLA, else triage.
    static func line(_ m: LogMessage, account: String, matcher: TriageMatcher, slas: [ServiceLevel]) -> TriageReport.Line {
        if let p = m.priority, let sla = slas.first(where: { $0.priority.lowercased() == p.lowercased() }) {
            return TriageReport.Line(id: m.id, account: account, priority: sla.priority, decidedBy: "column", entry: nil, text: m.text, spans: [])
        }
        let d = matcher.decision(for: m.text)
        let priority = d.priorityIndex.map { slas[$0].priority } ?? slas.last?.priority ?? "none"
        return TriageReport.Line(id: m.id, account: account, priority: priority, decidedBy: d.kind.rawValue, entry: d.entry,
                                 text: m.text, spans: d.spans)
    }
}

/// The k inbound messages with the smallest id hashes seen so far (a max-heap on the hash;
/// equal hashes are told apart by the id). Complexity: O(log k) per offer.
struct TriageSampleHeap {
    private var heap: [(key: UInt64, message: LogMessage)] = []
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// FNV-1a over the id's bytes, then a final mix so that sequential ids spread.
    static func key(_ id: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        h ^= h >> 33; h &*= 0xFF51_AFD7_ED55_8CCD; h ^= h >> 33
        return h
    }

    private static func less(_ a: (key: UInt64, message: LogMessage), _ b: (key: UInt64, message: LogMessage)) -> Bool {
        a.key != b.key ? a.key < b.key : a.message.id < b.message.id
    }

    mutating func offer(_ m: LogMessage) {
        guard capacity > 0 else { return }
        let item = (key: Self.key(m.id), message: m)
        if heap.count < capacity {
            heap.append(item)
            var i = heap.count - 1
            while i > 0, Self.less(heap[(i - 1) / 2], heap[i]) { heap.swapAt(i, (i - 1) / 2); i = (i - 1) / 2 }
        } else if Self.less(item, heap[0]) {
            heap[0] = item
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var top = i
                if l < heap.count, Self.less(heap[top], heap[l]) { top = l }
                if r < heap.count, Self.less(heap[top], heap[r]) { top = r }
                if top == i { break }
                heap.swapAt(i, top)
                i = top
            }
        }
    }

    /// The kept messages, smallest hash first.
    func sorted() -> [LogMessage] { heap.sorted(by: Self.less).map(\.message) }
}
