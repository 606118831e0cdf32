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
/// 3. verify the result with the full replication count and another seed.
///
/// Screening runs use ``screeningReplications``; at most ``maxScreenings`` of them, plus one or
/// two verification runs, so the search costs about 3–6 full checks.
public struct FixSearch: Sendable {
    /// The week planned.
    public var week: ISOWeek
    /// The check's seed; screening uses it, verification uses seed + 1.
    public var seed: UInt64
    /// Replications of the verification run (the check's count).
    public var replications: Int
    /// Replications of each screening run.
    public var screeningReplications: Int
    /// Most screening runs.
    public var maxScreenings: Int
    /// The check's what-if, kept for every run.
    public var whatIf: WhatIf
    /// The text of the strategy file, when known: changes that cannot be written into it (an
    /// availability shared through a YAML anchor) are then not proposed.
    public var source: String?

    /// Creates a search.
    public init(week: ISOWeek, seed: UInt64, replications: Int, screeningReplications: Int = 10, maxScreenings: Int = 6,
                whatIf: WhatIf = WhatIf(), source: String? = nil) {
        self.week = week
        self.seed = seed
        self.replications = replications
        self.screeningReplications = screeningReplications
        self.maxScreenings = maxScreenings
        self.whatIf = whatIf
        self.source = source
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
        func screen(_ changes: [StrategyChange]) -> SimulationReport {
            runs += 1
            let r = WeekCheck.report(strategy: Self.apply(changes, to: strategy), week: week, seed: seed,
                                    replications: screeningReplications, whatIf: whatIf)
            return r
        }
        func goal(_ r: SimulationReport) -> Bool { Self.keeps(r, missed: missed) }

        // 1. Grow, in order of preference.
        var grown: [StrategyChange] = []
        var last = report
        var held: SimulationReport?
        let stages: [(Strategy, SimulationReport) -> [StrategyChange]] = [
            { FixCandidates(strategy: $0, report: $1).raises() },
            { FixCandidates(strategy: $0, report: $1).extensionsWithLimits() },
            { FixCandidates(strategy: $0, report: $1).person().map { [$0] } ?? [] },
        ]
        for stage in stages where held == nil && runs < maxScreenings {
            let added = stage(Self.apply(grown, to: strategy), last).filter { isWritable($0, in: strategy) }
            guard !added.isEmpty else { continue }
            grown = Self.merged(grown + added)
            last = screen(grown)
            if goal(last) { held = last }
        }
        fix.changes = grown
        fix.strategy = Self.apply(grown, to: strategy)
        guard let grownReport = held else {
            fix.outcome = .notFound
            fix.evaluations = runs
            return fix
        }

        // 2. Shrink: to what the rota used, then without the costliest changes.
        var best = grown
        let trimmed = FixTrim(strategy: strategy, report: grownReport).trim(grown)
        if trimmed != grown, runs < maxScreenings, goal(screen(trimmed)) { best = trimmed }
        for change in best.sorted(by: { $0.cost > $1.cost }) where runs < maxScreenings && best.count > 1 {
            let without = best.filter { $0 != change }
            if goal(screen(without)) { best = without }
        }

        // 3. Verify with every replication and another seed; fall back to the grown set.
        for candidate in best == grown ? [grown] : [best, grown] {
            let changed = Self.apply(candidate, to: strategy)
            let check = WeekCheck.report(strategy: changed, week: week, seed: fix.verificationSeed,
                                         replications: replications, whatIf: whatIf)
            runs += 1
            fix.changes = candidate
            fix.strategy = changed
            fix.verification = check
            if goal(check) { break }
        }
        fix.outcome = fix.verification.map(goal) == true ? .found : .notFound
        fix.evaluations = runs
        return fix
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

    /// True when every measure in `missed` holds in `report` and no other measure misses.
    static func keeps(_ report: SimulationReport, missed: [SLAMeasure]) -> Bool {
        report.slas.allSatisfy { s in
            missed.contains { $0.level == s.measure.level && $0.metric == s.measure.metric } ? holds(s) : s.verdict != .misses
        }
    }
}
