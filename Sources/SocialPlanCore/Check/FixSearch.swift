/// Finds a small change from the file's own people that makes every missed SLA hold, and
/// verifies it (docs/simulation.md, "Suggested fix").
///
/// Grow, then shrink, then verify — every step a re-plan and re-simulation through
/// ``WeekCheck/report(strategy:week:seed:replications:whatIf:progress:)``:
/// 1. grow in order of preference, each stage guided by the last simulated week: raise the
///    weekly limits the rota used up (to at most 48 h); then extend care members' days next to
///    their hours where short intervals have breaches; then one extra person for the worst
///    remaining hours. Stop at the first stage whose screening run holds.
/// 2. shrink: trim each change to what the rota used in that run, then try dropping changes,
///    costliest first, while the budget lasts.
/// 3. verify the result with the check's replication count (extended to at most
///    ``verificationCap`` while open) and another seed; a stage is verified as soon as its
///    screening looks promising, so the grown set is always a verified fallback.
///
/// Screening runs use ``screening`` (20 weeks) and count a promise as kept when it meets or is
/// too close to call with at least the wanted share of weeks kept (``promising(_:)``: 20 weeks
/// cannot always decide, the verification does); at most
/// ``maxScreenings`` of them, plus one or two verification runs with the check's own first
/// count, extended to at most ``verificationCap`` weeks, so the search costs about 3–6 checks.
public struct FixSearch: Sendable {
    /// The week planned.
    public var week: ISOWeek
    /// The check's seed; screening uses it, verification uses seed + 1.
    public var seed: UInt64
    /// Weeks of the verification run (the check's budget).
    public var replications: ReplicationBudget
    /// Weeks of each screening run.
    public var screening: ReplicationBudget
    /// Most weeks a verification run is extended to while a verdict is open.
    public static let verificationCap = 80
    /// Most screening runs.
    public var maxScreenings: Int
    /// The check's what-if, kept for every run.
    public var whatIf: WhatIf
    /// The text of the strategy file, when known: changes that cannot be written into it (an
    /// availability shared through a YAML anchor) are then not proposed.
    public var source: String?
    /// Called once per simulated week of the search, from any thread.
    public var progress: (@Sendable () -> Void)?

    /// Creates a search.
    public init(week: ISOWeek, seed: UInt64, replications: ReplicationBudget,
                screening: ReplicationBudget = .fixed(20), maxScreenings: Int = 6,
                whatIf: WhatIf = WhatIf(), source: String? = nil) {
        self.week = week
        self.seed = seed
        self.replications = replications
        self.screening = screening
        self.maxScreenings = maxScreenings
        self.whatIf = whatIf
        self.source = source
    }

    /// Weeks of a verification run: the check's first count, extended while open to at most
    /// ``verificationCap`` (or the check's own first count, when larger).
    public var verification: ReplicationBudget {
        ReplicationBudget(initial: replications.initial, cap: min(replications.cap, max(replications.initial, Self.verificationCap)))
    }

    /// The growing stages, in order of preference: raise the limits the rota used up, extend
    /// days next to their hours, one extra person.
    static let stages: [@Sendable (Strategy, SimulationReport) -> [StrategyChange]] = [
        { FixCandidates(strategy: $0, report: $1).raises() },
        { FixCandidates(strategy: $0, report: $1).extensionsWithLimits() },
        { FixCandidates(strategy: $0, report: $1).person().map { [$0] } ?? [] },
    ]

    /// The most weeks the search may simulate, every run at its cap: at most ``maxScreenings``
    /// screening runs, and a verification after each growing stage plus one of the shrunk set.
    /// The work estimate (``SimulationWork``) counts these before a check starts.
    ///
    /// Complexity: O(1).
    public var mostWeeks: Int {
        maxScreenings * screening.cap + (Self.stages.count + 1) * verification.cap
    }

    /// True when `forecast` keeps its promise: the one place the search reads a verdict, so it
    /// follows whatever the verdict means.
    public static func holds(_ forecast: SLAForecast) -> Bool {
        forecast.verdict == .meets || forecast.verdict == .noMentions
    }

