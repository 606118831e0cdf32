/// Which rule decided the raw agent count of a ``StaffingRequirement``.
///
/// Complexity: O(1) for every operation.
public enum StaffingConstraint: String, Sendable, Hashable, Codable, CaseIterable {
    /// The service-level target set the count (also used, with
    /// ``StaffingRequirement/reachable`` false, when the target cannot be met).
    case serviceLevel
    /// The maximum-occupancy cap demanded more agents than the target did.
    case occupancy
    /// Nothing bound: zero traffic needs zero agents, or the input was invalid.
    case none
}
