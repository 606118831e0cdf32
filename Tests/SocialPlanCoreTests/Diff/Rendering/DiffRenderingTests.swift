import Foundation
import XCTest
@testable import SocialPlanCore

/// The three formats of a diff read one report value: text within 100 columns, Markdown that
/// GitHub renders as written (hostile names escaped, the SLA table intact), JSON in the
/// documented key order.
final class DiffRenderingTests: XCTestCase {
    /// Ana's display name and the strategy's name as an attacker would write them.
    static let hostileName = #"Evil | `tick` <script>alert(1)</script> \e[31m *bold* $x$ [a](http://x)\nsecond line"#

    static func view() throws -> DiffView {
        var new = StrategyDiffTests.withoutBen
        new = new.replacingOccurrences(of: "name: Ana Lund", with: "name: \"\(hostileName)\"")
        new = new.replacingOccurrences(of: "name: Two Desk", with: "name: \"Desk | \(hostileName)\"")
        let diff = StrategyDiff.run(old: try DiffFixture.load(StrategyDiffTests.desk), new: try DiffFixture.load(new),
                                    week: DiffFixture.week, seed: 1, replications: .fixed(20))
        return DiffView(diff: diff, oldFile: "old|desk.yaml", newFile: "new`desk`.yaml")
    }

    func testMarkdownEscapesHostileNamesAndKeepsTheTableIntact() throws {
        let view = try Self.view()
        XCTAssertTrue(view.diff.changes.contains { $0.key == "name" && $0.area == .people }, "the name change is listed")
        let md = DiffRendering.render(view, as: .markdown)
        XCTAssertFalse(md.contains("<script>"), "no raw HTML")
        XCTAssertTrue(md.contains(#"\<script\>alert(1)\</script\>"#), md)
        XCTAssertFalse(md.contains("\u{1B}"), "no raw escape character")
        XCTAssertTrue(md.contains(#"\\u{1B}"#) || md.contains(#"\u{1B}"#), md)
        XCTAssertTrue(md.contains(#"\*bold\*"#) && md.contains(#"\$x\$"#) && md.contains(#"\[a\](http://x)"#), md)
        XCTAssertTrue(md.contains("``new`desk`.yaml``"), "a code span with backticks inside gets a longer fence")
        XCTAssertFalse(md.contains("Lund\nsecond"), "a line feed in a name stays on its line")
        // Every table row has as many unescaped pipes as the header.
        let rows = md.split(separator: "\n").filter { $0.hasPrefix("|") }
        XCTAssertGreaterThanOrEqual(rows.count, 3)
        func pipes(_ line: Substring) -> Int { line.count { $0 == "|" } - line.components(separatedBy: #"\|"#).count + 1 }
        XCTAssertEqual(Set(rows.map(pipes)), [8], "\(rows)")
        // The name-change bullet is one line.
        let bullet = try XCTUnwrap(md.split(separator: "\n").first { $0.hasPrefix("- `ana`: `name`") })
        XCTAssertTrue(bullet.hasPrefix(#"- `ana`: `name` Ana Lund → Evil \| \`tick\`"#), String(bullet))
        XCTAssertTrue(bullet.hasSuffix(#"\\nsecond line"#), String(bullet))
    }

    func testTextEscapesControlCharactersAndFitsOneHundredColumns() throws {
        let text = DiffRendering.render(try Self.view(), as: .text)
        XCTAssertFalse(text.contains("\u{1B}"))
        XCTAssertTrue(text.contains(#"\u{1B}[31m"#), text)
        for line in text.split(separator: "\n") { XCTAssertLessThanOrEqual(line.count, 100, String(line)) }
        XCTAssertTrue(text.contains("changes to the plan (3)"), text)
        XCTAssertTrue(text.contains("    removed ben (Ben Dahl; care; Mon–Fri 10:00–18:00)"), text)
        XCTAssertTrue(text.hasSuffix("verdict: 1 SLA gets a worse verdict: normal first_reply meets → misses\n"), text)
    }

    func testJSONKeysAreInTheDocumentedOrder() throws {
        let view = try Self.view()
        let json = DiffRendering.render(view, as: .json)
        XCTAssertTrue(json.contains(#"\u001b[31m"#), "JSON escapes control characters itself")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        func keys(_ text: String, at indent: Int) -> [String] {
            let prefix = String(repeating: " ", count: indent) + "\""
            return text.split(separator: "\n").filter { $0.hasPrefix(prefix) }.compactMap { line in
                line.dropFirst(prefix.count).split(separator: "\"").first.map(String.init)
            }
        }
        XCTAssertEqual(keys(json, at: 2), ["old", "new", "week", "seed", "same", "headline", "worse_verdicts", "changes", "slas", "gaps"])
        let changes = try XCTUnwrap(object["changes"] as? [[String: Any]])
        XCTAssertEqual(Set(changes[0].keys), ["area", "subject", "change", "key", "before", "after", "description"])
        XCTAssertEqual(changes.map { $0["area"] as? String }, ["strategy", "people", "people"])
        let slas = try XCTUnwrap(object["slas"] as? [[String: Any]])
        XCTAssertEqual(slas.first?["sla"] as? String, "normal first_reply")
        XCTAssertEqual(Set(try XCTUnwrap(slas.first).keys), ["sla", "direction", "verdict_gets_worse", "before", "after"])
        XCTAssertEqual((slas.first?["before"] as? [String: Any])?["verdict"] as? String, "meets")
        let gaps = try XCTUnwrap(object["gaps"] as? [String: Any])
        XCTAssertEqual(Set(gaps.keys), ["shortfall_agent_intervals_before", "shortfall_agent_intervals_after", "blocks_before",
                                        "blocks_after", "opened", "closed", "changed", "unchanged"])
        XCTAssertEqual(object["week"] as? String, "2026-W49")
        XCTAssertEqual(object["seed"] as? String, "1")
        XCTAssertEqual(object["worse_verdicts"] as? [String], ["normal first_reply"])
    }

    func testNoChangesIsOneLineInEveryFormat() throws {
        let strategy = try DiffFixture.load(StrategyDiffTests.desk)
        let diff = StrategyDiff.run(old: strategy, new: strategy, week: DiffFixture.week, seed: 1, replications: .fixed(2))
        let view = DiffView(diff: diff, oldFile: "a.yaml", newFile: "b.yaml")
        XCTAssertEqual(DiffRendering.render(view, as: .text),
                       "a.yaml → b.yaml: Two Desk, week 2026-W49, 2 simulated weeks from seed 1 (the same weeks for both)\nno changes\n")
        XCTAssertTrue(DiffRendering.render(view, as: .markdown).contains("**no changes**"))
        XCTAssertTrue(DiffRendering.render(view, as: .json).contains("\"same\": true"))
    }
}
