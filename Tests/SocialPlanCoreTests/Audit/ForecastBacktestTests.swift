import XCTest
@testable import SocialPlanCore

final class ForecastBacktestTests: XCTestCase {
    typealias F = ForecastFixture

    /// Three mentions every day at 09, 12 and 18 o'clock for `weeks` weeks.
    static func steady(weeks: Int) -> [Int] {
        (0..<(7 * weeks)).flatMap { d in [9, 12, 18].map { F.at(day: d, hour: $0, minute: 5) } }
    }

    func testASteadyLogForecastsItsLastWeekWithoutError() throws {
        let d = F.derive(Self.steady(weeks: 4), span: F.wholeWeeks(4))
        guard case .done(let b) = d.backtest else { return XCTFail("\(d.backtest)") }
        XCTAssertEqual(b.week.description, "2026-W13")
        XCTAssertEqual(b.earlierWeeks, 3)
        XCTAssertEqual(b.predicted, 21)
        XCTAssertEqual(b.actual, 21)
        XCTAssertEqual(try XCTUnwrap(b.volumeErrorPercent), 0, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(b.profileWAPE), 0, accuracy: 1e-9)
        XCTAssertEqual(b.hours, 168)
        XCTAssertTrue(d.yaml.contains("#   weekly volume: forecast 21, actual 21, error +0 (+0 %)\n"), d.yaml)
        XCTAssertTrue(d.yaml.contains("#   hourly profile: WAPE 0 %, MAE 0.00 mentions/hour\n"), d.yaml)
    }

    func testAShiftedHourShowsInTheProfileErrorNotTheVolume() throws {
        // The last week's 18:00 mentions come at 20:00: same volume, 7 of 21 in the wrong hour.
        let times = Self.steady(weeks: 3).map { t in t >= F.monday + 2 * F.week && (t / 3600) % 24 == 18 ? t + 7200 : t }
        let d = F.derive(times, span: F.wholeWeeks(3))
        guard case .done(let b) = d.backtest else { return XCTFail("\(d.backtest)") }
        XCTAssertEqual(try XCTUnwrap(b.volumeErrorPercent), 0, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(b.profileWAPE), 200.0 * 7 / 21, accuracy: 1e-9, "7 missing at 18 and 7 extra at 20")
    }

    func testTwoWholeWeeksAreTooFewAndSaySo() {
        let d = F.derive(Self.steady(weeks: 2), span: F.wholeWeeks(2))
        XCTAssertEqual(d.backtest, .skipped("needs 3 whole weeks (2 to forecast from, 1 to check), the history has 2"))
        XCTAssertEqual(d.warnings, [], "two whole weeks are enough history")
        XCTAssertTrue(d.yaml.contains("# backtest: skipped, needs 3 whole weeks"), d.yaml)
    }
}
