/// Why a ``StaffingRequirement`` is not reachable.
///
/// Complexity: O(1) for every operation.
public enum StaffingIssue: String, Sendable, Hashable, Codable, CaseIterable {
    /// The load is invalid: negative or non-finite arrivals or handle time, a
    /// non-positive or non-finite interval, or traffic above ``ErlangC/maximumTraffic``.
    case invalidLoad
    /// The target is invalid: a fraction outside 0…1, or a negative or
    /// non-finite time limit.
    case invalidTarget
    /// The maximum occupancy is not in (0, 1], or is so small that more than
    /// ``StaffingCalculator/maximumAgents`` agents would be needed.
    case invalidMaxOccupancy
    /// The shrinkage is outside 0 ≤ ppm < 1 000 000 (100 % shrinkage leaves
    /// nobody on the floor, so no roster suffices).
    case invalidShrinkage
    /// The target cannot be met: a fraction of 1 with any traffic, a positive reply-based
    /// fraction at or above the ceiling `1 − e^(−T/AHT)`, or no agent count up to
    /// ``StaffingCalculator/searchCap(traffic:)`` meets it.
    case targetUnreachable
}
