/// Receives simulated mention outcomes one at a time, so a simulation's memory does not grow
/// with the number of mentions when only summaries are wanted.
///
/// The simulators call ``record(_:)`` exactly once per mention fed in: answered ones when an
/// agent starts on them (their start is known then), unanswered ones at the horizon end.
public protocol OutcomeAccumulator {
    /// Takes one mention's outcome.
    mutating func record(_ outcome: MentionOutcome)
}

/// Keeps every outcome in an array, in the order the simulator reported them — for tests and
/// small runs that need per-mention rows. Memory grows with the number of mentions.
public struct OutcomeLog: OutcomeAccumulator, Sendable {
    /// The outcomes received so far.
    public private(set) var outcomes: [MentionOutcome] = []

    /// An empty log.
    ///
    /// Complexity: O(1).
    public init() {}

    /// Appends `outcome`.
    ///
    /// Complexity: amortised O(1).
    public mutating func record(_ outcome: MentionOutcome) {
        outcomes.append(outcome)
    }
}
