/// When a simulated mention's SLA limit runs out, in simulator seconds: the due instant the
/// judge (``WeekOutcomeJudge``) measures it against, so the earliest-deadline queue serves
/// mentions in the order their promises expire.
///
/// A first contact counts its priority's `first_reply` limit, a follow-up its `next_reply`,
/// from its arrival, on the SLA's clock (``SLAClock``, with the same ``BusinessCalendar`` the
/// judge uses): on a business clock a mention written on Friday evening is due on Monday
/// morning. Arrival instants are rounded to the second, as the judge rounds them. A mention
/// whose priority has no limit for it, or whose business clock never reaches the limit inside
/// the calendar's span, has no deadline (`.infinity`).
public struct MentionDeadlines: Sendable {
    /// One limit on one clock.
    struct Limit: Sendable {
        var clock: SLAClock
        var seconds: Int
    }

    /// `[level][0]` is the first-reply limit, `[level][1]` the next-reply limit.
    private let limits: [[Limit?]]
    private let span: SimulationSpan
    /// Monday 00:00 of the simulated week, seconds since 1970 UTC.
    private let weekStartInstant: Int

    /// No deadlines: every mention is due at `.infinity`.
    public static let none = MentionDeadlines(limits: [], span: SimulationSpan(weekIntervals: 0), weekStartInstant: 0)

    private init(limits: [[Limit?]], span: SimulationSpan, weekStartInstant: Int) {
        self.limits = limits
        self.span = span
        self.weekStartInstant = weekStartInstant
    }

    /// The deadlines of `measures` over `levels` priority levels, for `span` of `timeline`'s week.
    ///
    /// Complexity: O(measures + levels).
    public init(measures: [SLAMeasure], levels: Int, calendar: BusinessCalendar, span: SimulationSpan, timeline: WeekTimeline) {
        var table = Array(repeating: [Limit?](repeating: nil, count: 2), count: max(1, levels))
        for m in measures where m.level >= 0 && m.level < table.count {
            table[m.level][m.metric == .firstReply ? 0 : 1] = Limit(clock: SLAClock(clock: m.clock, calendar: calendar), seconds: m.limitSeconds)
        }
        self.init(limits: table, span: span, weekStartInstant: timeline.start)
    }

    /// The due time, in simulator seconds, of a mention arriving at `arrival` (simulator seconds)
    /// with priority `priority` (clamped to the levels, as the judge does); `.infinity` without one.
    ///
    /// Complexity: O(1) on a calendar clock, O(log n) on a business clock with n open ranges.
    public func due(arrival: Double, priority: Int, isFollowUp: Bool) -> Double {
        guard !limits.isEmpty else { return .infinity }
        let level = min(max(priority, 0), limits.count - 1)
        guard let limit = limits[level][isFollowUp ? 1 : 0] else { return .infinity }
        // The same expression as ``SimulationSpan/instant(_:in:)``, so the rounding matches the judge's.
        let start = Int((Double(weekStartInstant) + arrival - span.weekStart).rounded())
        guard let due = limit.clock.due(from: start, targetSeconds: limit.seconds) else { return .infinity }
        return Double(due - weekStartInstant) + span.weekStart
    }
}
