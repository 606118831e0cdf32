import HeapModule

/// Discrete-event simulation of a care team answering mentions: several agents, priorities,
/// a queue discipline, follow-ups that arrive after the reply, and a staffing level that
/// changes step by step.
///
/// **Queue discipline** (``QueueDiscipline``, see ``WaitingLine``). `priority`: priority first
/// (index 0 before 1 …), then oldest first; mentions of one priority are served first in,
/// first out. `earliestDeadline`: the waiting mention with the smallest ``SimulatedMention/due``,
/// ties by arrival, then id; mentions without a deadline (`.infinity`) come after all others,
/// oldest first. Either way an idle agent takes the next mention at once.
///
/// **Follow-ups.** A mention carrying a ``SimulatedMention/PlannedFollowUp`` spawns it when its
/// reply is sent (start + handle time): the follow-up arrives ``followUpDelay`` seconds later,
/// with the first contact's priority, its own planned id and handle time, and its due time
/// from ``deadlines`` (`next_reply`). The reply instant is known when the agent starts, so the
/// follow-up is put in the arrival heap then. A follow-up that would arrive at or after the
/// horizon is not spawned (the customer writes next week), and a first contact never started
/// before the horizon spawns none (the customer is still waiting for the reply).
///
/// **Events and ties.** Four event streams are merged by time: agent completions (a heap
/// ordered by time, then a sequence number, see ``CompletionEvent``), staffing steps (at
/// `k·stepSeconds`), the caller's arrivals (a sorted sequence, read lazily) and spawned
/// follow-ups (a heap ordered by arrival, then id, see ``FollowUpArrival``). At equal times a
/// completion comes first, then a staffing step, then the caller's arrival, then a spawned
/// follow-up, so an agent freed at `t` can take a mention arriving at `t`, and a mention
/// arriving exactly at a shift start sees the new shift. After every event, idle agents take
/// waiting mentions.
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
/// reported as unanswered, in serving order, then oldest first. Every mention fed in or
/// spawned is reported exactly once: arrivals + spawned follow-ups = answered + unanswered.
///
/// **Memory.** Outcomes are streamed to an ``OutcomeAccumulator`` as they are decided; the
/// simulator itself holds only the waiting mentions, one heap entry per busy agent and one per
/// follow-up not yet arrived.
public struct QueueSimulator: Sendable {
    /// Who is on duty when.
    public let staffing: StaffingTimeline
    /// Number of priority levels; mention priorities must lie in `0..<priorityLevels`.
    public let priorityLevels: Int
    /// The order waiting mentions are served in.
    public let discipline: QueueDiscipline
    /// Seconds from a first contact's reply to its follow-up's arrival (`mentions.followups.after`).
    public let followUpDelay: Double
    /// Due times of spawned follow-ups.
    public let deadlines: MentionDeadlines

    /// A simulator for the given staffing and number of priorities (≥ 1). `discipline` defaults
    /// to strict priority here, the neutral choice for hand-built streams without deadlines;
    /// strategies default to ``QueueDiscipline/default``.
    ///
    /// Complexity: O(1).
    public init(staffing: StaffingTimeline, priorityLevels: Int = 1, discipline: QueueDiscipline = .priority,
                followUpDelay: Double = 0, deadlines: MentionDeadlines = .none) {
        precondition(priorityLevels >= 1, "at least one priority level")
        precondition(followUpDelay >= 0, "follow-ups come after the reply")
        self.staffing = staffing
        self.priorityLevels = priorityLevels
        self.discipline = discipline
        self.followUpDelay = followUpDelay
        self.deadlines = deadlines
    }

    /// Simulates `arrivals` (sorted by arrival time, priorities in range) and the follow-ups
    /// they spawn, and reports every mention's outcome to `accumulator`.
    ///
    /// - Precondition: arrivals are sorted by time, not NaN, and priorities are in range
    ///   (programmer errors: the caller generates them).
    ///
    /// Complexity: O(M·(log B + log F + D) + S) for M mentions including spawned follow-ups,
    /// at most B agents busy and F follow-ups pending at once, S staffing steps, and D = P
    /// priority levels (priority) or log W for W waiting (earliest-deadline); memory
    /// O(B + F + waiting mentions).
    public func run<Arrivals: Sequence<SimulatedMention>, Accumulator: OutcomeAccumulator>(
        arrivals: Arrivals, into accumulator: inout Accumulator
    ) {
        var state = AgentPool()
        var line = WaitingLine(discipline: discipline, levels: priorityLevels)
        var completions = Heap<CompletionEvent>()
        var followUps = Heap<FollowUpArrival>()
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
            let followUpTime = followUps.min?.mention.arrival ?? .infinity
            let now = min(completionTime, stepTime, arrivalTime, followUpTime)
            if now >= horizon { break }
            if completionTime <= stepTime && completionTime <= arrivalTime && completionTime <= followUpTime {
                _ = completions.popMin()
                state.finishOne()
            } else if stepTime <= arrivalTime && stepTime <= followUpTime {
                state.staff(staffing.agentsOnDuty[step])
                step += 1
            } else if arrivalTime <= followUpTime, let mention = next {
                precondition(mention.arrival >= lastArrival, "arrivals must be sorted by time")
                precondition((0..<priorityLevels).contains(mention.priority), "priority out of range")
                lastArrival = mention.arrival
                line.append(mention)
                next = iterator.next()
            } else if let spawned = followUps.popMin() {
                line.append(spawned.mention)
            }
            while state.idle > 0, let mention = line.popNext() {
                state.startOne()
                let reply = now + mention.handleTime
                completions.insert(CompletionEvent(time: reply, sequence: sequence))
                sequence &+= 1
                if let planned = mention.followUp, reply + followUpDelay < horizon {
                    let arrival = reply + followUpDelay
                    followUps.insert(FollowUpArrival(mention: SimulatedMention(
                        id: planned.id, arrival: arrival, priority: mention.priority, handleTime: planned.handleTime,
                        due: deadlines.due(arrival: arrival, priority: mention.priority, isFollowUp: true),
                        firstContact: mention.id)))
                }
                accumulator.record(MentionOutcome(mention: mention, start: now))
            }
        }
        for mention in line.drain() {
            accumulator.record(MentionOutcome(mention: mention, start: nil))
        }
        while let mention = next {
            precondition(mention.arrival >= lastArrival, "arrivals must be sorted by time")
            lastArrival = mention.arrival
            accumulator.record(MentionOutcome(mention: mention, start: nil))
            next = iterator.next()
        }
        // Spawned only when arriving before the horizon, so every one was taken in above; kept
        // so that no mention can be lost if that ever changes.
        while let spawned = followUps.popMin() {
            accumulator.record(MentionOutcome(mention: spawned.mention, start: nil))
        }
    }
}
