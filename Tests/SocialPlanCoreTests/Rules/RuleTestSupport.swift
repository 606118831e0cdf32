import XCTest
@testable import SocialPlanCore

/// Loading helpers shared by the rule tests.
enum RuleTestSupport {
    /// Loads an example or full strategy; fails the test on loader errors.
    static func load(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Strategy? {
        let result = StrategyLoader.load(RuleExample.strategyText(text))
        let errors = result.diagnostics.filter { $0.severity == .error }
        XCTAssertTrue(errors.isEmpty, "loader errors: \(errors.map { "\($0.position?.description ?? "-") \($0.message)" })\n\(text)",
                      file: file, line: line)
        XCTAssertNotNil(result.strategy, file: file, line: line)
        return result.strategy
    }

    /// The findings of `rule` on `text`.
    static func findings(_ rule: any StrategyRule.Type, _ text: String, file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
        guard let strategy = load(text, file: file, line: line) else { return [] }
        return rule.init().check(strategy)
    }
}

extension RuleTestSupport {
    /// The 1-based position of the first `needle` in `text` (ASCII columns), for asserting
    /// where a finding points. `text` is completed with the example header first.
    static func position(of needle: String, in text: String, file: StaticString = #filePath, line: UInt = #line) -> SourcePosition? {
        let full = RuleExample.strategyText(text)
        for (i, row) in full.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let r = row.range(of: needle) {
                return SourcePosition(line: i + 1, column: row[..<r.lowerBound].unicodeScalars.count + 1)
            }
        }
        XCTFail("`\(needle)` is not in the text", file: file, line: line)
        return nil
    }
}
