import Foundation
import SocialPlanTestSupport
import XCTest

/// `socialplan report` through the binary: the page to a file or standard output, the same SLA
/// figures as `check --format json`, hostile names, `--log`, and the exit codes.
final class ReportCommandTests: XCTestCase {
    static let quick = ["--week", "2026-W49", "--seed", "3", "--replications", "4", "--max-replications", "4"]

    func testWritesThePageToAFileAndToStandardOutput() throws {
        let folder = try temporaryFolder("report")
        let path = folder.appendingPathComponent("brightdesk.html").path
        let toFile = try CLIRunner.run(["report", "Strategies/brightdesk-saas.yaml", "-o", path] + Self.quick)
        XCTAssertEqual(toFile.status, 0, toFile.stderr)
        XCTAssertEqual(toFile.stdout, "")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        let page = try XHTMLDocument(written)
        for id in ["summary", "slas", "coverage", "gaps", "reply-times", "calendar"] {
            XCTAssertNotNil(page.element(id: id), id)
        }
        XCTAssertTrue(try XCTUnwrap(page.element(id: "summary")).text.contains("Strategies/brightdesk-saas.yaml"))
        XCTAssertLessThan(written.utf8.count, 1_000_000, "a report stays under 1 MB")
        let toStdout = try CLIRunner.run(["report", "Strategies/brightdesk-saas.yaml"] + Self.quick)
        XCTAssertEqual(toStdout.status, 0, toStdout.stderr)
        XCTAssertEqual(toStdout.stdout, written, "the same seed, the same page")
        let again = try CLIRunner.run(["report", "Strategies/brightdesk-saas.yaml", "-o", path] + Self.quick)
        XCTAssertEqual(again.status, 0, "a regular file is replaced atomically: \(again.stderr)")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), written)
    }

    /// The page's SLA table says what `check --format json` says for the same seed.
    func testTheSLAFiguresAreCheck() throws {
        let check = try CLIRunner.run(["check", "Strategies/fjordkaffe.yaml", "--format", "json"] + Self.quick)
        let report = try CLIRunner.run(["report", "Strategies/fjordkaffe.yaml"] + Self.quick)
        XCTAssertEqual(report.status, check.status, "the same verdict, the same exit code")
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let slas = try XCTUnwrap(json["slas"] as? [[String: Any]])
        let page = try XHTMLDocument(report.stdout)
        let table = try XCTUnwrap(try XCTUnwrap(page.element(id: "slas")).all.first { $0.name == "tbody" })
        let rows = table.children.map { $0.children.map(\.text) }
        XCTAssertEqual(rows.count, slas.count)
        for (row, sla) in zip(rows, slas) {
            XCTAssertEqual(row[0], "\(sla["priority"] ?? "") \(sla["metric"] ?? "")")
            let verdict = try XCTUnwrap(sla["verdict"] as? String)
            XCTAssertTrue(row[5].hasSuffix(verdict.replacingOccurrences(of: "_", with: " ")), "\(row[5]) vs \(verdict)")
            if verdict != "no_mentions" {
                let kept = try XCTUnwrap(sla["weeks_kept"] as? Int), weeks = try XCTUnwrap(sla["weeks"] as? Int ?? json["replications"] as? Int)
                XCTAssertTrue(row[3].hasPrefix("\(kept) of \(weeks) ("), "\(row[3]) vs \(kept) of \(weeks)")
            }
            if let attainment = sla["attainment"] as? [String: Any], let mean = attainment["mean"] as? Double {
                let shown = try XCTUnwrap(Double(row[6].prefix { $0 != "%" }), row[6])
                XCTAssertEqual(shown, mean * 100, accuracy: 0.051, "\(row[6]) vs \(mean)")
            }
            let breaches = try XCTUnwrap((sla["breaches_per_week"] as? [String: Any])?["mean"] as? Double ?? (sla["breaches"] as? [String: Any])?["mean"] as? Double)
            XCTAssertEqual(try XCTUnwrap(Double(row[7])), breaches, accuracy: breaches < 9.95 ? 0.051 : 0.51)
        }
    }

    func testHostileNamesStayTextAndTheFileStaysWellFormed() throws {
        let r = try CLIRunner.run(["report", "Tests/SocialPlanCLITests/Fixtures/report/hostile-names.yaml", "--replications", "2",
                                   "--max-replications", "2", "--week", "2026-W49"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let page = try XHTMLDocument(r.stdout)
        XCTAssertTrue(page.elements("script").isEmpty)
        let h1 = try XCTUnwrap(page.elements("h1").first).text
        XCTAssertEqual(h1, "<script>alert('strategy')</script> Pebble & \"Pine\"")
        let calendar = try XCTUnwrap(page.element(id: "calendar")).text
        XCTAssertTrue(calendar.contains("<script>alert(1)</script> Maya \u{FFFD}Collins"), "a control character becomes U+FFFD")
        XCTAssertTrue(calendar.contains("ليو مارش Leo &amp; Marsh"), "an escaped-looking name is shown as written")
        XCTAssertTrue(calendar.contains("</blockquote><script>alert(2)</script>"), "post text is text")
    }

    func testTheLogAddsPlanAgainstActuals() throws {
        let folder = try temporaryFolder("report-log")
        let log = folder.appendingPathComponent("sim.jsonl").path
        let sim = try CLIRunner.run(["simulate", "Strategies/brightdesk-saas.yaml", "--week", "2026-W10", "--replications", "2",
                                     "--max-replications", "2", "--seed", "4", "--log-out", log, "--log-weeks", "2"])
        XCTAssertEqual(sim.status, 0, sim.stderr)
        let flags = ["--log", log, "--log-format", "jsonl", "--column", "parent=in_response_to_tweet_id", "--column", "text=text",
                     "--column", "priority=priority"]
        let quick = ["--week", "2026-W49", "--seed", "3", "--replications", "2", "--max-replications", "2"]
        let r = try CLIRunner.run(["report", "Strategies/brightdesk-saas.yaml"] + quick + flags)
        XCTAssertLessThanOrEqual(r.status, 1, r.stderr)
        let compare = try CLIRunner.run(["audit", "Strategies/brightdesk-saas.yaml", "--compare", "--seed", "3", "--replications", "2"]
                                        + flags)
        XCTAssertEqual(compare.status, 0, compare.stderr)
        let page = try XHTMLDocument(r.stdout)
        let audit = try XCTUnwrap(page.element(id: "audit")).text
        XCTAssertTrue(audit.contains("observed: 1 whole week (2026-W10); predicted: 2 simulated weeks each, seed 3"), audit)
        for line in compare.stdout.split(separator: "\n") where line.hasPrefix("  attainment  observed ") {
            XCTAssertTrue(audit.contains(line.dropFirst("  attainment  observed ".count)), "audit --compare's \(line)")
        }
        XCTAssertNotNil(page.element(id: "audit-heatmap-0"), "the audit's hour-of-week heatmap")
        XCTAssertNotNil(page.element(id: "audit-attainment-chart"))
        let unknown = try CLIRunner.run(["report", "Strategies/brightdesk-saas.yaml"] + quick + flags + ["--account", "NoSuchDesk"])
        XCTAssertEqual(unknown.status, 2, "an account the log never names, as audit")
        XCTAssertTrue(unknown.stderr.contains("NoSuchDesk"), unknown.stderr)
        XCTAssertEqual(unknown.stdout, "")
    }

    func testExitCodes() throws {
        let folder = try temporaryFolder("report-exit")
        let badWeek = try CLIRunner.run(["report", "Strategies/brightdesk-saas.yaml", "--week", "2026-W60"])
        XCTAssertEqual(badWeek.status, 2, badWeek.stderr)
        XCTAssertTrue(badWeek.stderr.contains("--week"), badWeek.stderr)
        let missing = try CLIRunner.run(["report", "no/such/file.yaml"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("no/such/file.yaml"), missing.stderr)
        let out = folder.appendingPathComponent("broken.html").path
        let broken = try CLIRunner.run(["report", "Tests/SocialPlanCLITests/Fixtures/broken/bad-values.yaml", "-o", out])
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.stderr.contains("bad-values.yaml:"), "diagnostics with file:line: \(broken.stderr)")
        XCTAssertEqual(broken.stdout, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "no report for a file with errors")
        let copy = folder.appendingPathComponent("strategy.yaml").path
        try FileManager.default.copyItem(atPath: "\(CLIRunner.packageRoot.path)/Tests/SocialPlanCLITests/Fixtures/report/hostile-names.yaml",
                                         toPath: copy)
        let overInput = try CLIRunner.run(["report", copy, "-o", copy] + Self.quick)
        XCTAssertEqual(overInput.status, 2)
        XCTAssertTrue(overInput.stderr.contains("is an input of this run"), overInput.stderr)
        XCTAssertFalse(try String(contentsOfFile: copy, encoding: .utf8).contains("<html"), "the input is never overwritten")
        let accountWithoutLog = try CLIRunner.run(["report", "Strategies/brightdesk-saas.yaml", "--account", "x"])
        XCTAssertEqual(accountWithoutLog.status, 2)
        XCTAssertTrue(accountWithoutLog.stderr.contains("apply to --log only"), accountWithoutLog.stderr)
        let format = try CLIRunner.run(["report", "Strategies/brightdesk-saas.yaml", "--format", "json"])
        XCTAssertEqual(format.status, 2)
    }
}
