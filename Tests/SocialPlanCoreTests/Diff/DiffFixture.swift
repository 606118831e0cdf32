import Foundation
import XCTest
@testable import SocialPlanCore
import SocialPlanTestSupport

/// Pairs of strategies for the diff tests: a bundled file as written, and the same text with
/// one edit, both loaded from text (post files of `posts_from:` are not read).
enum DiffFixture {
    static let week: ISOWeek = {
        guard case .success(let w) = ISOWeek.parse("2026-W49") else { preconditionFailure("a valid week") }
        return w
    }()

    /// The text of a bundled strategy.
    static func text(_ name: String) throws -> String { try PackageRoot.text("Strategies/\(name).yaml") }

    /// `text` loaded; fails the test when it does not load.
    static func load(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Strategy {
        try XCTUnwrap(StrategyLoader.load(text).strategy, "the edited strategy loads", file: file, line: line)
    }

    /// `text` with `old` replaced by `new`, failing when `old` is not in it (the edit must bite).
    static func edit(_ text: String, _ old: String, _ new: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        XCTAssertTrue(text.contains(old), "the fixture holds \(old)", file: file, line: line)
        return text.replacingOccurrences(of: old, with: new)
    }

    /// The changes from `text` to it with `old` replaced by `new`.
    static func changes(_ text: String, _ old: String, _ new: String, file: StaticString = #filePath,
                        line: UInt = #line) throws -> [PlanChange] {
        let before = try load(text, file: file, line: line)
        let after = try load(edit(text, old, new, file: file, line: line), file: file, line: line)
        return PlanComparison.changes(from: before, to: after)
    }
}
