import Foundation
import XCTest
@testable import SocialPlanCore
import SocialPlanTestSupport

/// Every registered rule against its own examples, and the catalogue's consistency: ids,
/// registry completeness, and the generated `docs/rules.md`.
final class RuleCatalogueTests: XCTestCase {
    /// The parameterised test: each triggering example loads cleanly and gets at least one
    /// finding with the rule's id, and its findings point exactly where its `↓` markers are (every
    /// marker is pointed at, and every finding points at a marker); each non-triggering example
    /// carries no marker, loads cleanly and gets no finding.
    func testEveryRuleAgainstItsExamples() {
        for rule in RuleRegistry.all {
            let d = rule.description
            for (i, example) in d.triggering.enumerated() {
                let result = StrategyLoader.load(RuleExample.strategyText(example))
                let errors = result.diagnostics.filter { $0.severity == .error }
                XCTAssertTrue(errors.isEmpty, "\(d.id) triggering #\(i + 1) has loader errors: \(errors.map(\.message))")
                guard let strategy = result.strategy else { XCTFail("\(d.id) triggering #\(i + 1) did not load"); continue }
                let found = rule.init().check(strategy)
                XCTAssertFalse(found.isEmpty, "\(d.id) triggering #\(i + 1) gave no finding:\n\(example)")
                for f in found {
                    XCTAssertEqual(f.id, d.id, "\(d.id) triggering #\(i + 1)")
                    XCTAssertNotNil(f.position, "\(d.id) triggering #\(i + 1): findings point into the file")
                }
                let marked = RuleExample.markedPositions(example)
                XCTAssertFalse(marked.isEmpty, "\(d.id) triggering #\(i + 1) marks no position; mark each finding with ↓")
                let pointed = Set(found.compactMap(\.position))
                if Set(marked) != pointed || marked.count != Set(marked).count {
                    XCTFail("""
                        \(d.id) triggering #\(i + 1): findings point at \(pointed.sorted().map(\.description)), \
                        markers at \(marked.map(\.description)); marked where the findings point:
                        \(Self.marking(example, at: pointed))
                        """)
                }
            }
            for (i, example) in d.nonTriggering.enumerated() {
                XCTAssertEqual(RuleExample.markedPositions(example), [], "\(d.id) non-triggering #\(i + 1) carries a marker")
                let result = StrategyLoader.load(RuleExample.strategyText(example))
                let errors = result.diagnostics.filter { $0.severity == .error }
                XCTAssertTrue(errors.isEmpty, "\(d.id) non-triggering #\(i + 1) has loader errors: \(errors.map(\.message))")
                guard let strategy = result.strategy else { XCTFail("\(d.id) non-triggering #\(i + 1) did not load"); continue }
                let found = rule.init().check(strategy)
                XCTAssertTrue(found.isEmpty, "\(d.id) non-triggering #\(i + 1) gave \(found.map(\.message))")
            }
        }
    }

