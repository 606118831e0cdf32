/// One mention measured against one reply-time limit: elapsed time on both clocks, the due
/// instant on the limit's clock, and the outcome. Instants are seconds since 1970 UTC.
public struct ReplyClockEvaluation: Sendable, Hashable {
    /// The clock the limit counts on.
    public var clock: ReplyClock
    /// When the clock started: the mention (`first_reply`) or the oldest unanswered follow-up
    /// (`next_reply`).
    public var start: Int
    /// The limit, in seconds on `clock`.
    public var targetSeconds: Int
    /// The reply that stopped the clock, if any.
    public var reply: Int?
    /// When observation ended (the end of the period audited or simulated).
    public var observationEnd: Int
    /// The earliest instant at which the limit is used up; nil when a business clock never
    /// reaches it inside the care calendar's span (no care hours at all, or the span ends first).
    public var due: Int?
    /// Real seconds from `start` to the reply, or to `observationEnd` when unanswered (never negative).
    public var elapsedCalendarSeconds: Int
    /// Business seconds over the same stretch as ``elapsedCalendarSeconds``.
    public var elapsedBusinessSeconds: Int
    /// The outcome.
    public var status: ReplyStatus

    /// Seconds on `clock` over the measured stretch: the number compared with the limit in reports.
    public var elapsedOnClock: Int {
        clock == .calendar ? elapsedCalendarSeconds : elapsedBusinessSeconds
    }
}
