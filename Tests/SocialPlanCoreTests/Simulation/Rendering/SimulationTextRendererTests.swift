import XCTest
@testable import SocialPlanCore

/// The number forms and line breaking of the simulation's SLA table and verdict line.
final class SimulationTextRendererTests: XCTestCase {
    func testShortPercentDropsTheZeroDecimal() {
        XCTAssertEqual(ReportNumbers.shortPercent(0.95), "95%")
        XCTAssertEqual(ReportNumbers.shortPercent(0.8), "80%")
        XCTAssertEqual(ReportNumbers.shortPercent(0.995), "99.5%")
        XCTAssertEqual(ReportNumbers.shortPercent(1), "100%")
    }

    /// The printed interval holds the computed one, so a printed lower end at or above the
    /// share wanted means the verdict is "meets".
    func testWeeksKeptIntervalIsRoundedOutwards() {
        XCTAssertEqual(SimulationTextRenderer.weeksKept(ProportionSummary(successes: 17, trials: 20)), "17 of 20 (63.9–94.8%)")
        XCTAssertEqual(SimulationTextRenderer.weeksKept(ProportionSummary(successes: 20, trials: 20)), "20 of 20 (83.8–100.0%)")
        XCTAssertEqual(SimulationTextRenderer.weeksKept(ProportionSummary(successes: 0, trials: 20)), "0 of 20 (0.0–16.2%)")
        XCTAssertEqual(ReportNumbers.percentRange(0.8, 0.9), "80.0–90.0%", "exact tenths stay put")
        XCTAssertEqual(ReportNumbers.percentRange(0.79999, 0.90001), "79.9–90.1%")
    }

    func testTheVerdictLineIsWrappedAtOneHundredColumns() {
        let words = Array(repeating: "urgent first_reply,", count: 12).joined(separator: " ")
        let wrapped = String(TextWrap.text("verdict: " + words).dropLast())
        let lines = wrapped.split(separator: "\n")
        XCTAssertGreaterThan(lines.count, 1)
        for line in lines { XCTAssertLessThanOrEqual(line.count, 100) }
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") && !$0.hasPrefix("   ") })
        XCTAssertEqual(wrapped.replacingOccurrences(of: "\n  ", with: " "), "verdict: " + words)
        XCTAssertEqual(TextWrap.text("short line"), "short line\n")
    }
}
