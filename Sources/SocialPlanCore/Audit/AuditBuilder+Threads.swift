/// A mention found by joining the log's threads (indices into the builder's arrays).
struct JoinedMention: Sendable {
    // Four-byte fields first, then the one-byte ones: 23 bytes, a 24-byte stride. Absent
    // messages are stored as −1 and read as nil.
    /// The mention's message.
    var head: Int32
    private var previousIndex: Int32
    private var replyIndex: Int32 = -1
    /// The account it is attributed to (author index), once attributed; the roll-up briefly
    /// stores the account's rank here to sort without a key array.
    var account: Int32 = -1
    /// The head's time as the builder stores it (unsigned 32-bit seconds), copied here when the
    /// mention is kept so the final sort compares contiguous values instead of chasing the time array.
    var start: UInt32 = 0
    var metric: AuditMetric
    /// True when an account that is not audited answered it.
    var answeredByOther = false
    /// True for a follow-up whose every message only closes the conversation: no clock runs.
    var closed = false

    /// A mention headed by message `head`; a follow-up of account message `previous`.
    init(head: Int, previous: Int?) {
        self.head = Int32(head)
        self.previousIndex = previous.map(Int32.init) ?? -1
        self.metric = previous == nil ? .firstReply : .nextReply
    }

    /// The account's message a follow-up follows; nil for a first-reply mention.
    var previous: Int? { previousIndex >= 0 ? Int(previousIndex) : nil }

    /// The earliest eligible reply by an audited account, if any.
    var reply: Int? {
        get { replyIndex >= 0 ? Int(replyIndex) : nil }
        set { replyIndex = newValue.map(Int32.init) ?? -1 }
    }
}

/// The threads of the log, joined: which messages are mentions and which reply answers each.
struct JoinedThreads: Sendable {
    var mentions: [JoinedMention] = []
    /// True for messages whose id was seen before (ignored).
    var duplicate: [Bool] = []
    var badOrderReplies = 0, missingParents = 0, duplicates = 0

    /// The mentions, moved out (so the caller can change them in place without a copy).
    mutating func takeMentions() -> [JoinedMention] {
        defer { mentions = [] }
        return mentions
    }
}

extension AuditBuilder {
    /// Joins replies to parents through `in_response_to` in any order (docs/audit.md, "threads"),
    /// in four steps over one ``ThreadLinks`` array: link parents, resolve the stretches of
    /// customer messages, open a mention per stretch, find each mention's reply.
    /// Complexity: O(n log n) for n messages (one sort of the ids, binary searches for parents).
    /// The parents' ids are released once linked (nothing after reads them), so that the
    /// mentions and tallies that follow do not add to them.
    mutating func joinThreads(isAccount: [Bool]) -> JoinedThreads {
        var out = JoinedThreads()
        var links = linkParents(&out)
        parents = []
        resolveStretches(&links, duplicate: out.duplicate)
        openMentions(&links, &out)
        findReplies(links, isAccount: isAccount, &out)
        return out
    }

    /// Each message's parent: `root` when it names none, `missingParent` when the id it names is
    /// not in the log (or is its own); marks duplicate ids in `out`. The sorted id index lives only here, so its memory is released
    /// before the join allocates more. Complexity: O(n log n); O(n) plus a binary search per
    /// parent when the ids are already in order (no index is built then).
    private func linkParents(_ out: inout JoinedThreads) -> ThreadLinks {
        let n = ids.count
        let ids = self.ids
        out.duplicate = Array(repeating: false, count: n)
        // A log in id order (exports usually are) needs no index: its positions are the order.
        // Otherwise positions sorted by (id, position), so duplicates follow their first.
        let order = Self.isNonDecreasing(ids) ? [] : Self.keyOrder(ids, parallel: n >= parallelMinimum)
        let sorted = order.isEmpty
        let positions = order
        @Sendable @inline(__always) func at(_ k: Int) -> Int { sorted ? k : Int(positions[k]) }
        for k in 1..<max(n, 1) where ids[at(k)] == ids[at(k - 1)] {
            out.duplicate[at(k)] = true
            out.duplicates += 1
        }
        // The first message with a key (duplicates sort after it), or nil.
        @Sendable func find(_ key: UInt64) -> Int32? {
            var lo = 0, hi = n
            while lo < hi {
                let mid = (lo + hi) / 2
                if ids[at(mid)] < key { lo = mid + 1 } else { hi = mid }
            }
            return lo < n && ids[at(lo)] == key ? Int32(at(lo)) : nil
        }
        // The binary searches, the join's largest cost, run on two threads.
        let parents = self.parents, duplicate = out.duplicate
        let links = ThreadLinks(count: n, parts: n >= parallelMinimum ? 2 : 1) { i -> ThreadLink in
            guard parents[i] != AuditIDKeys.none && !duplicate[i] else { return .root }
            if let p = find(parents[i]), Int(p) != i { return .parent(p) }
            return .missingParent
        }
        for i in 0..<n where links[i] == .missingParent { out.missingParents += 1 }
        return links
    }

