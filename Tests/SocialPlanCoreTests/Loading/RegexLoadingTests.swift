import XCTest
import YAMLTree
@testable import SocialPlanCore

/// Patterns the bounded engine refuses are `invalid-value` errors at the refused construct:
/// its line and column in the file, whatever the quoting.
final class RegexLoadingTests: XCTestCase {
    private func load(_ body: String) -> [String] {
        StrategyLoader.load("version: 1\nname: Shop\ntimezone: Europe/Oslo\n" + body).diagnostics.map {
            "\($0.position?.line ?? 0):\($0.position?.column ?? 0) \($0.message)"
        }
    }

    func testASignatureRefusalPointsAtTheConstruct() {
        XCTAssertEqual(load("audit:\n  signature: '-(\\w+)(?=$)'\n"),
                       ["5:21 audit signature `-(\\w+)(?=$)`: a look-ahead `(?=…)` cannot be run by the linear-time matcher"])
        XCTAssertEqual(load("audit:\n  signature: -(\\w+)\\1\n"),
                       ["5:20 audit signature `-(\\w+)\\1`: a back-reference `\\1` cannot be run by the linear-time matcher (no finite automaton matches a repeated capture)"])
    }

    func testQuotingIsCountedWhenTheColumnIsMapped() {
        // `''` is one quote in the value, two columns in the file; so are `\\` and `\"` in double quotes.
        XCTAssertEqual(load("audit:\n  signature: 'it''s (a++)'\n").first, "5:23 audit signature `it's (a++)`: a possessive quantifier `++` cannot be run by the linear-time matcher (it needs backtracking control)")
        XCTAssertEqual(load("audit:\n  signature: \"\\\\d \\\" a**\"\n").first?.prefix(5), "5:24 ")
        // An escape that is not a simple doubling: the scalar's own position.
        XCTAssertEqual(load("audit:\n  signature: \"\\t a**\"\n").first?.prefix(5), "5:14 ")
    }

    /// A scalar written over two lines is folded (the line break becomes a space): a refusal
    /// past the break has no column of its own, so the scalar's position is given, never a
    /// column past the end of its first line (found by the `strategy` fuzz target).
    func testARefusalPastAFoldedLineBreakIsAtTheScalar() {
        XCTAssertEqual(load("audit:\n  signature: 'ab\n    c++'\n").first?.prefix(5), "5:14 ")
        XCTAssertEqual(load("audit:\n  signature: 'abcdefgh c++'\n").first?.prefix(5), "5:25 ", "on one line the construct's column")
    }

    func testTriageRegexRefusalsInAListArePositionedEach() {
        let found = load("""
        care:
          staff: [kari]
          handle_time: 6m
          sla: { normal: { first_reply: 2h, target: 90% } }
          triage:
            normal:
              regex: ['ok \\d+', '(?<!no )refund', "(a+)+$"]
        team:
          kari: { available: { mon: "09:00-17:00" } }

        """)
        XCTAssertEqual(found, ["10:26 triage regex `(?<!no )refund` for `normal`: a negative look-behind `(?<!…)` cannot be run by the linear-time matcher"])
    }

    /// The catastrophic pattern of the issue loads: it is regular, and runs in linear time.
    func testTheCatastrophicPatternLoads() {
        XCTAssertEqual(load("audit:\n  signature: '(a+)+$'\n"), [])
    }
}
