import XCTest
@testable import SocialPlanCore

final class SimulationRandomTests: XCTestCase {
    /// Reference values computed independently by Benchmarks/simulation_random_reference.py
    /// (a Python transcription of the published SplitMix64 and xoshiro256** algorithms).
    func testFirstOutputsForSeed42MatchTheIndependentReference() {
        var random = SimulationRandom(seed: 42)
        let outputs = (0..<5).map { _ in random.next() }
        XCTAssertEqual(outputs, [
            1_546_998_764_402_558_742, 6_990_951_692_964_543_102, 12_544_586_762_248_559_009,
            17_057_574_109_182_124_193, 18_295_552_978_065_317_476,
        ])
        var uniforms = SimulationRandom(seed: 42)
        XCTAssertEqual(uniforms.uniform(), 0.08386297105988222)
        XCTAssertEqual(uniforms.uniform(), 0.37898025066266866)
        XCTAssertEqual(uniforms.uniform(), 0.6800434110281395)
    }

    func testFirstOutputsForSeed0MatchTheIndependentReference() {
        var random = SimulationRandom(seed: 0)
        XCTAssertEqual((0..<3).map { _ in random.next() },
                       [11_091_344_671_253_066_420, 13_793_997_310_169_335_082, 1_900_383_378_846_508_768])
    }

    func testSameSeedGivesTheSameStreamAndDifferentSeedsDiffer() {
        var a = SimulationRandom(seed: 7)
        var b = SimulationRandom(seed: 7)
        var c = SimulationRandom(seed: 8)
        let streamA = (0..<1000).map { _ in a.next() }
        let streamB = (0..<1000).map { _ in b.next() }
        let streamC = (0..<1000).map { _ in c.next() }
        XCTAssertEqual(streamA, streamB)
        XCTAssertNotEqual(streamA, streamC)
        XCTAssertEqual(Set(streamA).intersection(streamC).count, 0)
    }

    func testUniformStaysStrictlyInsideTheUnitInterval() {
        var random = SimulationRandom(seed: 1)
        var sum = 0.0
        for _ in 0..<100_000 {
            let u = random.uniform()
            XCTAssertTrue(u > 0 && u < 1)
            sum += u
        }
        XCTAssertEqual(sum / 100_000, 0.5, accuracy: 0.005)
    }

    func testReplicationSeedsAreDistinctAndStable() {
        let seeds = (0..<1000).map { SimulationRandom.replicationSeed(base: 42, index: $0) }
        XCTAssertEqual(Set(seeds).count, 1000)
        XCTAssertEqual(seeds[3], SimulationRandom.replicationSeed(base: 42, index: 3))
        XCTAssertNotEqual(seeds[0], SimulationRandom.replicationSeed(base: 43, index: 0))
    }
}
