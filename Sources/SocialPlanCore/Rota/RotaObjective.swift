/// The first two objectives, compared lexicographically: shortfall, then overstaffing.
struct RotaObjective: Sendable, Hashable, Comparable {
    var shortfall: Int
    var overstaffing: Int

    static func < (lhs: RotaObjective, rhs: RotaObjective) -> Bool {
        (lhs.shortfall, lhs.overstaffing) < (rhs.shortfall, rhs.overstaffing)
    }
}
