import Foundation
import SocialPlanTestSupport
import XCTest

/// `simulate --log-out` and `audit --compare` through the binary: the simulator's log read back
/// by the audit, compared with the simulation; bad input exits 2.
final class AuditCompareCommandTests: XCTestCase {
    static let strategy = "Strategies/brightdesk-saas.yaml"
    static let readFlags = ["--log-format", "jsonl", "--column", "parent=in_response_to_tweet_id", "--column", "text=text",
                            "--column", "priority=priority"]

    /// Writes a three-week log from 2026-W10 and returns its path.
    private func simulatedLog(in folder: URL) throws -> String {
        let log = folder.appendingPathComponent("sim.jsonl").path
        let r = try CLIRunner.run(["simulate", Self.strategy, "--week", "2026-W10", "--replications", "2", "--max-replications", "2",
                                   "--seed", "4", "--log-out", log, "--log-weeks", "3"])
        XCTAssertEqual(r.status, 0, r.stderr)
        return log
    }

    func testTheSimulatedLogIsComparedWeekByWeek() throws {
        let folder = try temporaryFolder("compare")
        let log = try simulatedLog(in: folder)
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        XCTAssertGreaterThan(lines.count, 500)
        XCTAssertTrue(lines[0].hasPrefix("{\"tweet_id\":\"2026-W10-"), String(lines[0]))
        let json = try CLIRunner.run(["audit", Self.strategy, "--log", log] + Self.readFlags + ["--compare", "--format", "json", "--replications", "2"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["weeks"] as? [String], ["2026-W10", "2026-W11", "2026-W12"])
        XCTAssertEqual(object["partial_weeks"] as? [String], [])
        let slas = try XCTUnwrap(object["slas"] as? [[String: Any]])
        XCTAssertEqual(slas.count, 4)
        for sla in slas {
            for key in ["observed_attainment", "predicted_attainment", "expected_range", "agrees", "observed_weeks_kept",
                        "predicted_weeks_kept_share", "observed_p90_minutes", "predicted_p90_minutes"] {
                XCTAssertTrue(sla.keys.contains(key), "\(key) in \(sla)")
            }
        }
        let text = try CLIRunner.run(["audit", Self.strategy, "--log", log] + Self.readFlags + ["--compare", "--replications", "2"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("urgent first_reply (1h business, target 90%)"), text.stdout)
        XCTAssertEqual(text.stdout.split(separator: "\n")[1], "log \(log)"[...])
        XCTAssertLessThanOrEqual(text.stdout.split(separator: "\n").filter { !$0.hasPrefix("log ") }.map(\.count).max() ?? 0, 100, text.stdout)
        let markdown = try CLIRunner.run(["audit", Self.strategy, "--log", log] + Self.readFlags + ["--compare", "--format", "markdown", "--replications", "2"])
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        XCTAssertTrue(markdown.stdout.contains("| SLA | observed |"), markdown.stdout)
    }

    func testBadInputExitsTwoWithAClearMessage() throws {
        let folder = try temporaryFolder("compare")
        let log = try simulatedLog(in: folder)
        let csv = try CLIRunner.run(["audit", Self.strategy, "--log", log] + Self.readFlags + ["--compare", "--format", "csv"])
        XCTAssertEqual(csv.status, 2)
        XCTAssertTrue(csv.stderr.contains("--format csv is not available with --compare"), csv.stderr)
        let rows = try CLIRunner.run(["audit", Self.strategy, "--log", log] + Self.readFlags + ["--compare", "--rows", folder.appendingPathComponent("r.csv").path])
        XCTAssertEqual(rows.status, 2)
        XCTAssertTrue(rows.stderr.contains("--compare prints the comparison only"), rows.stderr)
        let one = try CLIRunner.run(["audit", Self.strategy, "--log", log] + Self.readFlags + ["--compare", "--replications", "1"])
        XCTAssertEqual(one.status, 2)
        XCTAssertTrue(one.stderr.contains("--replications must be between 2 and 1000"), one.stderr)
        let ignored = try CLIRunner.run(["audit", Self.strategy, "--log", log] + Self.readFlags + ["--seed", "3"])
        XCTAssertEqual(ignored.status, 2)
        XCTAssertTrue(ignored.stderr.contains("--seed and --replications apply to --compare only"), ignored.stderr)
        let weeks = try CLIRunner.run(["simulate", Self.strategy, "--log-out", folder.appendingPathComponent("x.jsonl").path, "--log-weeks", "0"])
        XCTAssertEqual(weeks.status, 2)
        XCTAssertTrue(weeks.stderr.contains("--log-weeks must be between 1 and 53"), weeks.stderr)
        let nowhere = try CLIRunner.run(["simulate", Self.strategy, "--replications", "2", "--max-replications", "2",
                                         "--log-out", folder.appendingPathComponent("no/such/dir/x.jsonl").path, "--log-weeks", "1"])
        XCTAssertEqual(nowhere.status, 2)
        XCTAssertTrue(nowhere.stderr.hasPrefix("error: "), nowhere.stderr)
        // Two days of one week: no whole week to compare.
        let short = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
            .filter { $0.contains("\"2026-03-02T") || $0.contains("\"2026-03-03T") }.joined(separator: "\n") + "\n"
        let shortLog = folder.appendingPathComponent("short.jsonl")
        try Data(short.utf8).write(to: shortLog)
        let partial = try CLIRunner.run(["audit", Self.strategy, "--log", shortLog.path] + Self.readFlags + ["--compare"])
        XCTAssertEqual(partial.status, 2)
        XCTAssertTrue(partial.stderr.contains("the log covers no whole ISO week in Europe/London (partial: 2026-W10)"), partial.stderr)
    }
}
