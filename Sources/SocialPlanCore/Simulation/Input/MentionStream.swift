/// One simulated week of mentions, ready for ``QueueSimulator``: first contacts and follow-ups
/// merged in arrival order, with the thread each follow-up belongs to.
public struct MentionStream: Sendable, Hashable {
    /// The span the arrival times are counted in (warm-up, then the week).
    public var span: SimulationSpan
    /// Every mention, sorted by arrival, then by id. Ids are unique: first contacts are
    /// numbered `0, 1, …` in arrival order, follow-ups continue after them.
    public var mentions: [SimulatedMention]
    /// For each follow-up id, the id of the first contact it follows up (its thread); first
    /// contacts are not keys. A follow-up's `next_reply` clock starts at its own arrival.
    public var firstContactOfFollowUp: [Int: Int]
    /// The priority levels the mentions' `priority` indexes.
    public var priorities: PriorityMix

    /// Number of first contacts (mentions that are not follow-ups).
    public var firstContactCount: Int { mentions.count - firstContactOfFollowUp.count }

    /// True when `id` is a follow-up.
    ///
    /// Complexity: O(1).
    public func isFollowUp(_ id: Int) -> Bool { firstContactOfFollowUp[id] != nil }

    /// Mentions arriving inside the week itself (not in the warm-up).
    ///
    /// Complexity: O(mentions).
    public var weekMentions: [SimulatedMention] { mentions.filter { $0.arrival >= span.weekStart } }
}
