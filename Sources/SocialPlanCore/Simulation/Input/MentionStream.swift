/// One simulated week of first contacts, ready for ``QueueSimulator``: in arrival order, each
/// carrying its due time and, when the customer will write again, its planned follow-up.
///
/// Follow-ups are not in the stream: they arrive ``followUpDelay`` after their first contact's
/// reply, which only the simulation decides, so the simulator spawns them
/// (``SimulatedMention/firstContact`` names their thread).
public struct MentionStream: Sendable, Hashable {
    /// The span the arrival times are counted in (warm-up, then the week).
    public var span: SimulationSpan
    /// Every first contact, sorted by arrival, numbered `0, 1, …` in that order. Planned
    /// follow-ups are numbered after them, in the order they were drawn.
    public var mentions: [SimulatedMention]
    /// Seconds from a reply to the customer's follow-up (`mentions.followups.after`; 0 without).
    public var followUpDelay: Double
    /// The priority levels the mentions' `priority` indexes.
    public var priorities: PriorityMix

    /// Creates a stream.
    ///
    /// Complexity: O(1).
    public init(span: SimulationSpan, mentions: [SimulatedMention], followUpDelay: Double, priorities: PriorityMix) {
        self.span = span
        self.mentions = mentions
        self.followUpDelay = followUpDelay
        self.priorities = priorities
    }

    /// First contacts whose customer writes again after the reply.
    ///
    /// Complexity: O(mentions).
    public var plannedFollowUpCount: Int { mentions.reduce(0) { $0 + ($1.followUp == nil ? 0 : 1) } }

    /// Mentions arriving inside the week itself (not in the warm-up).
    ///
    /// Complexity: O(mentions).
    public var weekMentions: [SimulatedMention] { mentions.filter { $0.arrival >= span.weekStart } }
}
