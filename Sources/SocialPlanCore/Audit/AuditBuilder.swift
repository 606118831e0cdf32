/// Builds an audit from a reply log read as a stream: `add` every message in any order, then
/// `finish` (docs/audit.md).
///
/// Each message is reduced on arrival to compact fields — id and parent keys, author index,
/// time, direction, priority index, agent or `@handle` index — and its text is dropped: triage
/// keywords, the agent signature and the addressed handle are decided at once. About 30 bytes
/// per message, so three million messages take about 90 MB (plus array growth; see
/// ``reserveCapacity(_:)``). Threads are joined in `finish`.
public struct AuditBuilder: Sendable {
    /// The options the audit runs with.
    public let options: AuditOptions
    let triage: TriageMatcher
    /// Lowercased audited account names (empty = every non-numeric outbound author), by bytes.
    let accountHandleKeys: AuditByteKeys

    // One entry per message added, in order: about 30 bytes a message (docs/audit.md).
    var ids: [UInt64] = [], parents: [UInt64] = []
    /// An account's message: its author's index in `authorNames`. A customer's: −1 (never read:
    /// customers are not reported).
    var authors: [Int32] = []
    var times = AuditTimes()
    var inbound: [Bool] = []
    /// True for a customer's message that only closes the conversation (its text, or the log's
    /// status column; docs/audit.md, "Closed conversations").
    var closing: [Bool] = []
    var priorities = AuditPriorities()
    /// The agent of an account's message, the addressed handle of a customer's.
    var names = AuditMessageNames()
    var idKeys = AuditIDKeys()
    var authorNames = AuditStringTable(), agentNames = AuditStringTable(), handles = AuditStringTable()
    /// `finish` splits a step over two threads from this many items on (mentions to measure
    /// and sort, messages to link); below it a thread costs more than it saves. Tests lower it
    /// to check that the parts give the one-thread result.
    var parallelMinimum = 1 << 17
    /// Audited accounts, lowercased, to their author index (the first `accounts` entries).
    var accountSlots: [String: Int32] = [:]
    /// Per audited account: true once the log wrote a message by it (its spelling is then the log's).
    var accountSeen: [Bool] = []

    /// Starts an empty audit.
    public init(options: AuditOptions) {
        self.options = options
        self.triage = TriageMatcher(triage: options.triage, slas: options.slas, defaultPriority: options.defaultPriority)
        var keys = AuditByteKeys()
        for name in options.accounts { keys.set(name.lowercased(), 0) }
        self.accountHandleKeys = keys
        // Audited accounts exist even when they never replied: unanswered mentions can name them.
        for name in options.accounts where accountSlots[name.lowercased()] == nil {
            accountSlots[name.lowercased()] = authorNames.intern(name)
        }
        accountSeen = Array(repeating: false, count: authorNames.count)
    }

    /// The author index of an account's message: an audited account is matched ignoring case,
    /// and its name becomes the log's spelling the first time the log writes it.
    /// Complexity: O(length of the name) amortised.
    mutating func authorIndex(_ name: String) -> Int32 {
        if let i = authorNames.lookup(name) {
            if Int(i) < accountSeen.count, !accountSeen[Int(i)] {
                accountSeen[Int(i)] = true
                authorNames.rename(i, to: name)
            }
            return i
        }
        if !accountSlots.isEmpty, let i = accountSlots[name.lowercased()] {
            if !accountSeen[Int(i)] {
                accountSeen[Int(i)] = true
                authorNames.rename(i, to: name)
            } else {
                authorNames.alias(name, to: i)
            }
            return i
        }
        return authorNames.intern(name)
    }

    /// ``authorIndex(_:)`` for a name as the log's bytes: a name seen before is found without
    /// making a `String`. Complexity: O(length of the name) amortised.
    private mutating func authorIndex(bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if let i = authorNames.lookup(bytes: bytes), Int(i) >= accountSeen.count || accountSeen[Int(i)] { return i }
        return authorIndex(String(decoding: bytes, as: UTF8.self))
    }

