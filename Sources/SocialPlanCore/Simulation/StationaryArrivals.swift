/// A lazily generated stream of Poisson arrivals with exponential handle times and one
/// priority — the general simulator's stationary input, built on the fly (nothing stored).
///
/// Draw order per mention matches ``StationaryQueueSimulation``: the inter-arrival gap, then
/// the handle time, so both simulators see the same mentions for the same seed.
public struct StationaryArrivals: Sequence, IteratorProtocol, Sendable {
    private var random: SimulationRandom
    private let meanGap: Double
    private let meanHandleSeconds: Double
    private let count: Int
    private var produced = 0
    private var clock = 0.0

    /// `count` mentions at `arrivalsPerSecond` with mean handle time `meanHandleSeconds`.
    ///
    /// Complexity: O(1).
    public init(count: Int, arrivalsPerSecond: Double, meanHandleSeconds: Double, seed: UInt64) {
        precondition(arrivalsPerSecond > 0 && meanHandleSeconds > 0, "positive rate and handle time")
        random = SimulationRandom(seed: seed)
        meanGap = 1 / arrivalsPerSecond
        self.meanHandleSeconds = meanHandleSeconds
        self.count = count
    }

    /// The next mention, or `nil` after `count` of them.
    ///
    /// Complexity: O(1).
    public mutating func next() -> SimulatedMention? {
        guard produced < count else { return nil }
        clock += random.exponential(mean: meanGap)
        let handle = random.exponential(mean: meanHandleSeconds)
        defer { produced += 1 }
        return SimulatedMention(id: produced, arrival: clock, priority: 0, handleTime: handle)
    }
}
