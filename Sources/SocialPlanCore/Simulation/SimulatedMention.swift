/// One customer mention fed to the queue simulator: when it arrives, how urgent it is and how
/// long an agent needs for it.
public struct SimulatedMention: Sendable, Hashable {
    /// A caller-chosen identifier, carried through to the ``MentionOutcome``.
    public var id: Int
    /// Arrival time in seconds since the start of the simulated horizon.
    public var arrival: Double
    /// Priority index: 0 is served first, then 1, and so on.
    public var priority: Int
    /// Handle time in seconds: how long an agent is busy with this mention once started.
    public var handleTime: Double

    /// Creates a mention.
    ///
    /// Complexity: O(1).
    public init(id: Int, arrival: Double, priority: Int, handleTime: Double) {
        self.id = id
        self.arrival = arrival
        self.priority = priority
        self.handleTime = handleTime
    }
}
