@testable import SocialPlanCore

/// The one seeded generator of the unit tests: SplitMix64 (the library's own
/// `SimulationRandom.splitMix64`), so every property test sees the same cases on every run and
/// a failure reproduces from its seed.
struct TestRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 { SimulationRandom.splitMix64(&state) }

    /// A number in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    /// A number in `0..<n`.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// True with probability `percent` %.
    mutating func chance(_ percent: Int) -> Bool { int(in: 0...99) < percent }
}
