/// A follow-up the simulator spawned at its first contact's reply, waiting in the arrival heap.
///
/// Ordered by arrival, then by id: ids are unique in a stream, so every tie breaks the same way
/// on every run and platform (HeapModule's order is unstable for equal keys).
struct FollowUpArrival: Comparable, Sendable {
    var mention: SimulatedMention

    static func < (a: FollowUpArrival, b: FollowUpArrival) -> Bool {
        a.mention.arrival != b.mention.arrival ? a.mention.arrival < b.mention.arrival : a.mention.id < b.mention.id
    }

    static func == (a: FollowUpArrival, b: FollowUpArrival) -> Bool {
        a.mention.arrival == b.mention.arrival && a.mention.id == b.mention.id
    }
}
