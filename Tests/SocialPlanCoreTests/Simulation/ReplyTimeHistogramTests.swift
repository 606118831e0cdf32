import XCTest
@testable import SocialPlanCore

final class ReplyTimeHistogramTests: XCTestCase {
    func testQuantilesAreWithinHalfABinOfTheExactSampleQuantiles() {
        var random = SimulationRandom(seed: 21)
        var histogram = ReplyTimeHistogram()
        var samples: [Double] = []
        for _ in 0..<50_000 {
            let x = random.lognormal(mean: 400, cv: 1.2)
            samples.append(x)
            histogram.add(x)
        }
        samples.sort()
        for q in [0.5, 0.9, 0.99] {
            let exact = samples[Int((q * Double(samples.count)).rounded(.up)) - 1]
            let estimate = histogram.quantile(q) ?? .nan
            XCTAssertEqual(estimate, exact, accuracy: exact * 0.0040, "q = \(q)")
        }
        XCTAssertEqual(histogram.count, 50_000)
    }

    func testZeroTinyAndHugeValuesLandInTheEndBins() {
        var histogram = ReplyTimeHistogram()
        XCTAssertNil(histogram.quantile(0.5))
        histogram.add(0)
        histogram.add(-3)
        histogram.add(1e-6)
        XCTAssertEqual(histogram.quantile(1), 0)
        histogram.add(1e12)
        XCTAssertEqual(histogram.quantile(1) ?? 0, 0x1.0p30, accuracy: 0x1.0p30 * 0.01)
    }

    func testMergeAddsCounts() {
        var a = ReplyTimeHistogram()
        var b = ReplyTimeHistogram()
        a.add(10)
        b.add(1000)
        a.merge(b)
        XCTAssertEqual(a.count, 2)
        XCTAssertEqual(a.quantile(1) ?? 0, 1000, accuracy: 4)
    }
}