    /// `example` without its markers and with one placed at each of `positions` (in the
    /// completed strategy text), for a failure message to copy from.
    static func marking(_ example: String, at positions: Set<SourcePosition>) -> String {
        let plain = RuleExample.unmarked(example)
        let offset = RuleExample.strategyText(plain).split(separator: "\n", omittingEmptySubsequences: false).count
            - plain.split(separator: "\n", omittingEmptySubsequences: false).count
        return plain.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            var scalars = Array(line.unicodeScalars)
            for p in positions.filter({ $0.line == offset + index + 1 }).sorted(by: >) {
                scalars.insert(RuleExample.marker, at: min(p.column - 1, scalars.count))
            }
            return String(String.UnicodeScalarView(scalars))
        }.joined(separator: "\n")
    }

    /// Markers are stripped exactly: from the text loaded and from the document.
    func testMarkersAreRemovedBeforeLoadingAndFromTheDocument() {
        let example = "content:\n  news: { by: [kari], hashtags: [\"#a\", ↓\"#a\"] }"
        XCTAssertEqual(RuleExample.unmarked(example), "content:\n  news: { by: [kari], hashtags: [\"#a\", \"#a\"] }")
        XCTAssertEqual(RuleExample.strategyText(example), RuleExample.header + RuleExample.unmarked(example))
        XCTAssertEqual(RuleExample.markedPositions(example), [SourcePosition(line: 5, column: 40)])
        XCTAssertEqual(RuleExample.markedPositions("timezone: UTC\n↓a: ↓1"), [SourcePosition(line: 2, column: 1), SourcePosition(line: 2, column: 4)])
        XCTAssertEqual(Self.marking(RuleExample.unmarked(example), at: [SourcePosition(line: 5, column: 40)]), example)
        XCTAssertFalse(RulesDocument.markdown().unicodeScalars.contains(RuleExample.marker))
    }

    func testMessagesFollowTheStyle() {
        for rule in RuleRegistry.all {
            for example in rule.description.triggering {
                guard let strategy = StrategyLoader.load(RuleExample.strategyText(example)).strategy else { continue }
                for f in rule.init().check(strategy) {
                    XCTAssertFalse(f.message.contains("\n"), "\(f.id): one line")
                    XCTAssertEqual(f.message.first.map { String($0) }, f.message.first.map { String($0).lowercased() }, "\(f.id): lowercase start: \(f.message)")
                    XCTAssertFalse(f.message.hasSuffix("."), "\(f.id): no full stop: \(f.message)")
                    XCTAssertNotNil(f.help, "\(f.id): a help line shows valid input")
                    XCTAssertEqual(f.severity, rule.description.severity, "\(f.id): severity as described")
                }
            }
        }
    }

    func testIdsAreUniqueAndKebabCase() {
        let ids = RuleRegistry.all.map { $0.description.id }
        XCTAssertEqual(Set(ids).count, ids.count, "duplicate ids: \(ids)")
        for id in ids {
            let parts = id.split(separator: "-", omittingEmptySubsequences: false)
            XCTAssertTrue(parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) } },
                          "\(id) is not kebab-case")
            XCTAssertNotNil(RuleRegistry.rule(id))
        }
    }

    func testEveryRuleHasAtLeastTwoExamplesEachWay() {
        for rule in RuleRegistry.all {
            let d = rule.description
            XCTAssertGreaterThanOrEqual(d.triggering.count, 2, d.id)
            XCTAssertGreaterThanOrEqual(d.nonTriggering.count, 2, d.id)
            XCTAssertFalse(d.name.isEmpty, d.id)
            XCTAssertTrue(d.rationale.hasSuffix("."), "\(d.id): the rationale is full sentences")
        }
    }

    /// Every `struct X: StrategyRule` under `Sources/SocialPlanCore/Rules/` is registered.
    func testRegistryListsEveryRuleType() throws {
        let folder = PackageRoot.file("Sources/SocialPlanCore/Rules")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        var declared: [String] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains(": StrategyRule") {
                guard let range = line.range(of: "struct ") else { continue }
                let name = line[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                if !name.isEmpty { declared.append(String(name)) }
            }
        }
        XCTAssertGreaterThanOrEqual(declared.count, 20, "the scan found the rule files")
        let registered = Set(RuleRegistry.all.map { String(describing: $0) })
        for name in declared {
            XCTAssertTrue(registered.contains(name), "\(name) is not in RuleRegistry.all")
        }
        XCTAssertEqual(registered.count, RuleRegistry.all.count, "a rule is registered twice")
    }

    /// `docs/rules.md` is exactly what `socialplan rules --format markdown` prints.
    /// (`SOCIALPLAN_UPDATE_GOLDEN=1 swift test --filter RuleCatalogueTests` or
    /// `socialplan rules --format markdown -o docs/rules.md` regenerates it.)
    func testRulesDocumentIsCurrent() {
        GoldenFile.assert(RulesDocument.markdown(), matches: "docs/rules.md")
    }

    func testTextAndJSONListEveryRule() throws {
        let text = RulesDocument.text()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let idWidth = RuleRegistry.all.map { $0.description.id.count }.max() ?? 0
        for rule in RuleRegistry.all {
            let d = rule.description
            let head = try XCTUnwrap(lines.first { $0.hasPrefix(d.id + " ") }, d.id)
            // Columns line up: the severity starts two spaces after the widest id.
            XCTAssertTrue(head.dropFirst(idWidth + 2).hasPrefix(d.severity.rawValue), String(head))
            XCTAssertTrue(head.hasSuffix("  " + d.name), String(head))
        }
        XCTAssertTrue(lines.allSatisfy { $0.count <= 80 || !$0.hasPrefix("    ") }, "rationale wrapped at 80 columns")

        let data = Data(RulesDocument.json().utf8)
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: String]])
        XCTAssertEqual(parsed.map { $0["id"] ?? "" }, RuleRegistry.all.map { $0.description.id })
        XCTAssertEqual(Set(parsed.first?.keys.map { $0 } ?? []), ["id", "name", "severity", "rationale"])
    }

    func testMarkdownHasTableAndSections() {
        let md = RulesDocument.markdown()
        XCTAssertTrue(md.hasPrefix("# Validation rules\n"))
        XCTAssertTrue(md.contains("socialplan rules --format markdown"))
        for rule in RuleRegistry.all {
            let d = rule.description
            XCTAssertTrue(md.contains("| [`\(d.id)`](#\(d.id)) | \(d.severity.rawValue) | \(d.name) |"), d.id)
            XCTAssertTrue(md.contains("\n## \(d.id)\n"), d.id)
        }
        XCTAssertEqual(md.components(separatedBy: "```yaml").count - 1,
                       RuleRegistry.all.reduce(0) { $0 + $1.description.triggering.count + $1.description.nonTriggering.count })
    }
}
