/// Large-neighbourhood moves: clear two members' weeks and re-plan them together.
///
/// One member at a time cannot leave an interval to a colleague so that the colleague's
/// limited hours go where only they can help; two at a time can. For each pair that competes
/// for some interval and touches trouble (can reach a short interval or covers an overstaffed
/// one), most promising first and at most `maxAttempts` pairs in all, both weeks are cleared and
/// re-planned one after the other in both orders, then alternately until stable; the change is
/// kept only if (weighted shortfall, overstaffing) strictly improves, and the members it affects are
/// then re-planned by `RotaBestResponse`. One pass is O(M·T·ΔL) searches in all (plus the
/// hour-limited ones). Stops early when the workspace's work budget is spent;
/// `report` hears before each pair.
enum RotaPairReplan {
    /// Runs passes over all candidate pairs until one improves nothing or `maxPasses` is reached.
    @discardableResult
    static func improve(
        _ workspace: inout RotaWorkspace, maxPasses: Int = 3, maxAttempts: Int = 240, report: (RotaProgress) -> Void = { _ in }
    ) -> Bool {
        let instance = workspace.instance
        let scoring = RotaScoring(instance)
        let competing = competitors(instance)
        var attempts = 0
        var improvedAny = false
        for _ in 0..<maxPasses where attempts < maxAttempts {
            var improved = false
            for (first, second) in candidatePairs(competing, in: workspace).prefix(maxAttempts - attempts) {
                guard !workspace.isOverBudget else { return improvedAny }
                report(RotaProgress(step: .pairReplanning, completed: attempts, total: maxAttempts, work: workspace.work))
                attempts += 1
                let before = (workspace.planned[first], workspace.planned[second])
                guard tryPair(first, second, in: &workspace, scoring: scoring) else { continue }
                var dirty = [Bool](repeating: false, count: instance.memberCount)
                RotaBestResponse.markAffected(by: before.0, and: workspace.planned[first], except: first, in: instance, dirty: &dirty)
                RotaBestResponse.markAffected(by: before.1, and: workspace.planned[second], except: second, in: instance, dirty: &dirty)
                RotaBestResponse.improve(&workspace, dirty: dirty)
                improved = true
                improvedAny = true
            }
            if !improved { break }
        }
        return improvedAny
    }

    /// Competing pairs that touch trouble, most promising first: pairs that can reach more
    /// short intervals, then pairs covering more overstaffed ones; ties by index. O(M·T + P log P).
    static func candidatePairs(_ competing: [[Int]], in workspace: RotaWorkspace) -> [(Int, Int)] {
        let instance = workspace.instance
        var reachShort = [Int](repeating: 0, count: instance.memberCount)
        var coverOver = [Int](repeating: 0, count: instance.memberCount)
        var covered = [[Bool]](repeating: [], count: instance.memberCount)
        for member in 0..<instance.memberCount {
            var mine = [Bool](repeating: false, count: instance.intervalCount)
            for shift in workspace.planned[member] { for t in shift { mine[t] = true } }
            covered[member] = mine
            for t in 0..<instance.intervalCount {
                if instance.open[member][t], workspace.coverage[t] < instance.requirement[t] { reachShort[member] += 1 }
                if mine[t], workspace.coverage[t] > instance.requirement[t] { coverOver[member] += 1 }
            }
        }
        var pairs: [(pair: (Int, Int), short: Int, over: Int)] = []
        for first in 0..<instance.memberCount {
            for second in competing[first] where second > first {
                let short = reachShort[first] + reachShort[second]
                let over = coverOver[first] + coverOver[second]
                if short + over > 0 { pairs.append(((first, second), short, over)) }
            }
        }
        pairs.sort { lhs, rhs in
            if lhs.short != rhs.short { return lhs.short > rhs.short }
            if lhs.over != rhs.over { return lhs.over > rhs.over }
            return lhs.pair < rhs.pair
        }
        return pairs.map(\.pair)
    }

    /// Re-plans `a` and `b` from empty in both orders; keeps the first strict improvement.
    private static func tryPair(
        _ a: Int, _ b: Int, in workspace: inout RotaWorkspace, scoring: RotaScoring
    ) -> Bool {
        let before = workspace.objective
        let saved = (workspace.planned[a], workspace.planned[b])
        for (x, y) in [(a, b), (b, a)] {
            workspace.setPlanned([], for: x)
            workspace.setPlanned([], for: y)
            for _ in 0..<4 {
                let changedX = replan(x, in: &workspace, scoring: scoring)
                let changedY = replan(y, in: &workspace, scoring: scoring)
                if !changedX && !changedY { break }
            }
            if workspace.objective < before { return true }
            workspace.setPlanned(saved.0, for: a)
            workspace.setPlanned(saved.1, for: b)
        }
        return false
    }

    /// One best response for `member`; true when it changed their week.
    private static func replan(_ member: Int, in workspace: inout RotaWorkspace, scoring: RotaScoring) -> Bool {
        let weights = scoring.weights(for: member, in: workspace)
        let instance = workspace.instance
        let proposal = workspace.search.best(weights: weights, open: instance.open[member], budget: instance.budget[member])
        guard RotaScoring.value(of: proposal, weights: weights) > RotaScoring.value(of: workspace.planned[member], weights: weights) else {
            return false
        }
        workspace.setPlanned(proposal, for: member)
        return true
    }

    /// For each member, the others whose open intervals meet theirs, in index order.
    /// O(M²·T/64): the open intervals as 64-bit words.
    static func competitors(_ instance: RotaInstance) -> [[Int]] {
        let words = (instance.intervalCount + 63) / 64
        let masks = instance.open.map { open -> [UInt64] in
            var mask = [UInt64](repeating: 0, count: words)
            for t in open.indices where open[t] { mask[t / 64] |= 1 << UInt64(t % 64) }
            return mask
        }
        var result = [[Int]](repeating: [], count: instance.memberCount)
        for a in 0..<instance.memberCount {
            for b in (a + 1)..<max(a + 1, instance.memberCount) where (0..<words).contains(where: { masks[a][$0] & masks[b][$0] != 0 }) {
                result[a].append(b)
                result[b].append(a)
            }
        }
        return result
    }
}
