/// The fast path for a stationary M/M/c queue: Poisson arrivals at a constant rate, exponential
/// handle times, a fixed number of agents, one priority, first come first served.
///
/// **Method.** With interchangeable agents and FIFO service, a mention starts at
/// `max(arrival, earliest time an agent is free)` (Kiefer–Wolfowitz recursion), so no event heap
/// is needed: the `c` agents' next-free times are kept in a binary min-heap of `c` doubles;
/// each mention reads the root and replaces it with its own completion time (one sift-down,
/// O(log c)). Arrivals are generated on the fly, nothing is stored per mention, and statistics
/// go to an ``OutcomeSummary``: memory is O(c + histogram bins) whatever the number of mentions.
///
/// **Draw order.** For each mention: the inter-arrival gap (`exponential(mean: 1/λ)`) and then
/// the handle time (`exponential(mean: AHT)`). ``QueueSimulator`` fed the same draws with
/// constant staffing gives identical waits (a test checks this).
///
/// All agents are free at time 0 (an empty system); discard a warm-up to measure the
/// steady state.
public struct StationaryQueueSimulation: Sendable, Hashable {
    /// Arrival rate λ in mentions per second (> 0).
    public let arrivalsPerSecond: Double
    /// Mean handle time in seconds (> 0).
    public let meanHandleSeconds: Double
    /// Agents on duty (≥ 1).
    public let agents: Int

    /// A stationary M/M/c queue.
    ///
    /// - Precondition: positive rate, handle time and agent count (programmer error otherwise).
    ///
    /// Complexity: O(1).
    public init(arrivalsPerSecond: Double, meanHandleSeconds: Double, agents: Int) {
        precondition(arrivalsPerSecond > 0 && meanHandleSeconds > 0 && agents >= 1,
                     "M/M/c needs a positive rate, handle time and agent count")
        self.arrivalsPerSecond = arrivalsPerSecond
        self.meanHandleSeconds = meanHandleSeconds
        self.agents = agents
    }

    /// Offered traffic in Erlangs, `λ·AHT`.
    public var traffic: Double { arrivalsPerSecond * meanHandleSeconds }

    /// Simulates `warmUp + mentions` arrivals and summarises the last `mentions` of them.
    ///
    /// - Parameters:
    ///   - mentions: Mentions counted in the summary.
    ///   - warmUp: Mentions simulated first and not counted.
    ///   - seed: Seed of the ``SimulationRandom`` stream.
    ///   - waitLimit: Wait limit in seconds for the wait-based service level.
    ///   - replyLimit: Reply limit in seconds (wait + handle) for the reply-based service level.
    /// - Returns: The summary; every counted mention is answered (there is no horizon).
    ///
    /// Complexity: O((warmUp + mentions)·log agents) time, O(agents) memory beyond the summary.
    public func run(mentions: Int, warmUp: Int = 0, seed: UInt64,
                    waitLimit: Double, replyLimit: Double) -> OutcomeSummary {
        var random = SimulationRandom(seed: seed)
        var summary = OutcomeSummary(waitLimit: waitLimit, replyLimit: replyLimit)
        var freeAt = [Double](repeating: 0, count: agents)
        let meanGap = 1 / arrivalsPerSecond
        let handle = meanHandleSeconds
        var clock = 0.0
        freeAt.withUnsafeMutableBufferPointer { heap in
            for index in 0..<(max(warmUp, 0) + max(mentions, 0)) {
                clock += random.exponential(mean: meanGap)
                let service = random.exponential(mean: handle)
                let start = max(clock, heap[0])
                Self.replaceMin(in: heap, with: start + service)
                if index >= warmUp {
                    let wait = start - clock
                    summary.recordAnswered(wait: wait, reply: wait + service)
                }
            }
        }
        return summary
    }

    /// Replaces the root of the binary min-heap `heap` with `value` and sifts it down.
    ///
    /// Complexity: O(log heap.count).
    @inline(__always)
    static func replaceMin(in heap: UnsafeMutableBufferPointer<Double>, with value: Double) {
        let count = heap.count
        var hole = 0
        while true {
            let left = 2 * hole + 1
            if left >= count { break }
            let right = left + 1
            let child = right < count && heap[right] < heap[left] ? right : left
            if heap[child] >= value { break }
            heap[hole] = heap[child]
            hole = child
        }
        heap[hole] = value
    }
}
