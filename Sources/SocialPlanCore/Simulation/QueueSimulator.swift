import DequeModule
import HeapModule

/// Discrete-event simulation of a care team answering mentions: several agents, priorities,
/// and a staffing level that changes step by step.
///
/// **Queue discipline.** Priority first (index 0 before 1 …), then oldest first; mentions of one
/// priority are served first in, first out. Any idle agent takes the head of the queue at once.
///
/// **Events and ties.** Three event streams are merged by time: agent completions (a heap
/// ordered by time, then a sequence number, see ``CompletionEvent``), staffing steps (at
/// `k·stepSeconds`) and arrivals (the caller's sorted sequence, read lazily). At equal times a
/// completion comes first, then a staffing step, then an arrival, so an agent freed at `t` can
/// take a mention arriving at `t`, and a mention arriving exactly at a shift start sees the
/// new shift. After every event, idle agents take waiting mentions.
///
/// **Shift ends (no preemption).** Agents are interchangeable, so staffing is tracked as
/// counts. When a step has fewer agents than are on duty, idle agents leave at once; if that
/// is not enough, busy agents finish the mention in hand and then leave (a departure is
/// owed and taken by the next completions). When a step has more agents, fresh agents arrive
/// idle; departures still owed by the previous shift are kept.
///
/// **Horizon.** The run ends at ``StaffingTimeline/horizon``. Mentions an agent started are
/// answered (their start time is known when they start, so a mention in hand at the horizon
/// is answered). Mentions still queued, and those arriving at or after the horizon, are
/// reported as unanswered, priority first then oldest first. Every mention fed in is
/// reported exactly once: arrivals = answered + unanswered.
///
/// **Memory.** Outcomes are streamed to an ``OutcomeAccumulator`` as they are decided; the
/// simulator itself holds only the waiting mentions and one heap entry per busy agent.
public struct QueueSimulator: Sendable {
    /// Who is on duty when.
    public let staffing: StaffingTimeline
    /// Number of priority levels; mention priorities must lie in `0..<priorityLevels`.
    public let priorityLevels: Int

    /// A simulator for the given staffing and number of priorities (≥ 1).
    ///
    /// Complexity: O(1).
    public init(staffing: StaffingTimeline, priorityLevels: Int = 1) {
        precondition(priorityLevels >= 1, "at least one priority level")
        self.staffing = staffing
        self.priorityLevels = priorityLevels
    }

    /// Simulates `arrivals` (sorted by arrival time, priorities in range) and reports every
    /// mention's outcome to `accumulator`.
    ///
    /// - Precondition: arrivals are sorted by time, not NaN, and priorities are in range
    ///   (programmer errors: the caller generates them).
    ///
    /// Complexity: O(M·(log B + P) + S) for M mentions, at most B agents busy at once,
    /// P priority levels and S staffing steps; memory O(B + queued mentions).
    public func run<Arrivals: Sequence<SimulatedMention>, Accumulator: OutcomeAccumulator>(
        arrivals: Arrivals, into accumulator: inout Accumulator
    ) {
        var state = AgentPool()
        var queue = Array(repeating: Deque<SimulatedMention>(), count: priorityLevels)
        var waiting = 0
        var completions = Heap<CompletionEvent>()
        var sequence: UInt64 = 0
        var step = 0
        let steps = staffing.agentsOnDuty.count
        let horizon = staffing.horizon
        var iterator = arrivals.makeIterator()
        var next = iterator.next()
        var lastArrival = -Double.infinity

        while true {
            let completionTime = completions.min?.time ?? .infinity
            let stepTime = step < steps ? staffing.start(ofStep: step) : .infinity
            let arrivalTime = next?.arrival ?? .infinity
            let now = min(completionTime, stepTime, arrivalTime)
            if now >= horizon { break }
            if completionTime <= stepTime && completionTime <= arrivalTime {
                _ = completions.popMin()
                state.finishOne()
            } else if stepTime <= arrivalTime {
                state.staff(staffing.agentsOnDuty[step])
                step += 1
            } else if let mention = next {
                precondition(mention.arrival >= lastArrival, "arrivals must be sorted by time")
                precondition((0..<priorityLevels).contains(mention.priority), "priority out of range")
                lastArrival = mention.arrival
                queue[mention.priority].append(mention)
                waiting += 1
                next = iterator.next()
            }
            while state.idle > 0 && waiting > 0 {
                guard let level = queue.firstIndex(where: { !$0.isEmpty }),
                      let mention = queue[level].popFirst() else { break }
                waiting -= 1
                state.startOne()
                completions.insert(CompletionEvent(time: now + mention.handleTime, sequence: sequence))
                sequence &+= 1
                accumulator.record(MentionOutcome(mention: mention, start: now))
            }
        }
        for level in queue.indices {
            for mention in queue[level] {
                accumulator.record(MentionOutcome(mention: mention, start: nil))
            }
        }
        while let mention = next {
            precondition(mention.arrival >= lastArrival, "arrivals must be sorted by time")
            lastArrival = mention.arrival
            accumulator.record(MentionOutcome(mention: mention, start: nil))
            next = iterator.next()
        }
    }
}
