/// What one replication found for one ``SLAMeasure``: every week mention of that priority and
/// metric with its outcome, and the reply times of the answered ones on the measure's clock.
public struct MeasureTally: Sendable, Hashable {
    /// Answered at or before the due instant.
    public internal(set) var met = 0
    /// Answered after the due instant.
    public internal(set) var breached = 0
    /// Unanswered at the end of the week, not yet due.
    public internal(set) var pending = 0
    /// Unanswered at the end of the week and past due.
    public internal(set) var breachedUnanswered = 0
    /// Reply times of answered mentions, in seconds on the measure's clock.
    public internal(set) var replyTimes = ReplyTimeHistogram()

    /// Creates an empty tally.
    public init() {}

    /// Every mention judged: met + breached + pending + breached unanswered.
    public var mentions: Int { met + breached + pending + breachedUnanswered }
    /// Answered mentions.
    public var answered: Int { met + breached }
    /// Both kinds of breach.
    public var breaches: Int { breached + breachedUnanswered }

    /// Met share of the mentions that can be judged (pending ones cannot yet), `nil` when none.
    public var attainment: Double? {
        let judged = met + breaches
        return judged > 0 ? Double(met) / Double(judged) : nil
    }

    /// Counts one outcome; `onClock` is the reply time on the measure's clock (answered only).
    ///
    /// Complexity: O(1).
    mutating func add(_ status: ReplyStatus, onClock seconds: Int) {
        switch status {
        case .met: met += 1
        case .breached: breached += 1
        case .pending: pending += 1
        case .breachedUnanswered: breachedUnanswered += 1
        }
        if status == .met || status == .breached { replyTimes.add(Double(seconds)) }
    }
}
