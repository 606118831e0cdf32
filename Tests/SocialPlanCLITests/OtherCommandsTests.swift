import Foundation
import XCTest
@testable import SocialPlanCore
import SocialPlanTestSupport

/// `init`, `rules`, `schema` and `--help`, run through the binary.
final class OtherCommandsTests: XCTestCase {
    func testInitWritesEveryTemplateAndTheResultValidatesClean() throws {
        let folder = try temporaryFolder("init")
        XCTAssertGreaterThanOrEqual(StarterTemplate.all.count, 3)
        for template in StarterTemplate.all {
            let path = folder.appendingPathComponent("\(template.name).yaml").path
            let r = try CLIRunner.run(["init", "--template", template.name, path])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), template.text)
            let v = try CLIRunner.run(["validate", "--strict", path])
            XCTAssertEqual(v.status, 0, "template \(template.name):\n\(v.stdout)")
        }
    }

    func testInitNeverOverwritesWithoutForce() throws {
        let folder = try temporaryFolder("init")
        let path = folder.appendingPathComponent("mine.yaml").path
        try Data("my own work\n".utf8).write(to: URL(fileURLWithPath: path))
        let refused = try CLIRunner.run(["init", path])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("already exists; pass --force"), refused.stderr)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "my own work\n")
        XCTAssertEqual(try CLIRunner.run(["init", "--force", path]).status, 0)
        XCTAssertNotEqual(try String(contentsOfFile: path, encoding: .utf8), "my own work\n")
    }

    func testInitRefusesUnknownTemplatesWithASuggestion() throws {
        let r = try CLIRunner.run(["init", "--template", "small-shp", "x.yaml"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("did you mean `small-shop`?"), r.stderr)
        XCTAssertEqual(try CLIRunner.run(["init"]).status, 2)
    }

    func testRulesListsEveryRegisteredRule() throws {
        let r = try CLIRunner.run(["rules"])
        XCTAssertEqual(r.status, 0)
        for rule in RuleRegistry.all { XCTAssertTrue(r.stdout.contains(rule.description.id), rule.description.id) }
        let markdown = try CLIRunner.run(["rules", "--format", "markdown"])
        let doc = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        XCTAssertEqual(markdown.stdout, doc)
        let json = try CLIRunner.run(["rules", "--format", "json"])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        XCTAssertEqual(parsed?.count, RuleRegistry.all.count)
    }

    func testSchemaCommandPrintsTheCommittedSchema() throws {
        let r = try CLIRunner.run(["schema"])
        XCTAssertEqual(r.status, 0)
        let doc = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("docs/strategy.schema.json"), encoding: .utf8)
        XCTAssertEqual(r.stdout, doc)
    }

    func testHelpIsGolden() throws {
        let r = try CLIRunner.run(["--help"])
        XCTAssertEqual(r.status, 0)
        CLIRunner.assertGolden(r.stdout, "help.txt")
        let v = try CLIRunner.run(["validate", "--help"])
        XCTAssertEqual(v.status, 0)
        CLIRunner.assertGolden(v.stdout, "validate-help.txt")
    }

    /// `--format` offers exactly the formats the command's rendering writes: the help lists
    /// them and any other is a usage error (exit 2) naming the valid ones.
    func testEachCommandAcceptsOnlyItsOwnFormats() throws {
        let cases: [(args: [String], formats: String, refused: String)] = [
            (["schedule", "Strategies/fjordkaffe.yaml"], "text, markdown, csv, json, ics", "yaml"),
            (["validate", "Strategies/fjordkaffe.yaml"], "text, json, github, sarif", "csv"),
            (["rules"], "text, json, markdown", "ics"),
            (["check", "Strategies/fjordkaffe.yaml"], "text, json, markdown", "csv"),
            (["diff", "Strategies/fjordkaffe.yaml", "Strategies/fjordkaffe.yaml"], "text, markdown, json", "csv"),
        ]
        for c in cases {
            let help = try CLIRunner.run([c.args[0], "--help"])
            let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            XCTAssertTrue(words.contains("values: \(c.formats);"), "\(c.args[0]) help: \(help.stdout)")
            let r = try CLIRunner.run(c.args + ["--format", c.refused])
            XCTAssertEqual(r.status, 2, "\(c.args[0]) --format \(c.refused)")
            XCTAssertTrue(r.stderr.contains("'\(c.refused)' is invalid for '--format"), r.stderr)
        }
    }
}
