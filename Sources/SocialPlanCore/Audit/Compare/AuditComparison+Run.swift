extension AuditComparison {
    /// `socialplan audit --compare`: audits the log, finds its whole ISO weeks, simulates each
    /// of them (the rota and forecast the strategy plans for that week, `replications` weeks
    /// from `seed`; the k-th whole week runs replications k·R ..< (k+1)·R, so every simulated
    /// week is independent) and compares per SLA measure.
    ///
    /// Complexity: that of ``Audit/run(_:logName:read:)`` plus, per whole week, planning it and
    /// `replications` simulated weeks.
    public static func run(strategy: Strategy, options: AuditOptions, seed: UInt64, replications: Int, logName: String,
                           read: (_ builder: inout AuditBuilder) throws -> LogReadSummary) rethrows -> AuditComparison {
        let audit = try Audit.run(options, logName: logName, read: read)
        return compare(strategy: strategy, audit: audit, seed: seed, replications: replications)
    }

    /// The comparison for an audit already run.
    public static func compare(strategy: Strategy, audit: AuditResult, seed: UInt64, replications: Int) -> AuditComparison {
        let zone = strategy.timezone
        var schedules: [ISOWeek: WeekSchedule] = [:]
        func schedule(_ week: ISOWeek) -> WeekSchedule {
            if let s = schedules[week] { return s }
            let s = WeekScheduler.schedule(strategy, week: week)
            schedules[week] = s
            return s
        }
        let span = LogWeeks(rows: audit.rows, zone: zone) { week, from, to in
            let plan = schedule(week), volume = plan.volume.firstContacts
            let total = volume.reduce(0, +)
            guard total > 0, to > from else { return 0 }
            var missed = 0.0
            for (i, v) in volume.enumerated() where v > 0 {
                let a = plan.timeline.instant(ofInterval: i), b = a + WeekTimeline.intervalSeconds
                let overlap = min(b, to) - max(a, from)
                if overlap > 0 { missed += v * Double(overlap) / Double(WeekTimeline.intervalSeconds) }
            }
            return missed / total
        }
        let measures = SLAMeasure.all(of: strategy.care)
        let count = max(2, replications)
        var observed = Array(repeating: [MeasureTally](), count: measures.count)
        var predicted = Array(repeating: [MeasureTally](), count: measures.count)
        var observedHours = Array(repeating: 0.0, count: 168), predictedHours = Array(repeating: 0.0, count: 168)
        let end = max(audit.observationEnd, span.whole.last.map { WeekTimeline(week: $0, zone: zone).end } ?? audit.observationEnd)
        let clock = ZoneClock(zone: zone, from: (span.whole.first.map { WeekTimeline(week: $0, zone: zone).start } ?? 0) - 86_400,
                              to: end + 8 * 86_400)
        // Week k runs replications k·R ..< (k+1)·R: weeks with the same plan would otherwise
        // replay the same R streams, and the pooled figures would count them as independent.
        for (k, week) in span.whole.enumerated() {
            let timeline = WeekTimeline(week: week, zone: zone)
            let weekObserved = observedWeek(audit.rows, from: timeline.start, to: timeline.end, measures: measures,
                                            observationEnd: end, clock: clock, hours: &observedHours)
            for m in measures.indices { observed[m].append(weekObserved[m]) }
            let simulation = WeekSimulation(strategy: strategy, schedule: schedule(week), seed: seed)
            for run in WeekCheck.replicate(simulation, indices: k * count..<(k + 1) * count) {
                for m in measures.indices { predicted[m].append(run.tallies[m]) }
                for (i, breaches) in run.intervalBreaches.enumerated() where breaches > 0 {
                    let wall = timeline.wallTime(ofInterval: i)
                    predictedHours[(wall.date.weekday.rawValue - 1) * 24 + wall.minute / 60] += Double(breaches) / Double(count)
                }
            }
        }
        let n = Double(max(1, span.whole.count))
        let rows = measures.indices.map { m in
            row(measure: measures[m], observed: observed[m], predicted: predicted[m])
        }
        var hours = (0..<168).map { Hour(hourOfWeek: $0, observedPerWeek: observedHours[$0] / n, predictedPerWeek: predictedHours[$0] / n) }
        hours = hours.filter { abs($0.difference) >= 0.05 }
            .sorted { abs($0.difference) != abs($1.difference) ? abs($0.difference) > abs($1.difference) : $0.hourOfWeek < $1.hourOfWeek }
        return AuditComparison(logName: audit.source?.name ?? "", zone: zone, weeks: span.whole, partialWeeks: span.partial,
                               weeksBeyondLimit: span.beyondLimit, seed: seed, replications: count, rows: rows,
                               hours: Array(hours.prefix(5)), audit: audit)
    }

    /// One observed week: a tally per measure of the rows created in `[from, to)`, judged on
    /// the row's due instant against `observationEnd`; adds the week's breaches to `hours`.
    static func observedWeek(_ rows: AuditRows, from: Int, to: Int, measures: [SLAMeasure], observationEnd: Int,
                                      clock: ZoneClock, hours: inout [Double]) -> [MeasureTally] {
        var tallies = Array(repeating: MeasureTally(), count: measures.count)
        var times = Array(repeating: ReplyTimeHistogram(), count: measures.count)
        var calendarTimes = times
        // A closed follow-up starts no clock (docs/audit.md, "Closed conversations"): not judged.
        for row in rows where row.createdAt >= from && row.createdAt < to && row.status != nil && row.status != .closed {
            let metric: ReplyMetric = row.metric == .firstReply ? .firstReply : .nextReply
            guard let m = measures.firstIndex(where: { $0.priority == row.priority && $0.metric == metric }) else { continue }
            let status = SLAClock.status(due: row.dueAt, reply: row.repliedAt, observationEnd: observationEnd)
            tallies[m].add(status)
            if row.repliedAt != nil {
                times[m].add(Double(measures[m].clock == .business ? row.elapsedBusinessSeconds : row.elapsedCalendarSeconds))
                calendarTimes[m].add(Double(row.elapsedCalendarSeconds))
            }
            if status.isBreach {
                let wall = clock.wallTime(at: row.createdAt)
                hours[(wall.date.weekday.rawValue - 1) * 24 + wall.minute / 60] += 1
            }
        }
        for m in tallies.indices { tallies[m].setPercentiles(from: times[m], calendar: calendarTimes[m]) }
        return tallies
    }

    private static func row(measure: SLAMeasure, observed: [MeasureTally], predicted: [MeasureTally]) -> Row {
        func summary(_ values: [Double]) -> ReplicationSummary? { values.isEmpty ? nil : ReplicationSummary(values) }
        let obs = summary(observed.compactMap(\.attainment))
        let pred = summary(predicted.compactMap(\.attainment))
        var range: (Double, Double)?
        if let obs, let pred, pred.count > 1 {
            let t = StudentT.quantile975(degreesOfFreedom: pred.count - 1)
            let half = t * pred.standardDeviation * (1 / Double(obs.count) + 1 / Double(pred.count)).squareRoot()
            range = (max(0, pred.mean - half), min(1, pred.mean + half))
        }
        let weeks = max(1, observed.count)
        return Row(measure: measure, observedAttainment: obs, predictedAttainment: pred, expectedRange: range,
                   observedWeeksKept: observed.filter { $0.keeps(target: measure.target) }.count, observedWeeks: observed.count,
                   predictedWeeksKept: ProportionSummary(successes: predicted.filter { $0.keeps(target: measure.target) }.count,
                                                         trials: max(1, predicted.count)),
                   observedP90: summary(observed.compactMap(\.p90)), predictedP90: summary(predicted.compactMap(\.p90)),
                   observedJudgedPerWeek: Double(observed.reduce(0) { $0 + $1.judged }) / Double(weeks),
                   predictedJudgedPerWeek: Double(predicted.reduce(0) { $0 + $1.judged }) / Double(max(1, predicted.count)))
    }
}

