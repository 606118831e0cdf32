import XCTest
@testable import SocialPlanCore

final class ForecastTrendTests: XCTestCase {
    typealias F = ForecastFixture

    func testAKnownLinearTrendGivesItsSlopeAndNextWeek() throws {
        // 100, 110, …, 150 mentions in six whole weeks: +10 a week, mean 125 → +8 % a week, next 160.
        let times = (0..<6).flatMap { F.evenWeek($0, 100 + 10 * $0) }
        let d = F.derive(times, span: F.wholeWeeks(6), trend: true)
        let trend = try XCTUnwrap(d.trend)
        XCTAssertEqual(trend.slope, 10, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(trend.percentPerWeek), 8, accuracy: 1e-9)
        XCTAssertEqual(trend.nextWeek, 160, accuracy: 1e-9)
        XCTAssertEqual(d.perWeek, 160)
        XCTAssertTrue(d.yaml.contains("# trend: +8 % per week (+10.00 mentions/week), next week 160\n"), d.yaml)
        XCTAssertEqual(F.derive(times, span: F.wholeWeeks(6)).perWeek, 125, "without --trend the mean")
        XCTAssertNil(F.derive(times, span: F.wholeWeeks(6)).trend)
    }

    func testTooFewWeeksForATrendFallBackToTheMeanAndSaySo() {
        let times = (0..<2).flatMap { F.evenWeek($0, 100) }
        let d = F.derive(times, span: F.wholeWeeks(2), trend: true)
        XCTAssertNil(d.trend)
        XCTAssertEqual(d.perWeek, 100)
        XCTAssertEqual(d.warnings, ["no trend: it needs 3 whole weeks, the forecast uses 2; per_week is their mean"])
        XCTAssertNil(ForecastTrend(volumes: [1, 2]))
        XCTAssertEqual(ForecastTrend(volumes: [5, 5, 5])?.slope, 0)
    }
}
