import XCTest
@testable import SocialPlanCore

/// The verdict by risk: which weeks keep a promise, and how the share of weeks kept is judged
/// against `care.confidence`.
final class SLAForecastTests: XCTestCase {
    private func tally(met: Int, late: Int = 0, unanswered: Int = 0, pending: Int = 0) -> MeasureTally {
        var t = MeasureTally()
        t.met = met
        t.breached = late
        t.breachedUnanswered = unanswered
        t.pending = pending
        return t
    }

    private let urgent = SLAMeasure(level: 0, priority: "urgent", metric: .firstReply, limitSeconds: 1800, target: 0.95,
                                    clock: .business, confidence: 0.8)

    func testAWeekKeepsThePromiseWhenItsAttainmentReachesTheTarget() {
        XCTAssertTrue(tally(met: 19, late: 1).keeps(target: 0.95), "19 of 20 is exactly 95 %")
        XCTAssertFalse(tally(met: 18, late: 1, unanswered: 1).keeps(target: 0.95), "unanswered past due is a breach")
        XCTAssertTrue(tally(met: 57, late: 3).keeps(target: 0.95))
        XCTAssertFalse(tally(met: 56, late: 3).keeps(target: 0.95))
        XCTAssertTrue(tally(met: 9, late: 1, pending: 5).keeps(target: 0.9), "pending mentions count neither way")
        XCTAssertTrue(tally(met: 0, pending: 3).keeps(target: 0.95), "nothing judged: nothing was broken")
        XCTAssertTrue(MeasureTally().keeps(target: 0.95))
        XCTAssertTrue(tally(met: 9, late: 1).keeps(target: 0.9), "9/10 rounds to the same double as 90 %")
        XCTAssertTrue(tally(met: 7, late: 3).keeps(target: Percentage(partsPerMillion: 700_000).fraction))
        XCTAssertFalse(tally(met: 699_999, late: 300_001).keeps(target: 0.7))
    }

    func testVerdictThresholds() {
        func judge(_ k: Int, _ n: Int, _ confidence: Double) -> SLAVerdict {
            SLAVerdict.judge(weeksKept: ProportionSummary(successes: k, trials: n), confidence: confidence, judgedWeeks: n)
        }
        XCTAssertEqual(judge(20, 20, 0.8), .meets, "20/20: 83.9–100 %")
        XCTAssertEqual(judge(19, 20, 0.8), .tooCloseToCall, "19/20: 76.4–99.1 %")
        XCTAssertEqual(judge(13, 20, 0.8), .tooCloseToCall, "13/20: 43.3–81.9 %")
        XCTAssertEqual(judge(12, 20, 0.8), .misses, "12/20: 38.7–78.1 %")
        XCTAssertEqual(judge(39, 40, 0.8), .meets, "39/40: 87.1–99.6 %")
        XCTAssertEqual(judge(20, 20, 0.9), .tooCloseToCall, "90 % needs at least 35 weeks")
        XCTAssertEqual(judge(0, 20, 0.8), .misses)
        // The ends: lower == confidence meets, upper == confidence is still too close.
        let s = ProportionSummary(successes: 17, trials: 20)
        XCTAssertEqual(SLAVerdict.judge(weeksKept: s, confidence: s.lower, judgedWeeks: 20), .meets)
        XCTAssertEqual(SLAVerdict.judge(weeksKept: s, confidence: s.upper, judgedWeeks: 20), .tooCloseToCall)
        XCTAssertEqual(SLAVerdict.judge(weeksKept: s, confidence: s.upper.nextUp, judgedWeeks: 20), .misses)
        XCTAssertEqual(SLAVerdict.judge(weeksKept: ProportionSummary(successes: 20, trials: 20), confidence: 0.8, judgedWeeks: 0), .noMentions)
    }

    /// The case of issue 9: the mean week is above the target, but half the weeks fall below
    /// it. The mean's interval lies above 95 %, which the old verdict called "meets".
    func testAMeanAboveTheTargetWithTooFewWeeksKeptDoesNotMeet() throws {
        let good = Array(repeating: tally(met: 30), count: 10)
        let bad = Array(repeating: tally(met: 28, late: 2), count: 10)
        let forecast = SLAForecast(measure: urgent, tallies: zip(good, bad).flatMap { [$0, $1] })
        let attainment = try XCTUnwrap(forecast.attainment)
        XCTAssertEqual(attainment.mean, (1 + 28.0 / 30) / 2, accuracy: 1e-12)
        XCTAssertGreaterThanOrEqual(attainment.lower, urgent.target, "the mean attainment interval is above the target")
        XCTAssertEqual(forecast.weeksKept.successes, 10)
        XCTAssertEqual(forecast.weeksKept.trials, 20)
        XCTAssertEqual(forecast.verdict, .misses, "10 of 20 weeks (30–70 %) against 80 %")

        let mostly = SLAForecast(measure: urgent, tallies: Array(repeating: tally(met: 30), count: 16) + Array(repeating: tally(met: 28, late: 2), count: 4))
        XCTAssertEqual(mostly.verdict, .tooCloseToCall, "16 of 20 (58–92 %) straddles 80 %")
        XCTAssertNotEqual(mostly.verdict, .meets)
    }

    func testWeeksWithoutJudgedMentionsKeepThePromiseButNoneAtAllIsNoMentions() {
        let rare = SLAForecast(measure: urgent, tallies: Array(repeating: MeasureTally(), count: 18) + [tally(met: 1), tally(met: 0, late: 1)])
        XCTAssertEqual(rare.weeksKept.successes, 19)
        XCTAssertEqual(rare.judgedWeeks, 2)
        XCTAssertEqual(rare.attainment?.mean, 0.5)
        XCTAssertEqual(rare.verdict, .tooCloseToCall)
        let none = SLAForecast(measure: urgent, tallies: Array(repeating: tally(met: 0, pending: 2), count: 5))
        XCTAssertEqual(none.verdict, .noMentions)
        XCTAssertNil(none.attainment)
        XCTAssertEqual(none.weeksKept.successes, 5)
    }
}
