extension RotaProblem {
    /// The requirement as exactly `intervalCount` non-negative entries (missing ones are 0). O(T).
    func normalizedRequirement() -> [Int] {
        (0..<max(0, intervalCount)).map { t in requirement.indices.contains(t) ? max(0, requirement[t]) : 0 }
    }

    /// A member's availability as exactly `intervalCount` flags (missing ones are false). O(T).
    func normalizedAvailability(of member: RotaMember) -> [Bool] {
        (0..<max(0, intervalCount)).map { t in member.available.indices.contains(t) && member.available[t] }
    }

    /// A member's fixed shifts clipped to the week, empty ones dropped, in the order given. O(F).
    func clippedFixedShifts(of member: RotaMember) -> [Range<Int>] {
        member.fixedShifts.map { $0.clamped(to: 0..<max(0, intervalCount)) }.filter { !$0.isEmpty }
    }
}
