import XCTest
@testable import SocialPlanCore

/// Priority levels in SLA order and handle-time sampling (SimulationInput suite).
final class SimulationInputPriorityMixTests: XCTestCase {
    func testFjordkaffeMixFollowsSLAOrder() throws {
        let (strategy, _) = try SimulationInputFixture.load()
        let mix = PriorityMix(strategy: strategy)
        XCTAssertEqual(mix.names, ["urgent", "normal"])
        XCTAssertEqual(mix.levels, 2)
        XCTAssertEqual(mix.shares[0], 0.1, accuracy: 1e-12)
        XCTAssertEqual(mix.shares[1], 0.9, accuracy: 1e-12)
        XCTAssertEqual(mix.level(forUniform: 0.05), 0)
        XCTAssertEqual(mix.level(forUniform: 0.5), 1)
        XCTAssertEqual(mix.level(forUniform: 0.999_999), 1)
    }

    func testWithoutPrioritiesEveryMentionIsLowest() throws {
        var (strategy, _) = try SimulationInputFixture.load()
        strategy.mentions?.priorities = []
        let mix = PriorityMix(strategy: strategy)
        XCTAssertEqual(mix.shares, [0, 1])
        XCTAssertEqual(mix.level(forUniform: 0.000_001), 1)
    }

    func testUnlistedAndLeftoverSharesGoToTheLowestLevel() throws {
        var (strategy, _) = try SimulationInputFixture.load()
        let position = try XCTUnwrap(strategy.mentions?.priorities.first?.position)
        // urgent 20 %, a priority with no SLA 50 %, normal not listed: normal gets the other 80 %.
        strategy.mentions?.priorities = [
            Located(PriorityShare(priority: "urgent", share: Percentage(percent: 20)), at: position),
            Located(PriorityShare(priority: "vip", share: Percentage(percent: 50)), at: position),
        ]
        let mix = PriorityMix(strategy: strategy)
        XCTAssertEqual(mix.shares[0], 0.2, accuracy: 1e-12)
        XCTAssertEqual(mix.shares[1], 0.8, accuracy: 1e-12)
    }

    func testWithoutCareThereIsOneLevel() throws {
        var (strategy, _) = try SimulationInputFixture.load()
        strategy.care = nil
        let mix = PriorityMix(strategy: strategy)
        XCTAssertEqual(mix.levels, 1)
        XCTAssertEqual(mix.level(forUniform: 0.3), 0)
    }

    func testHandleTimeSamplingMatchesEachDistribution() {
        func moments(_ handle: HandleTime, seed: UInt64) -> (mean: Double, cv: Double) {
            var random = SimulationRandom(seed: seed)
            let values = (0..<200_000).map { _ in handle.sample(using: &random) }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count - 1)
            return (mean, variance.squareRoot() / mean)
        }
        let exponential = moments(HandleTime(mean: .minutes(6)), seed: 1)
        XCTAssertEqual(exponential.mean, 360, accuracy: 360 * 0.01)
        XCTAssertEqual(exponential.cv, 1, accuracy: 0.02)
        let lognormal = moments(HandleTime(mean: .minutes(4), cv: 0.5), seed: 2)
        XCTAssertEqual(lognormal.mean, 240, accuracy: 240 * 0.01)
        XCTAssertEqual(lognormal.cv, 0.5, accuracy: 0.02)
        var random = SimulationRandom(seed: 3)
        let before = random
        XCTAssertEqual(HandleTime(mean: .minutes(5), cv: 0).sample(using: &random), 300)
        XCTAssertEqual(random, before, "a fixed handle time draws nothing")
        XCTAssertEqual(HandleTime(mean: TimeSpan(seconds: 0)).sample(using: &random), 0)
    }
}