/// The ISO weeks a log's mentions cover, split into whole and partial ones.
struct LogWeeks {
    var whole: [ISOWeek] = []
    var partial: [ISOWeek] = []
    var beyondLimit = 0

    /// The weeks from the first mention's to the last mention's (in `zone`). A week at either
    /// end is whole when the stretch of it the log misses (before its first mention, after its
    /// last mention or reply) holds at most ``AuditComparison/edgeShare`` of the mentions the
    /// plan forecasts for that week (`forecastShare(week, from, to)`); so a log that stops on
    /// Friday night is whole for a strategy with no weekend mentions.
    init(rows: AuditRows, zone: String, forecastShare: (ISOWeek, Int, Int) -> Double) {
        var first = Int.max, lastMention = Int.min, last = Int.min
        for row in rows {
            first = min(first, row.createdAt)
            lastMention = max(lastMention, row.createdAt)
            last = max(last, row.repliedAt ?? row.createdAt, row.createdAt)
        }
        guard first <= lastMention else { return }
        let clock = ZoneClock(zone: zone, from: first - 8 * 86_400, to: last + 8 * 86_400)
        var week = ISOWeek.containing(clock.wallTime(at: first).date)
        let lastWeek = ISOWeek.containing(clock.wallTime(at: lastMention).date)
        var all: [ISOWeek] = []
        while week <= lastWeek {
            all.append(week)
            week = week.next
        }
        for (i, w) in all.enumerated() {
            let t = WeekTimeline(week: w, zone: zone)
            let startsLate = i == 0 && forecastShare(w, t.start, first) > AuditComparison.edgeShare
            let endsEarly = i == all.count - 1 && forecastShare(w, last, t.end) > AuditComparison.edgeShare
            if startsLate || endsEarly { partial.append(w) } else { whole.append(w) }
        }
        beyondLimit = max(0, whole.count - AuditComparison.maxWeeks)
        whole.removeFirst(beyondLimit)
    }
}