    /// The fix for `strategy`, whose check gave `report`.
    ///
    /// Complexity: at most `maxScreenings` screening runs and two verification runs, each that
    /// of ``WeekCheck/report(strategy:week:seed:replications:whatIf:progress:)``.
    public func run(strategy: Strategy, report: SimulationReport) -> SuggestedFix {
        let missed = report.slas.filter { $0.verdict == .misses }.map(\.measure)
        var fix = SuggestedFix(outcome: .notNeeded, changes: [], strategy: strategy, missed: missed, verification: nil,
                               verificationSeed: seed &+ 1, evaluations: 0)
        guard !missed.isEmpty else { return fix }
        var runs = 0
        // The plan depends only on the changes (not the seed): screening and verifying the same
        // changes share it.
        var plans: [[StrategyChange]: (Strategy, WeekSchedule)] = [:]
        let weekDone = progress.map { done in { @Sendable (_: Int) in done() } }
        func plan(_ changes: [StrategyChange]) -> (Strategy, WeekSchedule) {
            if let known = plans[changes] { return known }
            let planned = whatIf.strategy(Self.apply(changes, to: strategy), week: week)
            let made = (planned, whatIf.schedule(WeekScheduler.schedule(planned, week: week), strategy: planned))
            plans[changes] = made
            return made
        }
        func screen(_ changes: [StrategyChange]) -> SimulationReport {
            runs += 1
            let (planned, schedule) = plan(changes)
            return WeekCheck.report(strategy: planned, schedule: schedule, seed: seed, replications: screening, whatIf: whatIf,
                                    progress: weekDone)
        }
        func goal(_ r: SimulationReport) -> Bool { Self.keeps(r, missed: missed, holding: Self.promising) }
        let verification = self.verification
        func verify(_ changes: [StrategyChange]) -> Bool {
            runs += 1
            let changed = Self.apply(changes, to: strategy)
            let (planned, schedule) = plan(changes)
            let check = WeekCheck.report(strategy: planned, schedule: schedule, seed: fix.verificationSeed,
                                         replications: verification, whatIf: whatIf, progress: weekDone)
            fix.changes = changes
            fix.strategy = changed
            fix.verification = check
            return Self.keeps(check, missed: missed)
        }

        // 1. Grow, in order of preference; a stage whose screening looks promising is verified
        //    with another seed, and growing goes on while the verification does not hold.
        var grown: [StrategyChange] = []
        var stageOf: [StrategyChange: Int] = [:]
        var last = report
        var held: SimulationReport?
        for (number, stage) in Self.stages.enumerated() where held == nil && runs < maxScreenings {
            let added = stage(Self.apply(grown, to: strategy), last).filter { isWritable($0, in: strategy) }
            guard !added.isEmpty else { continue }
            for change in added where stageOf[change] == nil { stageOf[change] = number }
            grown = Self.merged(grown + added)
            for change in grown where stageOf[change] == nil { stageOf[change] = number }   // merged raises
            last = screen(grown)
            if goal(last), verify(grown) { held = last }
        }
        guard let grownReport = held, let grownVerification = fix.verification else {
            fix.changes = grown
            fix.strategy = Self.apply(grown, to: strategy)
            fix.outcome = .notFound
            fix.evaluations = runs
            return fix
        }

        // 2. Shrink: to what the rota used, then without whole earlier stages (the last stage's
        //    changes may do the work alone), then without single changes, costliest first.
        var best = grown
        let trimmed = FixTrim(strategy: strategy, report: grownReport).trim(grown)
        if trimmed != grown, runs < maxScreenings, goal(screen(trimmed)) { best = trimmed }
        let stagesUsed = Set(best.compactMap { stageOf[$0] ?? stageOf[Self.untrimmed($0, in: grown)] })
        for number in stagesUsed.sorted() where runs < maxScreenings && stagesUsed.count > 1 {
            let without = best.filter { (stageOf[$0] ?? stageOf[Self.untrimmed($0, in: grown)]) != number }
            if !without.isEmpty, goal(screen(without)) { best = without }
        }
        for change in best.sorted(by: { $0.cost > $1.cost }) where runs < maxScreenings && best.count > 1 {
            let without = best.filter { $0 != change }
            if goal(screen(without)) { best = without }
        }

        // 3. Verify the smaller set with another seed; keep the verified grown set otherwise.
        if best != grown, !verify(best) {
            fix.changes = grown
            fix.strategy = Self.apply(grown, to: strategy)
            fix.verification = grownVerification
        }
        fix.outcome = .found
        fix.evaluations = runs
        return fix
    }

    /// The change of `grown` that `change` was trimmed from: the same kind for the same member.
    static func untrimmed(_ change: StrategyChange, in grown: [StrategyChange]) -> StrategyChange {
        grown.first { $0.kind == change.kind && $0.member == change.member } ?? change
    }

    /// True when `change` can be written into ``source`` (always, when there is none).
    func isWritable(_ change: StrategyChange, in strategy: Strategy) -> Bool {
        guard let source else { return true }
        if case .success = change.applied(toSource: source, strategy: strategy) { return true }
        return false
    }

    /// `changes` with the raises of one member folded into one (first `from`, last `to`), at
    /// the place of the first.
    static func merged(_ changes: [StrategyChange]) -> [StrategyChange] {
        var result: [StrategyChange] = []
        for change in changes {
            guard case .raiseLimit(let id, _, let to) = change,
                  let i = result.firstIndex(where: { $0.kind == .raiseLimit && $0.member == id }),
                  case .raiseLimit(_, let from, _) = result[i] else {
                result.append(change)
                continue
            }
            result[i] = .raiseLimit(member: id, from: from, to: to)
        }
        return result
    }

    /// `strategy` with `changes` made in order.
    public static func apply(_ changes: [StrategyChange], to strategy: Strategy) -> Strategy {
        changes.reduce(strategy) { $1.apply(to: $0) }
    }

    /// True when a screening run shows `forecast` holding or on its way: it meets, or it is too
    /// close to call with at least the wanted share of weeks kept.
    public static func promising(_ forecast: SLAForecast) -> Bool {
        holds(forecast) || (forecast.verdict == .tooCloseToCall && forecast.weeksKept.share >= forecast.measure.confidence)
    }

    /// True when every measure in `missed` holds in `report` (by `holding`) and no other measure
    /// misses.
    static func keeps(_ report: SimulationReport, missed: [SLAMeasure],
                      holding: (SLAForecast) -> Bool = FixSearch.holds) -> Bool {
        report.slas.allSatisfy { s in
            missed.contains { $0.level == s.measure.level && $0.metric == s.measure.metric } ? holding(s) : s.verdict != .misses
        }
    }
}
