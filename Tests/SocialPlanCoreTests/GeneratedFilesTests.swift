import Foundation
import XCTest
@testable import SocialPlanCore

/// Files generated from the code must match it: the JSON Schema, the embedded templates and
/// the key reference. `SOCIALPLAN_UPDATE_GOLDEN=1 swift test` regenerates the generated ones.
final class GeneratedFilesTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var updating: Bool { ProcessInfo.processInfo.environment["SOCIALPLAN_UPDATE_GOLDEN"] == "1" }

    private func check(_ generated: String, against relativePath: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.root.appendingPathComponent(relativePath)
        if Self.updating {
            try Data(generated.utf8).write(to: url)
            return
        }
        let committed = try? String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(committed == generated, "\(relativePath) is stale; run SOCIALPLAN_UPDATE_GOLDEN=1 swift test", file: file, line: line)
    }

    func testSchemaFileMatchesTheFormatSpec() throws {
        try check(StrategySchema.json(), against: "docs/strategy.schema.json")
    }

    func testEmbeddedTemplatesMatchTheTemplatesFolder() throws {
        let folder = Self.root.appendingPathComponent("Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 3)
        let files = try names.map { name in
            (name: String(name.dropLast(5)), text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        try check(StarterTemplate.swiftSource(files: files), against: "Sources/SocialPlanCore/Templates/StarterTemplate+Files.swift")
        if !Self.updating {
            XCTAssertEqual(StarterTemplate.all.map(\.name), files.map(\.name))
            XCTAssertEqual(StarterTemplate.all.map(\.text), files.map(\.text))
        }
    }

    func testTemplatesAndExamplesCarryTheSchemaModeline() throws {
        for folder in ["Templates", "Strategies"] {
            let url = Self.root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".yaml") {
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                XCTAssertTrue(text.hasPrefix("# yaml-language-server: $schema=../docs/strategy.schema.json\n"), "\(folder)/\(name)")
            }
        }
    }

    func testFormatReferenceNamesEveryKey() throws {
        let doc = try String(contentsOf: Self.root.appendingPathComponent("docs/strategy-format.md"), encoding: .utf8)
        for section in FormatSpec.allSections {
            for field in section.fields {
                XCTAssertTrue(doc.contains("`\(field.name)`"), "docs/strategy-format.md does not document `\(field.name)` (\(section.path))")
            }
        }
        for profile in BuiltInProfile.allCases { XCTAssertTrue(doc.contains("`\(profile.rawValue)`"), profile.rawValue) }
    }

    func testSchemaIsValidJSONWithEveryTopLevelKey() throws {
        let object = try JSONSerialization.jsonObject(with: Data(StrategySchema.json().utf8)) as? [String: Any]
        let properties = try XCTUnwrap(object?["properties"] as? [String: Any])
        XCTAssertEqual(Set(properties.keys), Set(FormatSpec.strategy.keyNames))
        XCTAssertEqual(object?["$schema"] as? String, "http://json-schema.org/draft-07/schema#")
    }
}
