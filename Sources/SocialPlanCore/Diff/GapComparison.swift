/// The staffing gaps of the old plan against the new one (``WeekSchedule/gaps``), matched by
/// when they are: blocks of the two plans that overlap (directly or through a chain of
/// overlaps, as when one longer block replaces two short ones) are one change; a block with no
/// overlap is closed (old plan only) or opened (new plan only); one block in each, with the
/// same times, staffing and cover, is unchanged. Matching by instants, not interval numbers,
/// keeps it right when the strategy's zone changes.
public struct GapComparison: Sendable {
    /// Overlapping blocks of the two plans that are not the same.
    public struct Change: Sendable, Hashable {
        /// The blocks in the old plan, in time order.
        public var before: [StaffingGap]
        /// The blocks in the new plan they overlap, in time order.
        public var after: [StaffingGap]
    }

    /// Total shortfall of the old plan, in agent-intervals (a quarter of an agent-hour each).
    public var shortfallBefore: Int
    /// Total shortfall of the new plan, in agent-intervals.
    public var shortfallAfter: Int
    /// Blocks of the old plan no block of the new one overlaps.
    public var closed: [StaffingGap]
    /// Blocks of the new plan no block of the old one overlaps.
    public var opened: [StaffingGap]
    /// Overlapping blocks that differ, in time order.
    public var changed: [Change]
    /// Blocks that are the same in both plans.
    public var unchanged: Int

    /// True when both plans have the same gaps and the same shortfall.
    public var isSame: Bool { closed.isEmpty && opened.isEmpty && changed.isEmpty && shortfallBefore == shortfallAfter }

    /// Compares the gaps of `old` and `new` (plans of the same week).
    ///
    /// Complexity: O(g²) in the number of blocks (a week has tens).
    public init(old: WeekSchedule, new: WeekSchedule) {
        shortfallBefore = old.totalShortfall
        shortfallAfter = new.totalShortfall
        func instants(_ gap: StaffingGap, _ s: WeekSchedule) -> Range<Int> {
            s.timeline.instant(ofInterval: gap.first)..<s.timeline.instant(ofInterval: gap.end)
        }
        let a = old.gaps.map { instants($0, old) }, b = new.gaps.map { instants($0, new) }
        // Connected groups of the overlap graph: old block i is node i, new block j node a.count + j.
        var group = Array(repeating: -1, count: a.count + b.count)
        var groups: [(old: [Int], new: [Int])] = []
        for start in group.indices where group[start] < 0 {
            var members: (old: [Int], new: [Int]) = ([], [])
            var stack = [start]
            group[start] = groups.count
            while let node = stack.popLast() {
                if node < a.count {
                    members.old.append(node)
                    for j in b.indices where group[a.count + j] < 0 && b[j].overlaps(a[node]) {
                        group[a.count + j] = groups.count
                        stack.append(a.count + j)
                    }
                } else {
                    members.new.append(node - a.count)
                    for i in a.indices where group[i] < 0 && a[i].overlaps(b[node - a.count]) {
                        group[i] = groups.count
                        stack.append(i)
                    }
                }
            }
            groups.append((members.old.sorted(), members.new.sorted()))
        }
        var closed: [StaffingGap] = [], opened: [StaffingGap] = [], changed: [Change] = []
        var unchanged = 0
        let ordered = groups.sorted { x, y in
            let sx = (x.old.map { a[$0].lowerBound } + x.new.map { b[$0].lowerBound }).min() ?? 0
            let sy = (y.old.map { a[$0].lowerBound } + y.new.map { b[$0].lowerBound }).min() ?? 0
            return sx < sy
        }
        for g in ordered {
            let before = g.old.map { old.gaps[$0] }, after = g.new.map { new.gaps[$0] }
            if after.isEmpty { closed += before; continue }
            if before.isEmpty { opened += after; continue }
            if before.count == 1 && after.count == 1 && a[g.old[0]] == b[g.new[0]] && Self.sameBlock(before[0], after[0]) {
                unchanged += 1
            } else {
                changed.append(Change(before: before, after: after))
            }
        }
        self.closed = closed
        self.opened = opened
        self.changed = changed
        self.unchanged = unchanged
    }

    /// The same staffing and the same cover with the same reasons (times compared apart).
    static func sameBlock(_ x: StaffingGap, _ y: StaffingGap) -> Bool {
        (x.fewestOnDuty, x.mostOnDuty, x.fewestNeeded, x.mostNeeded) == (y.fewestOnDuty, y.mostOnDuty, y.fewestNeeded, y.mostNeeded)
            && x.cover.map(\.member) == y.cover.map(\.member) && x.cover.map(\.reason) == y.cover.map(\.reason)
    }
}
