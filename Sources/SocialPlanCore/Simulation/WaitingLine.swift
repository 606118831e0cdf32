import DequeModule
import HeapModule

/// The mentions waiting for an agent, in the order a ``QueueDiscipline`` serves them.
///
/// - `priority`: one first-in, first-out deque per priority level; the next mention is the
///   head of the first non-empty level. O(1) to add, O(P) to take for P levels.
/// - `earliest-deadline`: a min-heap on (due, arrival, id, sequence). HeapModule's order is
///   unstable for equal keys, so the enqueue sequence number settles every remaining tie the
///   same way on every run. O(log W) to add and to take for W waiting.
struct WaitingLine: Sendable {
    /// A waiting mention in the deadline heap.
    struct DeadlineEntry: Comparable, Sendable {
        var mention: SimulatedMention
        var sequence: UInt64

        static func < (a: DeadlineEntry, b: DeadlineEntry) -> Bool {
            if a.mention.due != b.mention.due { return a.mention.due < b.mention.due }
            if a.mention.arrival != b.mention.arrival { return a.mention.arrival < b.mention.arrival }
            if a.mention.id != b.mention.id { return a.mention.id < b.mention.id }
            return a.sequence < b.sequence
        }

        static func == (a: DeadlineEntry, b: DeadlineEntry) -> Bool { !(a < b) && !(b < a) }
    }

    let discipline: QueueDiscipline
    private var byPriority: [Deque<SimulatedMention>]
    private var byDeadline = Heap<DeadlineEntry>()
    private var sequence: UInt64 = 0
    /// Mentions waiting.
    private(set) var count = 0

    /// An empty line for `levels` priority levels (≥ 1).
    init(discipline: QueueDiscipline, levels: Int) {
        self.discipline = discipline
        byPriority = Array(repeating: Deque<SimulatedMention>(), count: discipline == .priority ? max(1, levels) : 0)
    }

    /// Adds a mention (its priority must index a level).
    mutating func append(_ mention: SimulatedMention) {
        count += 1
        switch discipline {
        case .priority:
            byPriority[mention.priority].append(mention)
        case .earliestDeadline:
            byDeadline.insert(DeadlineEntry(mention: mention, sequence: sequence))
            sequence &+= 1
        }
    }

    /// Takes the mention the discipline serves next, nil when none waits.
    mutating func popNext() -> SimulatedMention? {
        guard count > 0 else { return nil }
        switch discipline {
        case .priority:
            guard let level = byPriority.firstIndex(where: { !$0.isEmpty }),
                  let mention = byPriority[level].popFirst() else { return nil }
            count -= 1
            return mention
        case .earliestDeadline:
            guard let entry = byDeadline.popMin() else { return nil }
            count -= 1
            return entry.mention
        }
    }

    /// Every waiting mention in serving order, leaving the line empty.
    ///
    /// Complexity: O(W) for priority, O(W log W) for earliest-deadline.
    mutating func drain() -> [SimulatedMention] {
        var all: [SimulatedMention] = []
        all.reserveCapacity(count)
        switch discipline {
        case .priority:
            for level in byPriority.indices {
                all.append(contentsOf: byPriority[level])
                byPriority[level].removeAll()
            }
        case .earliestDeadline:
            while let entry = byDeadline.popMin() { all.append(entry.mention) }
        }
        count = 0
        return all
    }
}
