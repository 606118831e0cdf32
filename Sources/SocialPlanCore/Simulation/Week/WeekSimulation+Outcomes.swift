extension WeekSimulation {
    /// Runs replication `index` and hands every outcome (warm-up included) to both the week's
    /// judge and `accumulator`, so a caller that keeps the outcomes (``SimulatedReplyLog``) sees
    /// exactly the mentions ``replicate(_:)`` judges. Returns the judged replication.
    ///
    /// Complexity: that of ``replicate(_:)``.
    public func replicate<Accumulator: OutcomeAccumulator>(_ index: Int, also accumulator: inout Accumulator) -> WeekReplication {
        var random = SimulationRandom(seed: SimulationRandom.replicationSeed(base: seed, index: index))
        let due = discipline == .earliestDeadline ? deadlines : .none
        let stream = MentionStreamGenerator.generate(schedule: schedule, strategy: strategy, warmUpIntervals: span.warmUpIntervals,
                                                     deadlines: due, random: &random)
        var tee = OutcomeTee(judge: WeekOutcomeJudge(replication: index, span: span, timeline: schedule.timeline, measures: measures,
                                                     levels: priorityLevels, calendar: calendar),
                             other: accumulator)
        QueueSimulator(staffing: answering, priorityLevels: priorityLevels, discipline: discipline,
                       followUpDelay: stream.followUpDelay, deadlines: due)
            .run(arrivals: stream.mentions, into: &tee)
        accumulator = tee.other
        return tee.judge.finish()
    }
}

/// Hands each outcome to the week's judge and to another accumulator.
private struct OutcomeTee<Other: OutcomeAccumulator>: OutcomeAccumulator {
    var judge: WeekOutcomeJudge
    var other: Other

    mutating func record(_ outcome: MentionOutcome) {
        judge.record(outcome)
        other.record(outcome)
    }
}
