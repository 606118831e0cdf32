import Foundation
import XCTest
import SocialPlanTestSupport

/// `validate --format sarif` against the official SARIF 2.1.0 schema (Fixtures/sarif/README.md
/// says where the copy comes from), with the checker of `JSONSchemaCheck.swift`.
final class SARIFOutputTests: XCTestCase {
    static let broken = "Tests/SocialPlanCLITests/Fixtures/broken"

    private func schema(absoluteURIs: Bool) throws -> JSONSchemaCheck {
        let text = try PackageRoot.text("Tests/SocialPlanCLITests/Fixtures/sarif/sarif-schema-2.1.0.json")
        return JSONSchemaCheck(root: try JSONNode.parse(text), absoluteURIs: absoluteURIs)
    }

    /// The golden: a file with a note elsewhere (related location) and a help line.
    func testTheSARIFOfABrokenFixtureIsItsGoldenAndValidates() throws {
        let r = try CLIRunner.run(["validate", "--format", "sarif", "\(Self.broken)/duplicate-keys.yaml"])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertEqual(r.stderr, "")
        CLIRunner.assertGolden(r.stdout, "validate/duplicate-keys.sarif")
        let log = try JSONNode.parse(r.stdout)
        // Without --docs-url the links are relative to the package root, which `format: uri`
        // only allows as a reference: checked loosely here, strictly with --docs-url below.
        XCTAssertEqual(try schema(absoluteURIs: false).problems(log), [])
        let run = try XCTUnwrap(log["runs"].flatMap { if case .array(let a) = $0 { return a.first } else { return nil } })
        XCTAssertEqual(run["columnKind"], .string("unicodeCodePoints"))
        XCTAssertEqual(run["tool"]?["driver"]?["name"], .string("socialplan"))
        guard case .array(let results)? = run["results"], case .array(let rules)? = run["tool"]?["driver"]?["rules"] else {
            return XCTFail("no results or rules")
        }
        XCTAssertFalse(results.isEmpty)
        XCTAssertTrue(results.contains { $0["relatedLocations"] != nil }, "a duplicate key points at its first definition")
        // Every rule and loading check is listed, each id once, each result's rule among them.
        let ids = rules.compactMap { if case .string(let id)? = $0["id"] { return id } else { return nil } }
        XCTAssertEqual(Set(ids).count, ids.count)
        for id in ["unknown-key", "invalid-value", "yaml-syntax", "unknown-rule", "dst-boundary", "care-hours-uncovered"] {
            XCTAssertTrue(ids.contains(id), id)
        }
        for result in results {
            guard case .string(let id)? = result["ruleId"] else { return XCTFail("result without ruleId") }
            XCTAssertTrue(ids.contains(id), id)
        }
    }

    /// Every broken fixture and every bundled strategy, in one run each, with absolute links.
    func testEveryFixtureValidatesWithAbsoluteLinks() throws {
        let strict = try schema(absoluteURIs: true)
        let folder = CLIRunner.packageRoot.appendingPathComponent(Self.broken)
        let broken = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { "\(Self.broken)/\($0)" }
        for paths in [broken, ["Strategies/fjordkaffe.yaml"]] {
            let r = try CLIRunner.run(["validate", "--format", "sarif", "--docs-url", "https://example.org/socialplan/blob/main/"] + paths)
            XCTAssertLessThanOrEqual(r.status, 1, r.stderr)
            XCTAssertEqual(strict.problems(try JSONNode.parse(r.stdout)), [], paths.joined(separator: " "))
        }
    }

    /// An unreadable file is a tool execution notification; the run is marked unsuccessful.
    func testAnUnreadableFileIsANotification() throws {
        let r = try CLIRunner.run(["validate", "--format", "sarif", "no such file.yaml", "Strategies/fjordkaffe.yaml"])
        XCTAssertEqual(r.status, 2)
        let log = try JSONNode.parse(r.stdout)
        XCTAssertEqual(try schema(absoluteURIs: false).problems(log), [])
        guard case .array(let runs)? = log["runs"], case .array(let invocations)? = runs.first?["invocations"],
              case .array(let notes)? = invocations.first?["toolExecutionNotifications"] else {
            return XCTFail(r.stdout)
        }
        XCTAssertEqual(invocations.first?["executionSuccessful"], .bool(false))
        XCTAssertEqual(notes.count, 1)
        XCTAssertEqual(notes.first?["level"], .string("error"))
        XCTAssertTrue(r.stdout.contains("\"uri\": \"no%20such%20file.yaml\""), r.stdout)
    }

    /// The checker is not vacuous: it finds what a broken log gets wrong.
    func testTheCheckerCatchesBrokenLogs() throws {
        let check = try schema(absoluteURIs: true)
        let missingVersion = #"{"runs": []}"#
        XCTAssertTrue(check.problems(try JSONNode.parse(missingVersion)).contains { $0.contains("missing required `version`") })
        let badLevel = #"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}"#
        XCTAssertEqual(check.problems(try JSONNode.parse(badLevel)).count, 1)
        let extraKey = #"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "colour": 1}}}]}"#
        XCTAssertEqual(check.problems(try JSONNode.parse(extraKey)), ["/runs/0/tool/driver: property `colour` not allowed"])
        let zeroLine = #"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a b"}, "region": {"startLine": 0}}}]}]}]}"#
        XCTAssertEqual(check.problems(try JSONNode.parse(zeroLine)).count, 2, "uri with a space, line 0")
        let relativeHelp = #"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "rules": [{"id": "r", "helpUri": "docs/rules.md#r"}]}}}]}"#
        XCTAssertEqual(check.problems(try JSONNode.parse(relativeHelp)).count, 1)
    }
}