    /// The agent of an account's row: the log's agent column, else the text's signature.
    private mutating func agentIndex(_ row: LogRow) -> Int32? {
        if let agent = row.agent, !agent.isEmpty { return agentNames.intern(bytes: agent) }
        if case .builtIn = options.signaturePattern, let decided = AgentSignature.asciiAgentRange(row.text) {
            return decided.map { agentNames.intern(bytes: UnsafeBufferPointer(rebasing: row.text[$0])) }
        }
        return options.signaturePattern.agent(bytes: row.text).map { agentNames.intern($0) }
    }

    /// Reserves room for `n` messages (a reader that knows the file size can avoid the
    /// doubling of growing arrays). Complexity: O(n).
    public mutating func reserveCapacity(_ n: Int) {
        ids.reserveCapacity(n); parents.reserveCapacity(n); authors.reserveCapacity(n); times.reserveCapacity(n)
        inbound.reserveCapacity(n); closing.reserveCapacity(n); priorities.reserveCapacity(n); names.reserveCapacity(n)
    }

    /// Messages added so far.
    public var count: Int { ids.count }

    /// Adds one message. Complexity: O(length of its text) amortised.
    public mutating func add(_ message: LogMessage) {
        message.withRow { add($0) }
    }

    /// Adds one row as the reader hands it over, without making a message: only an account's
    /// name, an agent or a handle becomes a `String` (interned), and a text only when a rule
    /// needs it as one. Complexity: O(length of its text) amortised.
    mutating func add(_ row: LogRow) {
        ids.append(idKeys.key(bytes: row.id))
        parents.append(row.inResponseTo.map { idKeys.key(bytes: $0) } ?? AuditIDKeys.none)
        // Customers' names are never used (only accounts are reported), so they are not kept:
        // with hundreds of thousands of customers that saves tens of megabytes.
        authors.append(row.inbound ? -1 : authorIndex(bytes: row.author))
        times.append(row.createdAt)
        inbound.append(row.inbound)
        // Only a follow-up (a customer message answering something) can close a conversation, so
        // first messages skip the phrase check: most of a log's inbound text is never scanned.
        closing.append(row.inbound && row.inResponseTo != nil
                       && (row.status.map { ClosingStatus.closes(LogRow.text($0)) } == true || options.closing.isClosing(bytes: row.text)))
        if row.inbound {
            priorities.append(priorityIndex(row))
            names.append(addressedHandle(bytes: row.text))
        } else {
            priorities.append(nil)
            names.append(agentIndex(row))
        }
    }

    /// The log's own priority when it names an SLA priority (case-insensitive), else triage.
    private func priorityIndex(_ row: LogRow) -> Int? {
        if let p = row.priority.map({ LogRow.text($0).lowercased() }), let i = options.slas.firstIndex(where: { $0.priority.lowercased() == p }),
           i < AuditPriorities.capacity {
            return i
        }
        let text = row.text
        return triage.priorityIndex(bytes: text, text: String(decoding: text, as: UTF8.self))
            .flatMap { $0 < AuditPriorities.capacity ? $0 : nil }
    }

    /// The agent who signed account message `j` (an index into `agentNames`), if one can be told.
    func agent(of j: Int) -> Int32? { names[j] }

    /// The audited account's handle customer message `i` addresses (an index into `handles`), if any.
    func addressedHandle(of i: Int) -> Int32? { names[i] }

    /// The first `@handle` in `text` naming an audited account, or with the default account set,
    /// the first `@handle` that is not all digits: its index in `handles` (lowercased), interned.
    /// Complexity: O(length).
    private mutating func addressedHandle(bytes u: UnsafeBufferPointer<UInt8>) -> Int32? {
        var i = 0
        while i < u.count {
            guard u[i] == 0x40 else { i += 1; continue }
            var j = i + 1
            while j < u.count, Self.isHandleByte(u[j]) { j += 1 }
            if j > i + 1 {
                // Lowercased in a scratch buffer on the stack (on the heap only for a long one).
                let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: j - i - 1) { scratch -> Int32? in
                    for k in 0..<(j - i - 1) {
                        let b = u[i + 1 + k]
                        scratch[k] = b &- 0x41 < 26 ? b | 0x20 : b
                    }
                    let h = UnsafeBufferPointer(scratch)
                    let audited = accountHandleKeys.isEmpty ? !h.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) : accountHandleKeys.find(h) != nil
                    return audited ? handles.intern(bytes: h) : nil
                }
                if let found { return found }
            }
            i = j
        }
        return nil
    }

    private static func isHandleByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }
}
