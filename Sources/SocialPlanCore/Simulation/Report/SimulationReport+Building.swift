extension SimulationReport {
    /// Summarises `replications` of `simulation` (at least one; any order: they are sorted by index).
    ///
    /// Complexity: O(R · (measures · bins + intervals + shifts)) for R replications.
    public init(simulation: WeekSimulation, replications unsorted: [WeekReplication], whatIf: WhatIf = WhatIf()) {
        precondition(!unsorted.isEmpty, "at least one replication")
        let runs = unsorted.sorted { $0.index < $1.index }
        let schedule = simulation.schedule
        self.schedule = schedule
        name = simulation.strategy.name
        seed = simulation.seed
        replications = runs.count
        budget = .fixed(runs.count)
        warmUpIntervals = simulation.span.warmUpIntervals
        self.whatIf = whatIf
        slas = simulation.measures.enumerated().map { i, m in SLAForecast(measure: m, tallies: runs.map { $0.tallies[i] }) }
        func each(_ value: (WeekReplication) -> Int) -> ReplicationSummary { ReplicationSummary(runs.map { Double(value($0)) }) }
        arrivals = each(\.arrivals)
        answered = each(\.answered)
        notMeasured = each(\.notMeasured)
        breaches = each(\.breaches)

        let n = schedule.timeline.intervalCount
        let r = Double(runs.count)
        let warm = simulation.span.warmUpIntervals
        let answeringAgents = (0..<n).map { i in warm + i < simulation.answering.agentsOnDuty.count ? simulation.answering.agentsOnDuty[warm + i] : 0 }
        let step = Double(WeekTimeline.intervalSeconds)
        func mean(_ values: (WeekReplication) -> Double) -> Double { runs.reduce(0) { $0 + values($1) } / r }
        let rows = (0..<n).map { i in
            let plan = schedule.staffing[i]
            let capacity = Double(answeringAgents[i]) * step
            let busy = mean { min($0.busySeconds[i], capacity) }
            return IntervalForecast(index: i, start: plan.start, required: plan.required, scheduled: plan.scheduled,
                                    answering: answeringAgents[i], arrivals: mean { Double($0.intervalArrivals[i]) },
                                    breaches: mean { Double($0.intervalBreaches[i]) }, peakBacklog: mean { Double($0.peakBacklog[i]) },
                                    occupancy: capacity > 0 ? busy / capacity : nil)
        }
        intervals = rows
        let attributed = Self.breachesWhereAnswerable(rows, strategy: simulation.strategy, timeline: schedule.timeline)
        answerableBreaches = attributed
        gaps = schedule.gaps.map { block in
            SimulatedGap(gap: block, breaches: (block.first..<block.end).reduce(0) { $0 + attributed[$1] })
        }
        let capacities = answeringAgents.map { Double($0) * step }
        let capacity = capacities.reduce(0, +)
        teamOccupancy = capacity > 0 ? ReplicationSummary(runs.map { run in
            zip(run.busySeconds, capacities).reduce(0) { $0 + min($1.0, $1.1) } / capacity
        }) : nil
        overrunHours = ReplicationSummary(runs.map { run in
            zip(run.busySeconds, capacities).reduce(0) { $0 + max(0, $1.0 - $1.1) } / 3600
        })
        members = Self.memberOccupancy(schedule: schedule, strategy: simulation.strategy, runs: runs, capacities: capacities)
        largestBacklog = Self.backlogPeak(intervals: rows, runs: runs)
    }

    /// Each rostered member's share of the work: in every interval the busy seconds are split
    /// evenly among the members on duty, and set against the member's on-duty time after shrinkage.
    /// Work beyond an interval's answering capacity (agents finishing after their shift) is
    /// left out, so occupancy never passes 100 %; the report counts it as ``overrunHours``.
    static func memberOccupancy(schedule: WeekSchedule, strategy: Strategy, runs: [WeekReplication],
                                capacities: [Double]) -> [MemberOccupancy] {
        let keep = 1 - (strategy.care?.shrinkage.fraction ?? 0)
        let onDuty = schedule.staffing.map(\.scheduled)
        return strategy.team.compactMap { member -> MemberOccupancy? in
            let shifts = schedule.shifts.filter { $0.member == member.id }
            guard !shifts.isEmpty else { return nil }
            let covered = shifts.flatMap { Array($0.intervals) }.filter { $0 < onDuty.count }
            let seconds = shifts.reduce(0) { $0 + $1.end - $1.start }
            let available = Double(covered.count * WeekTimeline.intervalSeconds) * keep
            guard available > 0 else { return MemberOccupancy(member: member.id, onDutySeconds: seconds, occupancy: nil) }
            let values = runs.map { run in
                covered.reduce(0.0) { $0 + min(run.busySeconds[$1], capacities[$1]) / Double(max(1, onDuty[$1])) } / available
            }
            return MemberOccupancy(member: member.id, onDutySeconds: seconds, occupancy: ReplicationSummary(values))
        }
    }

    /// The interval with someone on duty whose mean peak backlog is largest (the first of
    /// equals); nil when nothing waits then. Mentions piling up while care is closed are the
    /// night's or weekend's pile, not a staffing signal, so closed intervals are left out
    /// unless nobody is ever on duty.
    static func backlogPeak(intervals all: [IntervalForecast], runs: [WeekReplication]) -> BacklogPeak? {
        let staffed = all.filter { $0.scheduled > 0 }
        let intervals = staffed.isEmpty ? all : staffed
        guard let top = intervals.max(by: { $0.peakBacklog < $1.peakBacklog || ($0.peakBacklog == $1.peakBacklog && $0.index > $1.index) }),
              top.peakBacklog > 0 else { return nil }
        return BacklogPeak(interval: top.index, start: top.start,
                           waiting: ReplicationSummary(runs.map { Double($0.peakBacklog[top.index]) }))
    }

    /// Breaches per interval, with those of mentions arriving while care is closed counted at
    /// the next open interval — where they could first be answered, and so where the staffing
    /// that failed them was (the week wraps round, as the warm-up replays Sunday night). The
    /// plan moves such work the same way (``CareRequirement``).
    ///
    /// Complexity: O(intervals).
    static func breachesWhereAnswerable(_ rows: [IntervalForecast], strategy: Strategy, timeline: WeekTimeline) -> [Double] {
        guard let care = strategy.care, !rows.isEmpty else { return rows.map(\.breaches) }
        return CareRequirement.movedToOpen(rows.map(\.breaches), open: care.openIntervals(of: timeline))
    }
}
