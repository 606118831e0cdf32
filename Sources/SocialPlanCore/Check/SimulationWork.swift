/// How much a `simulate` or `check` run may simulate at most, known before it starts: the
/// mentions of the busiest week times every week it may simulate (issue 14 item 2). Past
/// ``Limits/simulationWork`` the command refuses up front, with the estimate and the
/// `--replications` that would fit, instead of running for minutes with no word why.
///
/// The weeks are counted at their most: the report's at `--max-replications` (a run extends
/// only while a verdict is too close to call), and for `check` every screening and
/// verification run of the fix search (``FixSearch/mostWeeks``; it runs only when a target is
/// missed). A run usually does a fraction of this, so the estimate is an upper bound.
public struct SimulationWork: Sendable, Hashable {
    /// Mentions expected in the busiest week (``Limits/busiestWeekEstimate(_:)``, scaled by a
    /// what-if).
    public var mentionsPerWeek: Double
    /// Most weeks the report may simulate (`--max-replications`).
    public var reportWeeks: Int
    /// Most weeks the fix search may simulate (0 for `simulate`).
    public var fixWeeks: Int
    /// How many strategies are simulated, each for `reportWeeks` (2 for `diff`).
    public var runs = 1

    /// The work of `simulate`: `replications` extended to its cap, at `volumeScale` times the forecast.
    ///
    /// Complexity: O(streams + events²) (the busiest-week estimate).
    public static func simulate(_ strategy: Strategy, replications: ReplicationBudget, volumeScale: Double = 1) -> SimulationWork {
        SimulationWork(mentionsPerWeek: Limits.busiestWeekEstimate(strategy) * volumeScale,
                       reportWeeks: replications.cap, fixWeeks: 0)
    }

    /// The work of `check`: the report and the fix search at their most.
    public static func check(_ strategy: Strategy, replications: ReplicationBudget) -> SimulationWork {
        SimulationWork(mentionsPerWeek: Limits.busiestWeekEstimate(strategy),
                       reportWeeks: replications.cap, fixWeeks: fixWeeks(replications))
    }

    /// The work of `diff`: both strategies' reports, each extended to its cap, counted at the
    /// busier strategy's week (the estimate is an upper bound either way).
    public static func diff(old: Strategy, new: Strategy, replications: ReplicationBudget) -> SimulationWork {
        SimulationWork(mentionsPerWeek: max(Limits.busiestWeekEstimate(old), Limits.busiestWeekEstimate(new)),
                       reportWeeks: replications.cap, fixWeeks: 0, runs: 2)
    }

    static func fixWeeks(_ replications: ReplicationBudget) -> Int {
        // The week is irrelevant to the count; any week makes the search.
        FixSearch(week: ISOWeek(year: 2026, week: 1), seed: 0, replications: replications).mostWeeks
    }

    /// Every week the run may simulate.
    public var weeks: Int { runs * reportWeeks + fixWeeks }

    /// Mentions simulated at most: the busiest week's times every week.
    public var mentions: Double { mentionsPerWeek * Double(weeks) }

    /// True when the run may simulate more than ``Limits/simulationWork`` allows.
    public var isOverBudget: Bool { Limits.simulationWork.exceeds(mentions) }

    /// The largest `--replications` (with `--max-replications` the same, so the run is not
    /// extended) whose work fits the budget; nil when not even the least does.
    ///
    /// Complexity: O(the replication limit).
    public var replicationsThatFit: Int? {
        let least = Int(Limits.replications.minimum), most = Int(Limits.replications.maximum)
        return (least...most).reversed().first { n in
            var fitted = self
            fitted.reportWeeks = n
            fitted.fixWeeks = fixWeeks == 0 ? 0 : Self.fixWeeks(.fixed(n))
            return !fitted.isOverBudget
        }
    }

    /// The refusal: the estimate, where it comes from, and the way under the budget.
    public var refusal: String {
        let budget = Limits.simulationWork
        var words = "too much to simulate: about \(Limit.grouped(Self.rounded(mentions))) mentions "
            + "(about \(Limit.grouped(Self.rounded(mentionsPerWeek))) in the busiest week × \(Limit.grouped(Double(weeks))) weeks: "
            + "up to \(Limit.grouped(Double(reportWeeks))) for " + (runs == 1 ? "the verdict" : "each of \(runs) strategies' verdicts")
        if fixWeeks > 0 { words += " and \(Limit.grouped(Double(fixWeeks))) for the fix search" }
        words += "), more than \(budget.show(budget.maximum)), \(budget.why)"
        return words
    }

    /// The help line: the replications that fit, or what lowers the busiest week.
    public var help: String {
        let volume = "lower per_week, replies_per_post or the event factors (docs/limits.md)"
        guard let n = replicationsThatFit else { return volume }
        return "use --replications \(n) --max-replications \(n) or fewer, or \(volume)"
    }

    /// Three significant figures, so the estimate does not look more exact than it is.
    static func rounded(_ v: Double) -> Double {
        guard v.isFinite else { return v }
        var unit = 1.0
        while v / unit >= 1000 { unit *= 10 }
        return (v / unit).rounded() * unit
    }
}
