import Foundation
import SocialPlanCore
import SocialPlanTestSupport
import XCTest

/// The catalogue SARIF lists as its rules names every id a run can report, once, documented.
final class DiagnosticCatalogueTests: XCTestCase {
    /// Ids the loader, the YAML reader and the linter write in their sources.
    private func emittedIds() throws -> Set<String> {
        var ids: Set<String> = []
        let pattern = try NSRegularExpression(pattern: #"(?:error|warning|note|report)\("([a-z]+(?:-[a-z]+)*)"|id: "([a-z]+(?:-[a-z]+)+)""#)
        for folder in ["Sources/SocialPlanCore/Loading", "Sources/YAMLTree", "Sources/SocialPlanCore/Rules/Linter.swift"] {
            let root = PackageRoot.file(folder)
            let files = folder.hasSuffix(".swift") ? [root]
                : try FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil).filter { $0.pathExtension == "swift" }
            for file in files where file.lastPathComponent != "DiagnosticCatalogue.swift" {
                let text = try String(contentsOf: file, encoding: .utf8)
                for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    for group in 1...2 {
                        if let r = Range(m.range(at: group), in: text) { ids.insert(String(text[r])) }
                    }
                }
            }
        }
        return ids
    }

    func testEveryReportedLoadingIdIsInTheCatalogue() throws {
        let emitted = try emittedIds()
        XCTAssertTrue(emitted.isSuperset(of: ["unknown-key", "yaml-syntax", "unknown-rule", "posts-from"]), "the scan finds ids: \(emitted.sorted())")
        let listed = Set(DiagnosticCatalogue.loading.map(\.id))
        XCTAssertEqual(emitted.subtracting(listed).sorted(), [], "ids reported but missing from DiagnosticCatalogue.loading")
        XCTAssertEqual(listed.subtracting(emitted).sorted(), [], "ids in the catalogue that nothing reports")
    }

    func testIdsAreUniqueAndDocumented() throws {
        let all = DiagnosticCatalogue.all
        XCTAssertEqual(Set(all.map(\.id)).count, all.count)
        XCTAssertEqual(DiagnosticCatalogue.rules.count, RuleRegistry.all.count)
        let diagnostics = try PackageRoot.text("docs/diagnostics.md")
        for kind in DiagnosticCatalogue.loading {
            XCTAssertTrue(diagnostics.contains("| `\(kind.id)` |"), "\(kind.id) has no row in docs/diagnostics.md")
        }
        let rules = try PackageRoot.text("docs/rules.md")
        for kind in DiagnosticCatalogue.rules {
            XCTAssertEqual(kind.documentation, "docs/rules.md#\(kind.id)")
            XCTAssertTrue(rules.contains("\n## \(kind.id)\n"), "\(kind.id) has no heading in docs/rules.md")
        }
        let headings = ["yaml-reading": "## YAML reading", "the-format": "## The format", "reported-while-validating": "## Reported while validating"]
        for kind in DiagnosticCatalogue.loading {
            let anchor = String(kind.documentation.split(separator: "#").last ?? "")
            XCTAssertNotNil(headings[anchor].map { diagnostics.contains($0) }, kind.documentation)
        }
    }
}
