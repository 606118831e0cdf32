import Foundation
import XCTest
@testable import SocialPlanCore
import SocialPlanTestSupport

/// Files generated from the code must match it: the JSON Schema, the embedded templates and
/// the key reference. `SOCIALPLAN_UPDATE_GOLDEN=1 swift test` regenerates the generated ones.
final class GeneratedFilesTests: XCTestCase {
    func testSchemaFileMatchesTheFormatSpec() throws {
        GoldenFile.assert(StrategySchema.json(), matches: "docs/strategy.schema.json")
    }

    func testLimitsPageMatchesTheLimits() throws {
        GoldenFile.assert(Limits.markdown(), matches: "docs/limits.md")
    }

    func testEmbeddedTemplatesMatchTheTemplatesFolder() throws {
        let folder = PackageRoot.file("Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 3)
        let files = try names.map { name in
            (name: String(name.dropLast(5)), text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        GoldenFile.assert(StarterTemplate.swiftSource(files: files), matches: "Sources/SocialPlanCore/Templates/StarterTemplate+Files.swift")
        if !GoldenFile.updating {
            XCTAssertEqual(StarterTemplate.all.map(\.name), files.map(\.name))
            XCTAssertEqual(StarterTemplate.all.map(\.text), files.map(\.text))
        }
    }

    func testTemplatesAndExamplesCarryTheSchemaModeline() throws {
        for folder in ["Templates", "Strategies"] {
            let url = PackageRoot.file(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".yaml") {
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                XCTAssertTrue(text.hasPrefix("# yaml-language-server: $schema=../docs/strategy.schema.json\n"), "\(folder)/\(name)")
            }
        }
    }

    func testFormatReferenceNamesEveryKey() throws {
        let doc = try PackageRoot.text("docs/strategy-format.md")
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
