/// The fairness step: hand whole shifts, or their first or last part, to another member when
/// that lowers `RotaFairness`'s spread and changes no coverage.
///
/// A move gives `[s, k)` or `[k, e)` (or all of `[s, e)`) of a planned shift of member a to
/// member b, who must be free there (open, rest kept to their other shifts) and have the hours;
/// a keeps the other part, which must still be at least `minLength` long. Coverage is unchanged,
/// so the (weighted) shortfall and overstaffing are too. Each shift takes its best improving
/// move; every move lowers F strictly, so the loop ends. One pass is O(S·M·(T + ΔL)) for S planned shifts.
enum RotaRebalancing {
    /// Applies improving moves until none is left or `maxPasses` is reached; true when any was made.
    @discardableResult
    static func improve(_ workspace: inout RotaWorkspace, maxPasses: Int = 40) -> Bool {
        let instance = workspace.instance
        var movedAny = false
        for _ in 0..<maxPasses {
            var moved = false
            for member in 0..<instance.memberCount {
                for shift in workspace.planned[member] where workspace.planned[member].contains(shift) {
                    if let move = bestMove(of: shift, from: member, in: workspace) {
                        workspace.remove(shift, from: member)
                        if !move.kept.isEmpty { workspace.add(move.kept, to: member) }
                        workspace.add(move.given, to: move.receiver)
                        moved = true
                        movedAny = true
                    }
                }
            }
            if !moved { break }
        }
        return movedAny
    }

    private struct Move {
        var receiver: Int
        var given: Range<Int>
        var kept: Range<Int>
        var change: Double
    }

    /// The improving move of `shift` that lowers F most; ties to the lower receiver, then the
    /// earlier piece. O(M·(T + ΔL)).
    private static func bestMove(of shift: Range<Int>, from member: Int, in workspace: RotaWorkspace) -> Move? {
        let instance = workspace.instance
        var best: Move?
        for receiver in 0..<instance.memberCount where receiver != member && instance.capacity[receiver] > 0 {
            let budget = workspace.remainingBudget(of: receiver)
            guard budget >= instance.minLength else { continue }
            let free = workspace.freeMask(of: receiver)
            for (given, kept) in pieces(of: shift, minLength: instance.minLength) where given.count <= budget {
                let scaled = RotaFairness.change(
                    length: given.count, from: member, to: receiver,
                    duty: workspace.duty, capacity: instance.capacity
                )
                guard scaled < 0, given.allSatisfy({ free[$0] }) else { continue }
                let change = Double(scaled) / Double(instance.capacity[member] * instance.capacity[receiver])
                if best.map({ change < $0.change }) ?? true {
                    best = Move(receiver: receiver, given: given, kept: kept, change: change)
                }
            }
        }
        return best
    }

    /// The whole shift, then each prefix and suffix that leaves both parts at least `minLength`.
    private static func pieces(of shift: Range<Int>, minLength: Int) -> [(given: Range<Int>, kept: Range<Int>)] {
        var result: [(Range<Int>, Range<Int>)] = [(shift, shift.lowerBound..<shift.lowerBound)]
        let first = shift.lowerBound + minLength
        let last = shift.upperBound - minLength
        if first <= last {
            for cut in first...last {
                result.append((shift.lowerBound..<cut, cut..<shift.upperBound))
                result.append((cut..<shift.upperBound, shift.lowerBound..<cut))
            }
        }
        return result
    }
}
