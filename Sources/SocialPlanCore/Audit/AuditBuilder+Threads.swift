/// A mention found by joining the log's threads (indices into the builder's arrays).
struct JoinedMention: Sendable {
    // Four-byte fields first, then the one-byte ones: 22 bytes, a 24-byte stride.
    /// The mention's message.
    var head: Int32
    /// The account's message a follow-up answers (−1 for a first-reply mention).
    var previous: Int32
    /// The earliest eligible reply by an audited account (−1 none).
    var reply: Int32
    /// The account it is attributed to (author index; −1 until attributed).
    var account: Int32 = -1
    /// The head's time as the builder stores it (an offset), copied here when the mention is
    /// kept so the final sort compares contiguous values instead of chasing the time array.
    var start: Int32 = 0
    var metric: AuditMetric
    /// True when an account that is not audited answered it.
    var answeredByOther = false

    init(head: Int32, metric: AuditMetric, previous: Int32, reply: Int32, answeredByOther: Bool = false) {
        self.head = head
        self.previous = previous
        self.reply = reply
        self.metric = metric
        self.answeredByOther = answeredByOther
    }
}

/// The threads of the log, joined: which messages are mentions and which reply answers each.
struct JoinedThreads: Sendable {
    var mentions: [JoinedMention] = []
    /// True for messages whose id was seen before (ignored).
    var duplicate: [Bool] = []
    var badOrderReplies = 0, missingParents = 0, duplicates = 0
}

extension AuditBuilder {
    /// Joins replies to parents through `in_response_to` in any order (docs/audit.md, "threads").
    /// Complexity: O(n log n) for n messages (one sort of the ids, binary searches for parents).
    func joinThreads(isAccount: [Bool]) -> JoinedThreads {
        let n = ids.count
        var out = JoinedThreads()
        // One array serves three stages: parent indices; then, for customer messages, the head
        // of their stretch (path compression); then the mention of their stretch, coded as
        // −(index + 10). Outbound messages keep their parent index throughout.
        var link = parentIndices(&out)
        resolveStretches(&link, duplicate: out.duplicate)
        func isInbound(_ k: Int32) -> Bool { k >= 0 && flags[Int(k)] & 1 == 1 }
        out.mentions.reserveCapacity((0..<n).reduce(0) { $0 + (flags[$1] & 1 == 1 && !out.duplicate[$1] && !isInbound(link[$1]) ? 1 : 0) })
        for i in 0..<n where flags[i] & 1 == 1 && !out.duplicate[i] && !isInbound(link[i]) {
            let followUp = link[i] >= 0
            out.mentions.append(JoinedMention(head: Int32(i), metric: followUp ? .nextReply : .firstReply,
                                              previous: followUp ? link[i] : -1, reply: -1))
            link[i] = -Int32(out.mentions.count - 1) - 10
        }
        for i in 0..<n where flags[i] & 1 == 1 && !out.duplicate[i] && link[i] >= 0 { link[i] = link[Int(link[i])] }
        for j in 0..<n where flags[j] & 1 == 0 && !out.duplicate[j] && link[j] >= 0 {
            let p = Int(link[j])
            guard flags[p] & 1 == 1, link[p] <= -10 else { continue }
            let k = Int(-link[p] - 10)
            let m = out.mentions[k], h = Int(m.head)
            guard isAccount[Int(authors[j])] else { out.mentions[k].answeredByOther = true; continue }
            if times[j] < times[p] || times[j] < times[h] { out.badOrderReplies += 1; continue }
            if m.previous >= 0, authors[Int(m.previous)] != authors[j] { continue }
            let r = Int(m.reply)
            if r < 0 || times[j] < times[r] || (times[j] == times[r] && j < r) { out.mentions[k].reply = Int32(j) }
        }
        return out
    }

    /// Each message's parent index: −1 without a parent, −2 when the parent is missing from the
    /// log; marks duplicate ids in `out`. The sorted id index lives only here, so its memory is
    /// released before the join allocates more. Complexity: O(n log n).
    private func parentIndices(_ out: inout JoinedThreads) -> [Int32] {
        let n = ids.count
        let ids = self.ids
        var order = Array(0..<Int32(n))
        AuditHeapSort.sort(&order) { (a: Int32, b: Int32) -> Bool in
            let ka = ids[Int(a)], kb = ids[Int(b)]
            return ka != kb ? ka < kb : a < b
        }
        out.duplicate = Array(repeating: false, count: n)
        for k in order.indices.dropFirst() where ids[Int(order[k])] == ids[Int(order[k - 1])] {
            out.duplicate[Int(order[k])] = true
            out.duplicates += 1
        }
        func find(_ key: UInt64) -> Int32? {
            var lo = 0, hi = order.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if ids[Int(order[mid])] < key { lo = mid + 1 } else { hi = mid }
            }
            return lo < order.count && ids[Int(order[lo])] == key ? order[lo] : nil
        }
        var parent = [Int32](repeating: -1, count: n)
        for i in 0..<n where parents[i] != AuditIDKeys.none && !out.duplicate[i] {
            if let p = find(parents[i]), Int(p) != i { parent[i] = p } else { parent[i] = -2; out.missingParents += 1 }
        }
        return parent
    }

    /// Replaces the parent of every customer message that continues a stretch with the
    /// stretch's head: the first message, following parents while they are customer messages.
    /// Heads keep their own parent (outbound, −1 or −2). A cycle of ids (bad data) ends at the
    /// message where it closes, which becomes a head without a parent (−1). While a path is
    /// walked its links are coded −(parent + 5) to spot a cycle without extra memory.
    /// Complexity: O(n) (path compression: each message is walked once).
    private func resolveStretches(_ link: inout [Int32], duplicate: [Bool]) {
        var path: [Int] = []
        for i in link.indices where flags[i] & 1 == 1 && !duplicate[i] {
            var k = i, head = i
            path.removeAll(keepingCapacity: true)
            while true {
                let p = link[k]
                if p <= -5 { head = k; link[k] = -1; break }
                guard p >= 0, flags[Int(p)] & 1 == 1 else { head = k; break }
                link[k] = -p - 5
                path.append(k)
                k = Int(p)
            }
            for x in path where x != head { link[x] = Int32(head) }
        }
    }
}