    /// Positions of `keys` sorted by (key, position). A log out of id order is usually nearly in
    /// order (a few late messages), so the positions below the running maximum are set aside,
    /// sorted, and merged with the others, which are in order already; when more than half are
    /// out of order, all are sorted. Memory: the result, plus the set-aside positions and a bit
    /// per position. Complexity: O(n + r log r) for r positions set aside; O(n log n) at worst.
    static func keyOrder(_ keys: [UInt64], parallel: Bool) -> [Int32] {
        let n = keys.count
        var late: [Int32] = [], isLate = [UInt64](repeating: 0, count: (n + 63) / 64)
        var highest: UInt64 = 0
        for i in 0..<n {
            if keys[i] >= highest {
                highest = keys[i]
            } else {
                late.append(Int32(i))
                isLate[i >> 6] |= 1 << UInt64(i & 63)
                if late.count > n / 2 { break }
            }
        }
        @Sendable func less(_ a: Int32, _ b: Int32) -> Bool {
            let ka = keys[Int(a)], kb = keys[Int(b)]
            return ka != kb ? ka < kb : a < b
        }
        guard late.count <= n / 2 else {
            var order = Array(0..<Int32(n))
            AuditHeapSort.sort(&order, parallel: parallel, by: less)
            return order
        }
        AuditHeapSort.sort(&late, parallel: parallel && late.count >= 1 << 16, by: less)
        var order = [Int32](repeating: 0, count: n)
        order.withUnsafeMutableBufferPointer { out in
            var k = 0, l = 0, i = 0
            while i < n {
                if isLate[i >> 6] & (1 << UInt64(i & 63)) != 0 { i += 1; continue }
                while l < late.count && less(late[l], Int32(i)) {
                    out[k] = late[l]
                    k += 1
                    l += 1
                }
                out[k] = Int32(i)
                k += 1
                i += 1
            }
            while l < late.count {
                out[k] = late[l]
                k += 1
                l += 1
            }
        }
        return order
    }

    /// True when every key is at least the one before it. Complexity: O(n).
    static func isNonDecreasing(_ keys: [UInt64]) -> Bool {
        keys.withUnsafeBufferPointer { b in
            var k = 1
            while k < b.count {
                if b[k] < b[k - 1] { return false }
                k += 1
            }
            return true
        }
    }

    /// Links every customer message that continues a stretch to the stretch's head: the first
    /// message, following parents while they are customer messages. Heads keep their own link
    /// (an account's message as parent, `root` or `missingParent`). A cycle of ids (bad data)
    /// ends at the message where it closes, which becomes a head without a parent (`root`).
    /// Complexity: O(n) (path compression: each message is walked once).
    private func resolveStretches(_ links: inout ThreadLinks, duplicate: [Bool]) {
        var path: [Int] = []
        for i in 0..<ids.count where inbound[i] && !duplicate[i] {
            var k = i, head = i
            path.removeAll(keepingCapacity: true)
            walk: while true {
                switch links[k] {
                case .visiting:
                    head = k
                    links[k] = .root
                    break walk
                case .parent(let p) where inbound[Int(p)]:
                    links[k] = .visiting
                    path.append(k)
                    k = Int(p)
                default:
                    head = k
                    break walk
                }
            }
            for x in path where x != head { links[x] = .parent(Int32(head)) }
        }
    }

    /// True when customer message `i` (not a duplicate) heads its stretch once stretches are
    /// resolved: its parent is absent, missing or an account's message.
    private func isStretchHead(_ i: Int, _ links: ThreadLinks) -> Bool {
        if case .parent(let p) = links[i], inbound[Int(p)] { return false }
        return true
    }

    /// Opens a mention for every stretch's head (a follow-up when its parent is an account's
    /// message) and links every customer message to its stretch's mention. Complexity: O(n).
    private func openMentions(_ links: inout ThreadLinks, _ out: inout JoinedThreads) {
        let n = ids.count
        let heads = (0..<n).reduce(0) { $0 + (inbound[$1] && !out.duplicate[$1] && isStretchHead($1, links) ? 1 : 0) }
        out.mentions.reserveCapacity(heads)
        for i in 0..<n where inbound[i] && !out.duplicate[i] && isStretchHead(i, links) {
            let previous: Int? = if case .parent(let p) = links[i] { Int(p) } else { nil }
            var mention = JoinedMention(head: i, previous: previous)
            mention.closed = previous != nil && closing[i]
            out.mentions.append(mention)
            links[i] = .mention(Int32(out.mentions.count - 1))
        }
        for i in 0..<n where inbound[i] && !out.duplicate[i] {
            if case .parent(let head) = links[i] { links[i] = links[Int(head)] }
            // One message of the stretch that asks for more keeps the clock running.
            if !closing[i], case .mention(let k) = links[i] { out.mentions[Int(k)].closed = false }
        }
    }

    /// Gives each mention its earliest eligible reply by an audited account: an account's
    /// message whose parent belongs to the mention's stretch, not earlier than its parent nor the
    /// mention, and for a follow-up from the followed account. Complexity: O(n).
    private func findReplies(_ links: ThreadLinks, isAccount: [Bool], _ out: inout JoinedThreads) {
        for j in 0..<ids.count where !inbound[j] && !out.duplicate[j] {
            guard case .parent(let parent) = links[j] else { continue }
            let p = Int(parent)
            guard inbound[p], case .mention(let k) = links[p] else { continue }
            let m = out.mentions[Int(k)], h = Int(m.head)
            guard isAccount[Int(authors[j])] else { out.mentions[Int(k)].answeredByOther = true; continue }
            if times[j] < times[p] || times[j] < times[h] { out.badOrderReplies += 1; continue }
            if let previous = m.previous, authors[previous] != authors[j] { continue }
            if let r = m.reply, times[j] > times[r] || (times[j] == times[r] && j > r) { continue }
            out.mentions[Int(k)].reply = j
        }
    }
}
