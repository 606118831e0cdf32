import Foundation
import XCTest
import SocialPlanTestSupport

/// `socialplan diff OLD NEW`: the review aid for a strategy's pull request. Exit 0 when no SLA
/// gets a worse verdict, 1 when one does or a file has errors, 2 for usage and file problems.
final class DiffCommandTests: XCTestCase {
    static let desk = "Tests/SocialPlanCLITests/Fixtures/diff/two-desk.yaml"
    static let withoutBen = "Tests/SocialPlanCLITests/Fixtures/diff/two-desk-without-ben.yaml"

    func testIdenticalFilesSayNoChangesAndExitZero() throws {
        let r = try CLIRunner.run(["diff", Self.desk, Self.desk, "--week", "2026-W49", "--replications", "4", "--max-replications", "4"],
                                  timeout: 120)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, """
            \(Self.desk) →
              \(Self.desk): Two Desk, week 2026-W49, 4 simulated weeks
              from seed 1 (the same weeks for both)
            no changes

            """)
    }

    /// Removing Ben turns the desk's one SLA from met to missed: exit 1, and the Markdown for
    /// the pull request is golden.
    func testAWorseVerdictExitsOneAndTheMarkdownIsGolden() throws {
        let r = try CLIRunner.run(["diff", Self.desk, Self.withoutBen, "--week", "2026-W49", "--format", "markdown"], timeout: 120)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertEqual(r.stderr, "", "both files are clean and progress is drawn on terminals only")
        XCTAssertTrue(r.stdout.contains("| `normal first_reply` | 20 of 20 (83.8–100.0%) | 0 of 20 (0.0–16.2%) | ▼ |"), r.stdout)
        CLIRunner.assertGolden(r.stdout, "diff/two-desk-without-ben.md")
    }

    /// The other way round the verdict gets better: exit 0, and the JSON says so.
    func testABetterVerdictExitsZeroAndTheJSONSaysWhichWay() throws {
        let r = try CLIRunner.run(["diff", Self.withoutBen, Self.desk, "--week", "2026-W49", "--format", "json"], timeout: 120)
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let sla = try XCTUnwrap((json["slas"] as? [[String: Any]])?.first)
        XCTAssertEqual(sla["direction"] as? String, "better")
        XCTAssertEqual(sla["verdict_gets_worse"] as? Bool, false)
        XCTAssertEqual((sla["after"] as? [String: Any])?["verdict"] as? String, "meets")
        let changes = try XCTUnwrap(json["changes"] as? [[String: Any]])
        XCTAssertEqual(changes.map { $0["description"] as? String }, ["added ben (Ben Dahl; care; Mon–Fri 10:00–18:00)"])
    }

    func testTheTextFitsOneHundredColumnsAndOutputGoesToAFile() throws {
        let folder = try TemporaryFolder.make("diff")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("diff.txt").path
        let r = try CLIRunner.run(["diff", Self.desk, Self.withoutBen, "--week", "2026-W49", "-o", out], timeout: 120)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertEqual(r.stdout, "")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        for line in text.split(separator: "\n") { XCTAssertLessThanOrEqual(line.count, 100, String(line)) }
        XCTAssertTrue(text.contains("    removed ben (Ben Dahl; care; Mon–Fri 10:00–18:00)"), text)
        XCTAssertTrue(text.hasSuffix("verdict: 1 SLA gets a worse verdict: normal first_reply meets → misses\n"), text)
    }

    func testAMissingFileIsExitTwo() throws {
        let r = try CLIRunner.run(["diff", Self.desk, "no/such/strategy.yaml"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("no/such/strategy.yaml"), r.stderr)
        XCTAssertEqual(r.stdout, "")
    }

    func testAnInvalidNewFileShowsItsDiagnosticsAndExitsOne() throws {
        let bad = "Tests/SocialPlanCLITests/Fixtures/broken/bad-timezone.yaml"
        let r = try CLIRunner.run(["diff", Self.desk, bad, "--week", "2026-W49"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("\(bad):"), "diagnostics at file:line:col: \(r.stderr)")
        XCTAssertTrue(r.stderr.contains("fix them first (socialplan validate \(bad))") || r.stderr.contains("fix it first"), r.stderr)
        XCTAssertEqual(r.stdout, "")
    }

    func testABadWeekIsAUsageError() throws {
        let r = try CLIRunner.run(["diff", Self.desk, Self.withoutBen, "--week", "2026-W60"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("--week"), r.stderr)
        let one = try CLIRunner.run(["diff", Self.desk])
        XCTAssertEqual(one.status, 2, "both files are required")
        XCTAssertTrue(one.stderr.contains("Missing expected argument '<new>'"), one.stderr)
    }
}
