import Foundation
import XCTest

/// Files the tests compare output with byte for byte: goldens of what a user reads, and files
/// generated from the code (the JSON Schema, `docs/rules.md`, the embedded templates).
///
/// `SOCIALPLAN_UPDATE_GOLDEN=1 swift test` rewrites every such file that differs instead of
/// failing; review the changes with `git diff` before committing them.
public enum GoldenFile {
    /// True when files should be rewritten instead of compared (`SOCIALPLAN_UPDATE_GOLDEN=1`).
    public static var updating: Bool { ProcessInfo.processInfo.environment["SOCIALPLAN_UPDATE_GOLDEN"] == "1" }

    /// What to run after an intended change.
    public static let updateCommand = "SOCIALPLAN_UPDATE_GOLDEN=1 swift test"

    /// Fails unless the file at `relativePath` (from the package root) holds exactly `actual`,
    /// naming the first line that differs; rewrites the file instead when updating.
    public static func assert(_ actual: String, matches relativePath: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = PackageRoot.file(relativePath)
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if expected == actual { return }
        if updating {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
            } catch {
                XCTFail("cannot write \(relativePath): \(error)", file: file, line: line)
            }
            return
        }
        guard let expected else {
            XCTFail("\(relativePath) is missing; run \(updateCommand)", file: file, line: line)
            return
        }
        XCTFail(difference(expected: expected, actual: actual, name: relativePath), file: file, line: line)
    }

    /// The first differing line of two texts, for a failure message.
    static func difference(expected: String, actual: String, name: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        let expectedLine = first < a.count ? String(a[first]) : "<end>"
        let actualLine = first < b.count ? String(b[first]) : "<end>"
        return """
            output differs from \(name) at line \(first + 1):
              expected: \(expectedLine)
              actual:   \(actualLine)
            (if the change is intended: \(updateCommand))
            """
    }
}
