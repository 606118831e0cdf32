import XCTest
@testable import SocialPlanCore

final class SimulationDistributionTests: XCTestCase {
    private func meanAndCV(_ count: Int, _ draw: () -> Double) -> (mean: Double, cv: Double) {
        var sum = 0.0, squares = 0.0
        for _ in 0..<count {
            let x = draw()
            sum += x
            squares += x * x
        }
        let mean = sum / Double(count)
        let variance = squares / Double(count) - mean * mean
        return (mean, variance.squareRoot() / mean)
    }

    func testExponentialHasTheRequestedMeanAndUnitCV() {
        var random = SimulationRandom(seed: 11)
        let (mean, cv) = meanAndCV(200_000) { random.exponential(mean: 360) }
        XCTAssertEqual(mean, 360, accuracy: 360 * 0.01)
        XCTAssertEqual(cv, 1, accuracy: 0.01)
    }

    func testLognormalHasTheRequestedMeanAndCV() {
        var random = SimulationRandom(seed: 12)
        for (target, targetCV) in [(300.0, 0.5), (240.0, 1.0)] {
            let (mean, cv) = meanAndCV(400_000) { random.lognormal(mean: target, cv: targetCV) }
            XCTAssertEqual(mean, target, accuracy: target * 0.01)
            XCTAssertEqual(cv, targetCV, accuracy: targetCV * 0.05)
        }
        XCTAssertEqual(random.lognormal(mean: 50, cv: 0), 50, accuracy: 1e-9)
    }

    func testStandardNormalHasZeroMeanAndUnitVariance() {
        var random = SimulationRandom(seed: 13)
        var sum = 0.0, squares = 0.0
        for _ in 0..<200_000 {
            let z = random.standardNormal()
            sum += z
            squares += z * z
        }
        XCTAssertEqual(sum / 200_000, 0, accuracy: 0.01)
        XCTAssertEqual(squares / 200_000, 1, accuracy: 0.01)
    }

    func testPoissonMeanEqualsVarianceForSmallAndLargeMeans() {
        var random = SimulationRandom(seed: 14)
        for target in [0.3, 3.5, 16.0, 40.0, 250.0] {
            var sum = 0.0, squares = 0.0
            let count = 50_000
            for _ in 0..<count {
                let k = Double(random.poisson(mean: target))
                sum += k
                squares += k * k
            }
            let mean = sum / Double(count)
            let variance = squares / Double(count) - mean * mean
            XCTAssertEqual(mean, target, accuracy: max(0.01, 4 * (target / Double(count)).squareRoot()), "mean \(target)")
            XCTAssertEqual(variance, target, accuracy: target * 0.04, "variance \(target)")
        }
        XCTAssertEqual(random.poisson(mean: 0), 0)
    }

    func testPoissonSmallMeanMatchesTheExactProbabilities() {
        var random = SimulationRandom(seed: 15)
        var counts = [Int](repeating: 0, count: 12)
        let draws = 100_000
        for _ in 0..<draws { counts[min(random.poisson(mean: 2), 11)] += 1 }
        var p = exp(-2.0)
        for k in 0..<6 {
            XCTAssertEqual(Double(counts[k]) / Double(draws), p, accuracy: 0.005, "P(\(k))")
            p *= 2 / Double(k + 1)
        }
    }
}
