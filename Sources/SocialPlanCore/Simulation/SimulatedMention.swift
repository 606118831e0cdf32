/// One customer mention fed to the queue simulator: when it arrives, how urgent it is, when its
/// SLA limit runs out and how long an agent needs for it.
public struct SimulatedMention: Sendable, Hashable {
    /// A follow-up decided when its first contact was generated: the customer writes again
    /// after the account's reply, so its arrival is only known once the first contact is answered.
    public struct PlannedFollowUp: Sendable, Hashable {
        /// The id the follow-up will carry (unique in its stream).
        public var id: Int
        /// Its handle time in seconds, drawn with the first contact's.
        public var handleTime: Double

        /// Creates a planned follow-up.
        ///
        /// Complexity: O(1).
        public init(id: Int, handleTime: Double) {
            self.id = id
            self.handleTime = handleTime
        }
    }

    /// A caller-chosen identifier, carried through to the ``MentionOutcome``.
    public var id: Int
    /// Arrival time in seconds since the start of the simulated horizon.
    public var arrival: Double
    /// Priority index: 0 is served first, then 1, and so on.
    public var priority: Int
    /// Handle time in seconds: how long an agent is busy with this mention once started.
    public var handleTime: Double
    /// When its SLA limit runs out, in simulator seconds on the SLA's clock (see
    /// ``MentionDeadlines``); `.infinity` when its priority has no limit for it. Only the
    /// earliest-deadline discipline reads it.
    public var due: Double
    /// For a follow-up, the id of the first contact whose thread it continues; nil for a first contact.
    public var firstContact: Int?
    /// For a first contact, the follow-up the customer sends after its reply, if any.
    public var followUp: PlannedFollowUp?

    /// True for a customer's follow-up (measured on `next_reply`), false for a first contact.
    public var isFollowUp: Bool { firstContact != nil }

    /// Creates a mention; without `due` it has no deadline, without `firstContact` it is a first
    /// contact, without `followUp` nobody writes again.
    ///
    /// Complexity: O(1).
    public init(id: Int, arrival: Double, priority: Int, handleTime: Double, due: Double = .infinity,
                firstContact: Int? = nil, followUp: PlannedFollowUp? = nil) {
        self.id = id
        self.arrival = arrival
        self.priority = priority
        self.handleTime = handleTime
        self.due = due
        self.firstContact = firstContact
        self.followUp = followUp
    }
}
