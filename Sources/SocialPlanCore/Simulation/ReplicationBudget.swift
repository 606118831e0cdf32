/// How many weeks `check` and `simulate` simulate: ``initial`` first, then — while an SLA is too
/// close to call — twice as many at a time, up to ``cap`` (``WeekCheck/replicateUntilDecided(_:budget:progress:)``).
///
/// **Why doubling.** The Wilson interval of the share of weeks kept narrows like 1/√n, so each
/// doubling narrows it by about 30 %; a verdict that is still open after a doubling needs a
/// sizeable step to settle, and the work stays at most twice the final count. From 20 to the
/// default cap of 200 that is at most four more looks (40, 80, 160, 200).
///
/// **Looking more than once.** Every look reads a 95 % interval, and the run stops at the first
/// look that decides; with up to five looks the chance that a decisive verdict is the wrong one
/// is somewhat above the 2.5 % a single look has on each side. Keeping the looks few (doubling,
/// a cap) keeps that excess small; a verdict reached only after extending sits close to the
/// confidence, and the report says how many weeks it took.
public struct ReplicationBudget: Sendable, Hashable {
    /// Weeks simulated first (`--replications`), at least 1.
    public let initial: Int
    /// Most weeks simulated (`--max-replications`), at least ``initial``.
    public let cap: Int

    /// The default cap: 200 weeks decide a share of weeks kept to within about ±5 points, and
    /// cost about ten times the default 20 (docs/performance.md).
    public static let defaultCap = 200

    /// Starts at `initial` (at least 1) and extends up to `cap` (at least `initial`).
    public init(initial: Int, cap: Int) {
        self.initial = max(1, initial)
        self.cap = max(self.initial, cap)
    }

    /// Exactly `count` weeks, never extended.
    public static func fixed(_ count: Int) -> ReplicationBudget { ReplicationBudget(initial: count, cap: count) }

    /// Whether more weeks may be simulated than first asked for.
    public var extends: Bool { cap > initial }

    /// The week count to extend to after `count` weeks: twice as many, at most ``cap``; nil at the cap.
    ///
    /// Complexity: O(1).
    public func next(after count: Int) -> Int? {
        guard count < cap else { return nil }
        return min(cap, max(count + 1, count * 2))
    }
}
