import Foundation
import XCTest
@testable import SocialPlanCore
import SocialPlanTestSupport

/// Every line of the full simulation report and of the plan fits a 100-column terminal (gap
/// lines, hours, fix sentences and notes wrap), and where every target holds no gap is reported
/// as a problem and nothing says hire.
///
/// The reports are rendered here, in the core, for the starter templates and the capped desk,
/// which plan in a fraction of a second; SimulateCommandTests does the same through the binary
/// for every bundled strategy with `SOCIALPLAN_SLOW_TESTS=1`.
final class ReportWidthTests: XCTestCase {
    func testFullReportsAndPlansFitOneHundredColumns() throws {
        let week = try ISOWeek.parse("2026-W49").get()
        let files = StarterTemplate.all.map { ($0.name, $0.text) }
            + [("capped-desk", try PackageRoot.text("Tests/SocialPlanCLITests/Fixtures/check/capped-desk.yaml"))]
        var holding = 0
        for (name, text) in files {
            let strategy = try XCTUnwrap(StrategyLoader.load(text).strategy, name)
            // Sixteen weeks: the fewest that can show a target met with 80 % confidence.
            let report = WeekCheck.report(strategy: strategy, week: week, seed: 1, replications: .fixed(16))
            let simulated = SimulationTextRenderer(detail: .full).render(report, strategy: strategy)
            let planned = ScheduleTextRenderer().render(report.schedule, strategy: strategy)
            for line in (simulated + planned).split(separator: "\n") {
                XCTAssertLessThanOrEqual(line.count, 100, "\(name): \(line)")
            }
            XCTAssertTrue(simulated.contains("agents short by hour"), name)
            if report.verdict == .meets {
                holding += 1
                XCTAssertFalse(simulated.contains("hire"), "\(name): \(simulated)")
                XCTAssertFalse(simulated.contains("staffing gaps behind the breaches"), name)
            }
        }
        XCTAssertGreaterThan(holding, 0, "some file meets every target, so the check above ran")
    }
}
