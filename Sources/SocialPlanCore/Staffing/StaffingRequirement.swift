/// How many agents one interval needs, and the figures that staffing achieves.
///
/// Produced by
/// ``StaffingCalculator/requirement(load:target:maxOccupancy:shrinkagePartsPerMillion:)``.
///
/// - When ``reachable`` is true, ``rawAgents`` is the number that must be
///   on the floor handling contacts and ``scheduledAgents`` the number to roster
///   once shrinkage (breaks, training, absence) is allowed for.
/// - When the target cannot be met (``issue`` is ``StaffingIssue/targetUnreachable``),
///   ``rawAgents`` is the search cap and ``figures`` show the best service level
///   found there; do not roster from it.
/// - When the shrinkage is invalid, ``rawAgents`` and ``figures`` are still
///   computed but ``scheduledAgents`` is 0.
/// - For any other invalid input the counts are 0 and ``figures`` is
///   ``StaffingFigures/unavailable``.
///
/// All numbers in a requirement are finite, so it encodes with a default `JSONEncoder`.
///
/// Complexity: O(1) for every operation.
public struct StaffingRequirement: Sendable, Hashable, Codable {
    /// Agents needed on the floor (before shrinkage).
    public var rawAgents: Int
    /// Agents to schedule: `⌈rawAgents / (1 − shrinkage)⌉`, computed exactly in integers.
    public var scheduledAgents: Int
    /// Queue figures at ``rawAgents``.
    public var figures: StaffingFigures
    /// Which rule set ``rawAgents``.
    public var bindingConstraint: StaffingConstraint
    /// Whether the target (and every input) is satisfiable; false means do not roster from this value.
    public var reachable: Bool
    /// Why the requirement is not reachable; `nil` exactly when ``reachable`` is true.
    public var issue: StaffingIssue?

    /// Creates a requirement from already computed parts (no checking is done).
    ///
    /// Complexity: O(1).
    public init(rawAgents: Int, scheduledAgents: Int, figures: StaffingFigures,
                bindingConstraint: StaffingConstraint, reachable: Bool, issue: StaffingIssue? = nil) {
        self.rawAgents = rawAgents
        self.scheduledAgents = scheduledAgents
        self.figures = figures
        self.bindingConstraint = bindingConstraint
        self.reachable = reachable
        self.issue = issue
    }
}
