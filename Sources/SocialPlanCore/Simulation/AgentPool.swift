/// The simulator's agents as counts: idle, busy, and busy agents whose shift has ended and who
/// leave when they finish the mention in hand.
struct AgentPool: Sendable, Hashable {
    /// On duty and free.
    private(set) var idle = 0
    /// Handling a mention (including those owing a departure).
    private(set) var busy = 0
    /// Busy agents past their shift end: each of the next completions sends one home.
    private(set) var owedDepartures = 0

    /// Agents that will still be on duty once owed departures are taken.
    var onDuty: Int { idle + busy - owedDepartures }

    /// Moves the on-duty count to `target`: extra idle agents leave now, then busy ones owe a
    /// departure; missing agents arrive idle.
    mutating func staff(_ target: Int) {
        let current = onDuty
        if target > current {
            idle += target - current
        } else if target < current {
            let surplus = current - target
            let leavingNow = min(idle, surplus)
            idle -= leavingNow
            owedDepartures += surplus - leavingNow
        }
    }

    /// An idle agent takes a mention.
    mutating func startOne() {
        idle -= 1
        busy += 1
    }

    /// A busy agent finishes: leaves if a departure is owed, otherwise becomes idle.
    mutating func finishOne() {
        busy -= 1
        if owedDepartures > 0 {
            owedDepartures -= 1
        } else {
            idle += 1
        }
    }
}
