/// How far the rota planner has got, for a progress display: the step it is in and how much of
/// that step is done.
///
/// Steps run in order; `completed` of `total` counts rounds (guided search), pairs (pair
/// re-planning) or passes (fairness), the most the step can take, so a step may end early.
public struct RotaProgress: Sendable, Hashable {
    /// The planner's steps, in the order they run (`RotaPlanner.plan`).
    public enum Step: Int, Sendable, Hashable, CaseIterable {
        case greedyStart, bestResponse, guidedSearch, pairReplanning, fairness

        /// A few words for a progress line.
        public var words: String {
            switch self {
            case .greedyStart: "first plan"
            case .bestResponse: "improving"
            case .guidedSearch: "guided search"
            case .pairReplanning: "pairs"
            case .fairness: "fairness"
            }
        }
    }

    /// The step under way.
    public var step: Step
    /// Units of the step done so far.
    public var completed: Int
    /// The most units the step can take (at least 1).
    public var total: Int
    /// The plan's work so far, in table cells of the member searches (`RotaPlanner.workLimit`).
    public var work: Int

    /// Creates a report.
    public init(step: Step, completed: Int = 0, total: Int = 1, work: Int = 0) {
        self.step = step
        self.completed = completed
        self.total = max(1, total)
        self.work = work
    }

    /// Share of the whole plan done, 0…1, counting each step alike.
    public var fraction: Double {
        let within = Double(min(completed, total)) / Double(total)
        return (Double(step.rawValue) + within) / Double(Step.allCases.count)
    }
}
