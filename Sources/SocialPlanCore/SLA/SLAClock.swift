/// Measures reply times against limits on a calendar or business clock (DESIGN §5,
/// docs/sla-semantics.md), for the simulator and the audit of real reply logs.
///
/// Choices, Zendesk-compatible:
/// - the calendar clock counts all elapsed real time: due = start + limit;
/// - the business clock counts only instants inside care hours, minus holidays (see
///   ``BusinessCalendar``); due is the earliest instant at which that count reaches the limit;
/// - a reply exactly at the due instant is met; one a second later is breached. The test is on
///   instants, not on elapsed business time: a reply on Saturday to a limit used up at Friday
///   17:00 is breached even though no business time passed after Friday 17:00;
/// - a reply is taken as given, even after `observationEnd` (the caller passes only the replies
///   it knows of); observation end decides only between `pending` and `breachedUnanswered`;
/// - unanswered and `observationEnd <= due` is pending (a reply at `due` would still be met);
///   unanswered with no due instant (a business clock that never reaches the limit) is pending;
/// - a reply before the clock's start is bad data for the caller to report; here it counts as
///   zero elapsed time and met.
public struct SLAClock: Sendable, Hashable {
    /// Which clock limits count on.
    public var clock: ReplyClock
    /// Care hours and holidays; used for the business clock and for elapsed business time.
    public var calendar: BusinessCalendar

    /// Creates a clock; `calendar` is needed for elapsed business time even on a calendar clock.
    public init(clock: ReplyClock, calendar: BusinessCalendar) {
        self.clock = clock
        self.calendar = calendar
    }

    /// The earliest instant at which `targetSeconds` have elapsed on this clock since `start`;
    /// nil when a business clock does not reach it inside the calendar's span (or, on a
    /// calendar clock, when the sum does not fit in an `Int`).
    /// Complexity: O(log n) for n open ranges.
    public func due(from start: Int, targetSeconds: Int) -> Int? {
        switch clock {
        case .calendar:
            let (sum, overflow) = start.addingReportingOverflow(max(0, targetSeconds))
            return overflow ? nil : sum
        case .business:
            return calendar.dueInstant(from: start, targetSeconds: targetSeconds)
        }
    }

    /// The outcome of a mention due at `due` (nil: a business clock that never reaches the
    /// limit): met or breached when answered, else breached unanswered or pending. Complexity: O(1).
    public static func status(due: Int?, reply: Int?, observationEnd: Int) -> ReplyStatus {
        if let reply { return due.map { reply <= $0 } ?? true ? .met : .breached }
        if let due, observationEnd > due { return .breachedUnanswered }
        return .pending
    }

    /// Measures one mention (or follow-up) started at `start` against `targetSeconds`.
    /// Complexity: O(log n) for n open ranges.
    public func evaluate(start: Int, targetSeconds: Int, reply: Int?, observationEnd: Int) -> ReplyClockEvaluation {
        let due = due(from: start, targetSeconds: targetSeconds)
        let stop = max(start, reply ?? observationEnd)
        let status = Self.status(due: due, reply: reply, observationEnd: observationEnd)
        return ReplyClockEvaluation(
            clock: clock, start: start, targetSeconds: targetSeconds, reply: reply, observationEnd: observationEnd,
            due: due, elapsedCalendarSeconds: stop - start,
            elapsedBusinessSeconds: calendar.businessSeconds(from: start, to: stop), status: status)
    }
}
