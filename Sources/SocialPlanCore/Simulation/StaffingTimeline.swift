/// Agents on duty over the simulated horizon, one count per fixed-length step
/// (typically 900 s, the staffing interval).
///
/// Step `k` covers `[k·stepSeconds, (k+1)·stepSeconds)`; the horizon ends at
/// `count·stepSeconds`. How a drop in the count is applied (no preemption: busy agents finish
/// the mention in hand first) is the simulator's business, see ``QueueSimulator``.
public struct StaffingTimeline: Sendable, Hashable {
    /// Length of one step in seconds (> 0).
    public let stepSeconds: Double
    /// Agents on duty in each step (negative values count as 0).
    public let agentsOnDuty: [Int]

    /// A timeline of `agentsOnDuty.count` steps of `stepSeconds` each.
    ///
    /// - Precondition: `stepSeconds > 0` and finite (programmer error otherwise).
    ///
    /// Complexity: O(1).
    public init(stepSeconds: Double, agentsOnDuty: [Int]) {
        precondition(stepSeconds > 0 && stepSeconds.isFinite, "step length must be positive")
        self.stepSeconds = stepSeconds
        self.agentsOnDuty = agentsOnDuty.map { max($0, 0) }
    }

    /// A constant staffing of `agents` for `seconds` (one step).
    ///
    /// Complexity: O(1).
    public static func constant(agents: Int, seconds: Double) -> StaffingTimeline {
        StaffingTimeline(stepSeconds: seconds, agentsOnDuty: [agents])
    }

    /// When the last step ends, in seconds.
    public var horizon: Double { stepSeconds * Double(agentsOnDuty.count) }

    /// When step `index` starts, in seconds.
    ///
    /// Complexity: O(1).
    public func start(ofStep index: Int) -> Double { stepSeconds * Double(index) }
}
