import XCTest
@testable import SocialPlanCore

final class ReplicationSummaryTests: XCTestCase {
    func testMeanAndHalfWidthUseStudentT() {
        let summary = ReplicationSummary([1, 2, 3, 4, 5])
        XCTAssertEqual(summary.mean, 3)
        XCTAssertEqual(summary.standardDeviation, 2.5.squareRoot(), accuracy: 1e-12)
        // t(0.975, 4) = 2.776445105; s/√n = √2.5/√5.
        XCTAssertEqual(summary.halfWidth, 2.776445105 * (0.5).squareRoot(), accuracy: 1e-9)
        XCTAssertTrue(summary.contains(4.9))
        XCTAssertFalse(summary.contains(5))
    }

    func testSingleReplicationHasAnInfiniteInterval() {
        let summary = ReplicationSummary([7])
        XCTAssertEqual(summary.mean, 7)
        XCTAssertEqual(summary.halfWidth, .infinity)
    }

    func testTQuantileTableAndExpansionAgreeWithScipy() {
        XCTAssertEqual(StudentT.quantile975(degreesOfFreedom: 1), 12.706204736)
        XCTAssertEqual(StudentT.quantile975(degreesOfFreedom: 30), 2.042272456)
        // scipy.stats.t.ppf(0.975, ν)
        XCTAssertEqual(StudentT.quantile975(degreesOfFreedom: 31), 2.039513446396408, accuracy: 1e-6)
        XCTAssertEqual(StudentT.quantile975(degreesOfFreedom: 60), 2.0002978220142604, accuracy: 1e-7)
        XCTAssertEqual(StudentT.quantile975(degreesOfFreedom: 1000), 1.9623390808264083, accuracy: 1e-9)
        XCTAssertTrue(StudentT.quantile975(degreesOfFreedom: 0).isNaN)
    }
}
