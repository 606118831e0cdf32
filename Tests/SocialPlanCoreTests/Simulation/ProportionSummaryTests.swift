import XCTest
@testable import SocialPlanCore

/// The Wilson score interval against SciPy's `binomtest(k, n).proportion_ci(method="wilson")`
/// and against the quadratic-root form of the same interval, computed here independently.
final class ProportionSummaryTests: XCTestCase {
    /// The interval as the roots of the score test's quadratic:
    /// `(2k + z² ± z·sqrt(z² + 4k(n − k)/n)) / (2(n + z²))`.
    private func roots(_ k: Int, _ n: Int) -> (Double, Double) {
        let z = 1.959963984540054, kk = Double(k), nn = Double(n)
        let root = z * (z * z + 4 * kk * (nn - kk) / nn).squareRoot()
        return ((2 * kk + z * z - root) / (2 * (nn + z * z)), (2 * kk + z * z + root) / (2 * (nn + z * z)))
    }

    func testKnownValuesToFourDecimals() {
        // SciPy 1.x: binomtest(k, n).proportion_ci(method="wilson").
        let known: [(Int, Int, Double, Double)] = [
            (0, 20, 0.0000, 0.1611), (20, 20, 0.8389, 1.0000), (10, 20, 0.2993, 0.7007),
            (19, 20, 0.7639, 0.9911), (17, 20, 0.6396, 0.9476), (12, 20, 0.3866, 0.7812), (39, 40, 0.8712, 0.9956),
        ]
        for (k, n, low, high) in known {
            let s = ProportionSummary(successes: k, trials: n)
            XCTAssertEqual(s.lower, low, accuracy: 0.00005, "\(k)/\(n)")
            XCTAssertEqual(s.upper, high, accuracy: 0.00005, "\(k)/\(n)")
            let (a, b) = roots(k, n)
            XCTAssertEqual(s.lower, max(0, a), accuracy: 1e-12, "\(k)/\(n)")
            XCTAssertEqual(s.upper, min(1, b), accuracy: 1e-12, "\(k)/\(n)")
            XCTAssertEqual(s.share, Double(k) / Double(n))
        }
    }

    func testTheEndsAreExactAndTheIntervalNeverCollapses() {
        for n in [1, 2, 5, 20, 200, 1000] {
            let none = ProportionSummary(successes: 0, trials: n), all = ProportionSummary(successes: n, trials: n)
            XCTAssertEqual(none.lower, 0)
            XCTAssertEqual(all.upper, 1)
            XCTAssertGreaterThan(none.upper, 0, "0/\(n) does not prove 0 %")
            XCTAssertLessThan(all.lower, 1, "\(n)/\(n) does not prove 100 %")
            XCTAssertEqual(all.lower, Double(n) / (Double(n) + ProportionSummary.z * ProportionSummary.z), accuracy: 1e-12)
        }
    }

    func testTheIntervalHoldsTheShareAndNarrowsWithMoreTrials() {
        for n in [1, 3, 20, 77] {
            for k in 0...n {
                let s = ProportionSummary(successes: k, trials: n)
                XCTAssertLessThanOrEqual(s.lower, s.share)
                XCTAssertGreaterThanOrEqual(s.upper, s.share)
                XCTAssertTrue((0...1).contains(s.lower) && (0...1).contains(s.upper))
            }
        }
        let small = ProportionSummary(successes: 17, trials: 20), large = ProportionSummary(successes: 170, trials: 200)
        XCTAssertLessThan(large.upper - large.lower, small.upper - small.lower)
    }

    func testFewestTrialsThatCanShowAShare() {
        // n/(n + z²) ≥ share ⇔ n ≥ share·z²/(1 − share): 80 % → 15.37, 90 % → 34.57, 95 % → 72.99.
        XCTAssertEqual(ProportionSummary.fewestTrialsShowing(atLeast: 0.8), 16)
        XCTAssertEqual(ProportionSummary.fewestTrialsShowing(atLeast: 0.9), 35)
        XCTAssertEqual(ProportionSummary.fewestTrialsShowing(atLeast: 0.95), 73)
        XCTAssertEqual(ProportionSummary.fewestTrialsShowing(atLeast: 0.99), 381)
        XCTAssertNil(ProportionSummary.fewestTrialsShowing(atLeast: 1))
        XCTAssertLessThan(ProportionSummary(successes: 15, trials: 15).lower, 0.8)
    }
}
