/// What `socialplan simulate` and `check` report for one week: per SLA the outlook and
/// verdict, the staffing gaps with the breaches they cause, occupancy, the largest backlog and
/// every interval's figures. Built from the replications by ``init(simulation:replications:whatIf:)``.
public struct SimulationReport: Sendable {
    /// The simulated plan (after any what-if).
    public var schedule: WeekSchedule
    /// The strategy's name.
    public var name: String
    /// Base seed.
    public var seed: UInt64
    /// Number of replications: the weeks simulated, after any extension.
    public var replications: Int
    /// The weeks asked for and the most that could be run (``WeekCheck`` sets it; a report
    /// built directly from replications has ``ReplicationBudget/fixed(_:)`` of their count).
    public var budget: ReplicationBudget
    /// Warm-up before Monday, in intervals.
    public var warmUpIntervals: Int
    /// The changes made for this run.
    public var whatIf: WhatIf
    /// Per SLA measure, in SLA order.
    public var slas: [SLAForecast]
    /// Week mentions per replication.
    public var arrivals: ReplicationSummary
    /// Week mentions answered before the week ended.
    public var answered: ReplicationSummary
    /// Week mentions whose SLA sets no limit for their metric.
    public var notMeasured: ReplicationSummary
    /// Breaches of every measure per week.
    public var breaches: ReplicationSummary
    /// Understaffed blocks, with their breaches.
    public var gaps: [SimulatedGap]
    /// Every interval of the week.
    public var intervals: [IntervalForecast]
    /// Per interval, breaches per week counted where the mentions could first be answered:
    /// those arriving while care is closed count at the next open interval. Gap blocks and the
    /// fix search read these; ``intervals`` keep breaches by arrival.
    public var answerableBreaches: [Double]
    /// Busy share of the whole team's answering time (at most 1); nil when nobody answers all week.
    public var teamOccupancy: ReplicationSummary?
    /// Hours a week of work done beyond the answering capacity of its interval: agents finishing
    /// the mention in hand after their shift ended (not counted in occupancy).
    public var overrunHours: ReplicationSummary
    /// Per care member on the rota, in team order.
    public var members: [MemberOccupancy]
    /// Where the backlog peaks while someone is on duty; nil when nothing waits then.
    public var largestBacklog: BacklogPeak?

    /// The overall verdict: misses when any SLA misses, too close to call when any is, else meets.
    public var verdict: SLAVerdict {
        if slas.contains(where: { $0.verdict == .misses }) { return .misses }
        if slas.contains(where: { $0.verdict == .tooCloseToCall }) { return .tooCloseToCall }
        return .meets
    }

    /// Whether more weeks were simulated than first asked for.
    public var extended: Bool { replications > budget.initial }

    /// Breaches per week among mentions arriving inside understaffed blocks.
    public var breachesInGaps: Double { gaps.reduce(0) { $0 + $1.breaches } }

    /// The understaffed blocks that explain breaches: none when every target holds, otherwise
    /// those with at least ``SimulatedGap/problemBreaches`` breaches a week arriving in them.
    public var problemGaps: [SimulatedGap] {
        guard verdict != .meets else { return [] }
        return gaps.filter { $0.breaches >= SimulatedGap.problemBreaches }
    }

    /// Understaffed blocks the simulation shows holding: below the plan's requirement, but
    /// without breaches a care lead needs to act on.
    public var thinGaps: [SimulatedGap] {
        let problems = Set(problemGaps.map(\.gap.first))
        return gaps.filter { !problems.contains($0.gap.first) }
    }
}
