/// The fairness step: hand whole shifts, or their first or last part, to another member when
/// that lowers `RotaFairness`'s spread and changes no coverage.
///
/// A move gives `[s, k)` or `[k, e)` (or all of `[s, e)`) of a planned shift of member a to
/// member b, who must be free there (open, rest kept to their other shifts) and have the hours;
/// a keeps the other part, which must still be at least `minLength` long. Coverage is unchanged,
/// so the (weighted) shortfall and overstaffing are too. Each shift takes its best improving
/// move; every move lowers F strictly, so the loop ends. One pass is O(S·M·ΔL·(ΔL + S_b)) for S
/// planned shifts (S_b a receiver's shifts); each shift's look counts M·ΔL work, and the step stops
/// when the workspace's work budget is spent.
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
                    guard !workspace.isOverBudget else { return movedAny }
                    workspace.count(work: instance.memberCount * (1 + 2 * max(0, shift.count - 2 * instance.minLength + 1)))
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
    /// earlier piece. O(M·ΔL·(ΔL + S_b)) for S_b shifts of a receiver: every piece holds the
    /// shift's first or last interval, so a receiver open at neither is passed over at once, and
    /// a piece is checked against the receiver's own shifts instead of a mask of the week.
    private static func bestMove(of shift: Range<Int>, from member: Int, in workspace: RotaWorkspace) -> Move? {
        let instance = workspace.instance
        var best: Move?
        let pieces = pieces(of: shift, minLength: instance.minLength)
        for receiver in 0..<instance.memberCount where receiver != member && instance.capacity[receiver] > 0 {
            let open = instance.open[receiver]
            guard open[shift.lowerBound] || open[shift.upperBound - 1] else { continue }
            let budget = workspace.remainingBudget(of: receiver)
            guard budget >= instance.minLength else { continue }
            for (given, kept) in pieces where given.count <= budget {
                let scaled = RotaFairness.change(
                    length: given.count, from: member, to: receiver,
                    duty: workspace.duty, capacity: instance.capacity
                )
                guard scaled < 0, workspace.isFree(given, for: receiver) else { continue }
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
