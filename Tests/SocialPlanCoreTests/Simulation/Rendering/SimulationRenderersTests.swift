import Foundation
import XCTest
@testable import SocialPlanCore

/// The simulation's four renderers on one small report: the capped desk (one person whose 20-hour
/// limit leaves Wednesday afternoon to Friday unstaffed) over two simulated weeks. Its plan is
/// fixed by the file, so the plan-derived lines are spelled out; the simulated figures are
/// read from the report value the renderers are given.
final class SimulationRenderersTests: XCTestCase {
    /// The capped desk, with a `|` in its name for the Markdown escaping.
    static let text = FixSearchTests.capped.replacingOccurrences(of: "name: Capped Desk", with: "name: \"Capped | Desk\"")

    static let fixture: (strategy: Strategy, report: SimulationReport)? = {
        guard let strategy = StrategyLoader.load(text).strategy, let week = try? ISOWeek.parse("2026-W49").get() else { return nil }
        return (strategy, WeekCheck.report(strategy: strategy, week: week, seed: 1, replications: .fixed(2)))
    }()

    private func load() throws -> (strategy: Strategy, report: SimulationReport) {
        try XCTUnwrap(Self.fixture, "the capped desk loads")
    }

    func testTextShowsVerdictsGapsHeatmapsOccupancyAndTheVerdictLine() throws {
        let (strategy, report) = try load()
        let text = SimulationTextRenderer(detail: .full).render(report, strategy: strategy)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.first, "Capped | Desk — simulated week 2026-W49 (Mon 30 Nov – Sun 06 Dec 2026, Europe/Oslo)")
        XCTAssertEqual(lines.dropFirst().first, "2 simulated weeks from seed 1, 1 day of warm-up")
        let sla = try XCTUnwrap(report.slas.first)
        XCTAssertEqual(report.slas.count, 1)
        XCTAssertEqual(sla.verdict, .misses, "Thursday and Friday unstaffed")
        let row = try XCTUnwrap(lines.first { $0.hasPrefix("  normal first_reply  1h business  80%  ") }, text)
        XCTAssertTrue(row.contains(" \(SimulationTextRenderer.weeksKept(sla.weeksKept)) "), row)
        XCTAssertTrue(row.hasSuffix("80%   ✗ misses"), row)
        // The gaps behind the breaches come from the plan: Ana's hours run out on Wednesday at 13:00.
        for day in ["Wed 13:00–17:00", "Thu 09:00–17:00", "Fri 09:00–17:00"] {
            XCTAssertTrue(text.contains("\n  \(day): 0 on duty, 1 needed — Ana has used the weekly hours (care, sessions and tasks)\n"),
                          "\(day):\n\(text)")
        }
        // The short-by-hour map: 1 short through Thursday's opening hours, covered (·) on Tuesday.
        let short = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("agents short by hour") })
        func cells(_ day: String) throws -> [String] {
            let row = try XCTUnwrap(lines[short...].first { $0.hasPrefix(day) }, day)
            return (0..<24).map { h in String(row.dropFirst(5 + 3 * h).prefix(2)).trimmingCharacters(in: .whitespaces) }
        }
        XCTAssertEqual(try cells("Thu"), Array(repeating: "", count: 9) + Array(repeating: "1", count: 8) + Array(repeating: "", count: 7))
        XCTAssertEqual(try cells("Tue"), Array(repeating: "", count: 9) + Array(repeating: "·", count: 8) + Array(repeating: "", count: 7))
        XCTAssertEqual(try cells("Sun"), Array(repeating: "", count: 24))
        XCTAssertTrue(lines.contains { $0.hasPrefix("  Ana Lund ") && $0.hasSuffix(", 20h on duty") }, text)
        XCTAssertEqual(lines.last { !$0.isEmpty },
                       "verdict: 1 of 1 SLA target missed, kept in fewer than 80% of weeks (normal first_reply)")

        // `check` shows the verdicts and gaps, not the heatmaps and occupancy.
        let verdict = SimulationTextRenderer(detail: .verdict).render(report, strategy: strategy)
        XCTAssertTrue(verdict.contains("\n  Thu 09:00–17:00: 0 on duty, 1 needed"), verdict)
        XCTAssertFalse(verdict.contains("agents short by hour"))
        XCTAssertFalse(verdict.contains("Ana Lund"))
        XCTAssertTrue(verdict.hasSuffix("(normal first_reply)\n"), verdict)
    }

    func testJSONCarriesTheRunTheVerdictsAndEveryInterval() throws {
        let (strategy, report) = try load()
        let json = SimulationJSONRenderer.render(report, strategy: strategy)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(object["strategy"] as? String, "Capped | Desk")
        XCTAssertEqual(object["week"] as? String, "2026-W49")
        XCTAssertEqual(object["seed"] as? String, "1")
        XCTAssertEqual(object["replications"] as? Int, 2)
        XCTAssertEqual(object["verdict"] as? String, "misses")
        let slas = try XCTUnwrap(object["slas"] as? [[String: Any]])
        XCTAssertEqual(slas.count, 1)
        let sla = try XCTUnwrap(slas.first), measured = try XCTUnwrap(report.slas.first)
        XCTAssertEqual(sla["priority"] as? String, "normal")
        XCTAssertEqual(sla["metric"] as? String, "first_reply")
        XCTAssertEqual(sla["clock"] as? String, "business")
        XCTAssertEqual(sla["limit_minutes"] as? Int, 60)
        XCTAssertEqual(sla["target"] as? Double, 0.8)
        XCTAssertEqual(sla["verdict"] as? String, "misses")
        XCTAssertEqual(sla["weeks_kept"] as? Int, measured.weeksKept.successes)
        XCTAssertEqual(sla["weeks_judged"] as? Int, 2)
        let intervals = try XCTUnwrap(object["intervals"] as? [[String: Any]])
        XCTAssertEqual(intervals.count, 672, "seven days of 96 quarter hours")
        // Thursday 09:00 in Oslo is 08:00 UTC: one needed, nobody on duty.
        let thursday = try XCTUnwrap(intervals.first { $0["utc_start"] as? String == "2026-12-03T08:00:00Z" }, "\(intervals.prefix(1))")
        XCTAssertEqual(thursday["required"] as? Int, 1)
        XCTAssertEqual(thursday["scheduled"] as? Int, 0)
        let members = try XCTUnwrap((object["occupancy"] as? [String: Any])?["members"] as? [[String: Any]])
        XCTAssertEqual(members.count, 1)
        XCTAssertNotNil(object["gaps"] as? [[String: Any]])
    }

    func testCSVHasOneRowPerIntervalWithThePlanAndTheSimulatedMeans() throws {
        let (_, report) = try load()
        let csv = SimulationCSVRenderer.render(report)
        XCTAssertTrue(csv.hasSuffix("\r\n"))
        let rows = csv.components(separatedBy: "\r\n").dropLast()
        XCTAssertEqual(rows.first, SimulationCSVRenderer.columns.joined(separator: ","))
        XCTAssertEqual(rows.count, 1 + 672)
        XCTAssertTrue(rows.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 10 }, "ten fields a row")
        XCTAssertEqual(rows[1], "2026-11-30 00:00,2026-11-29T23:00:00Z,0,0,0,0,\(ReportNumbers.fixed(report.intervals[0].arrivals, 3)),"
                       + "\(ReportNumbers.fixed(report.intervals[0].breaches, 3)),\(ReportNumbers.fixed(report.intervals[0].peakBacklog, 3)),",
                       "local and UTC start; no occupancy where nobody is on duty")
        let thursday = try XCTUnwrap(rows.first { $0.hasPrefix("2026-12-03 09:00,") })
        XCTAssertTrue(thursday.hasPrefix("2026-12-03 09:00,2026-12-03T08:00:00Z,1,0,-1,0,"), thursday)
        XCTAssertTrue(thursday.hasSuffix(","), "nobody on duty: no occupancy")
        let monday = try XCTUnwrap(rows.first { $0.hasPrefix("2026-11-30 10:00,") })
        XCTAssertFalse(monday.hasSuffix(","), "Ana on duty: an occupancy: \(monday)")
    }

    func testMarkdownHasTheTablesAndEscapesPipes() throws {
        let (strategy, report) = try load()
        let md = SimulationMarkdownRenderer.render(report, strategy: strategy)
        XCTAssertTrue(md.hasPrefix("# Capped \\| Desk — simulated week 2026-W49\n\n2 simulated weeks from seed 1, times in Europe/Oslo. "), md)
        let sla = try XCTUnwrap(report.slas.first)
        XCTAssertTrue(md.contains("\n| normal first_reply | 1h business | 80% | \(SimulationTextRenderer.weeksKept(sla.weeksKept)) | 80% | ✗ misses | "),
                      md)
        XCTAssertTrue(md.contains("\nBehind the breaches:\n\n- Wed 13:00–17:00: 0 on duty, 1 needed — Ana has used the weekly hours"), md)
        XCTAssertTrue(md.contains("\n| Ana Lund | 20h | "), md)
        XCTAssertTrue(md.hasSuffix("\n**verdict: 1 of 1 SLA target missed, kept in fewer than 80% of weeks (normal first_reply)**\n"), md)
    }

    /// How many weeks were simulated and why: as asked, doubled until decided, or up to the cap.
    /// The capped desk at 40 hours keeps its target every week: too close to call at 2 or 8
    /// weeks, clear at 16.
    func testTheWeeksLineSaysHowTheRunWasExtended() throws {
        let yaml = FixSearchTests.capped.replacingOccurrences(of: "max_hours_per_week: 20", with: "max_hours_per_week: 40")
        let strategy = try XCTUnwrap(StrategyLoader.load(yaml).strategy)
        let week = try ISOWeek.parse("2026-W49").get()
        func line(_ budget: ReplicationBudget) -> String {
            let report = WeekCheck.report(strategy: strategy, week: week, seed: 1, replications: budget)
            return String(SimulationTextRenderer().render(report, strategy: strategy).split(separator: "\n")[1])
        }
        XCTAssertEqual(line(.fixed(2)), "2 simulated weeks from seed 1, 1 day of warm-up")
        XCTAssertEqual(line(ReplicationBudget(initial: 2, cap: 4)), "4 simulated weeks (2, doubled up to the cap of 4) from seed 1, 1 day of warm-up")
        let decided = WeekCheck.report(strategy: strategy, week: week, seed: 1, replications: ReplicationBudget(initial: 8, cap: 64))
        let rendered = SimulationTextRenderer().render(decided, strategy: strategy)
        XCTAssertEqual(rendered.split(separator: "\n")[1],
                       "16 simulated weeks (8, doubled until every verdict was clear) from seed 1, 1 day of warm-up")
        XCTAssertTrue(rendered.contains("\n  normal first_reply  1h business  80%     16 of 16 (80.6–100.0%)  80%   ✓ meets\n"), rendered)
        XCTAssertTrue(rendered.contains("\nverdict: every SLA target is met"), rendered)
    }
}
