/// The running tallies of every author with something to report, by author index; an author's
/// tally opens on its first count (audited accounts open at once: they are reported even with no
/// activity).
struct AuditTallies: Sendable {
    private var byAuthor: [AuditAccountTally?]
    private let slas: [ServiceLevel]

    /// No tallies for `authors` author indices but those of `opened`.
    init(authors: Int, slas: [ServiceLevel], opened: [Int32]) {
        self.slas = slas
        byAuthor = Array(repeating: nil, count: authors)
        for a in opened { open(Int(a)) }
    }

    private mutating func open(_ a: Int) {
        if byAuthor[a] == nil { byAuthor[a] = AuditAccountTally(slas: slas) }
    }

    /// Counts a mention for author `a` (see ``AuditAccountTally/count(sla:metric:status:replySeconds:slaSeconds:agent:hourOfWeek:)``).
    mutating func countMention(of a: Int, sla: Int?, metric: AuditMetric, status: ReplyStatus?, replySeconds: UInt32?,
                               slaSeconds: UInt32?, agent: Int32?, hourOfWeek: Int) {
        open(a)
        byAuthor[a]?.count(sla: sla, metric: metric, status: status, replySeconds: replySeconds, slaSeconds: slaSeconds,
                           agent: agent, hourOfWeek: hourOfWeek)
    }

    /// Counts a message author `a` sent (see ``AuditAccountTally/countMessage(agent:outside:)``).
    mutating func countMessage(of a: Int, agent: Int32?, outside: Bool?) {
        open(a)
        byAuthor[a]?.countMessage(agent: agent, outside: outside)
    }

    /// Adds the tallies of `other` (made for the same authors and SLAs over other rows).
    /// Complexity: O(authors + other's rows).
    mutating func merge(_ other: AuditTallies) {
        for a in other.byAuthor.indices {
            guard let theirs = other.byAuthor[a] else { continue }
            if byAuthor[a] == nil { byAuthor[a] = theirs } else { byAuthor[a]!.merge(theirs) }
        }
    }

    /// The authors with a tally, in author-index order.
    var opened: [Int] {
        byAuthor.indices.filter { byAuthor[$0] != nil }
    }

    /// Author `a`'s tally, moved out (its slot is emptied), so that a report built from it does
    /// not keep both alive: with 100,000 accounts each tally is some kilobytes.
    mutating func take(_ a: Int) -> AuditAccountTally? {
        defer { byAuthor[a] = nil }
        return byAuthor[a]
    }
}
