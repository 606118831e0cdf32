import XCTest
@testable import SocialPlanCore

/// `care.triage` in both shapes, `regex` validated at load, and `care.default_priority`.
final class TriageLoadingTests: XCTestCase {
    private func load(slas: String, _ lines: String) -> LoadResult {
        StrategyLoader.load("""
            version: 1
            name: Shop
            timezone: Europe/Oslo
            team:
              kari: { available: { mon: "09:00-17:00" } }
            care:
              staff: [kari]
              handle_time: 6m
              sla: \(slas)
            \(lines)
            """)
    }
    private let three = "{ urgent: { first_reply: 30m, target: 95% }, normal: { first_reply: 2h, target: 90% }, low: { first_reply: 8h, target: 80% } }"
    private let noNormal = "{ urgent: { first_reply: 30m, target: 95% }, low: { first_reply: 8h, target: 80% } }"

    func testThePlainListFormLoadsAsBefore() throws {
        let r = load(slas: three, "  triage:\n    urgent: [refund, \"not working\"]\n    low: tips")
        XCTAssertEqual(r.diagnostics, [])
        let triage = try XCTUnwrap(r.strategy?.care?.triage)
        XCTAssertEqual(triage.map(\.keywords), [["refund", "not working"], ["tips"]])
        XCTAssertEqual(triage.map(\.patterns), [[], []])
        XCTAssertEqual(r.strategy?.care?.defaultPriorityIndex, 1, "`normal` is the default")
    }

    func testTheMappingFormWithRegexAndNot() throws {
        let r = load(slas: three, """
              triage:
                normal:
                  keywords: [help, problem]
                  not: ["problem solved"]
                  regex: ['order ?#?\\d{6}']
            """)
        XCTAssertEqual(r.diagnostics, [])
        let rule = try XCTUnwrap(r.strategy?.care?.triage.first)
        XCTAssertEqual(rule.keywords, ["help", "problem"])
        XCTAssertEqual(rule.exclusions, ["problem solved"])
        XCTAssertEqual(rule.patterns, ["order ?#?\\d{6}"])
    }

    func testABadRegexAndAWordlessKeywordArePositionedErrors() throws {
        let r = load(slas: three, """
              triage:
                urgent:
                  keywords: [refund, "!!"]
                  regex: ['order (#']
                  nope: 1
            """)
        let byID = Dictionary(grouping: r.diagnostics, by: \.id)
        let regex = try XCTUnwrap(byID["invalid-value"]?.first { $0.message.contains("regex") })
        XCTAssertEqual(regex.message, "triage regex `order (#` for `urgent`: `(` is not closed")
        XCTAssertEqual(regex.position, SourcePosition(line: 13, column: 22), "at the `(`, inside the quotes")
        let wordless = try XCTUnwrap(byID["invalid-value"]?.first { $0.message.contains("no word") })
        XCTAssertEqual(wordless.position, SourcePosition(line: 12, column: 26))
        XCTAssertEqual(byID["unknown-key"]?.first?.message, "unknown key `nope` in triage `urgent`")
    }

    func testDefaultPriorityIsRequiredWhenAmbiguous() throws {
        let missing = load(slas: noNormal, "")
        let d = try XCTUnwrap(missing.diagnostics.first { $0.id == "missing-key" })
        XCTAssertEqual(d.message, "care needs `default_priority`: no SLA is named `normal`")
        XCTAssertEqual(d.position, SourcePosition(line: 9, column: 3))
        XCTAssertEqual(d.help, "add `default_priority: low` (one of urgent, low) under `care:`: the priority of mentions no triage rule matches")
        let given = load(slas: noNormal, "  default_priority: urgent")
        XCTAssertEqual(given.diagnostics, [])
        XCTAssertEqual(given.strategy?.care?.defaultPriorityIndex, 0)
        let typo = load(slas: noNormal, "  default_priority: lowe")
        XCTAssertEqual(typo.diagnostics.map(\.message), ["care default_priority names priority `lowe`, which has no SLA"])
        XCTAssertEqual(typo.diagnostics.first?.help, "did you mean `low`?")
        let one = load(slas: "{ only: { first_reply: 1h, target: 90% } }", "")
        XCTAssertEqual(one.diagnostics, [])
        XCTAssertEqual(one.strategy?.care?.defaultPriorityIndex, 0)
    }

    func testTheSimulationMixGivesUnassignedMentionsTheDefault() throws {
        let noMix = try XCTUnwrap(load(slas: three, "").strategy)
        XCTAssertEqual(PriorityMix(strategy: noMix).shares, [0, 1, 0], "all in `normal`, not the last SLA")
        let standard = try XCTUnwrap(load(slas: noNormal, "  default_priority: urgent").strategy)
        XCTAssertEqual(standard.priorityShares, [1, 0])
        XCTAssertEqual(CareRequirement.cumulativeShares(strategy: noMix, care: try XCTUnwrap(noMix.care)), [0, 1, 1])
    }

    /// `*` may only end a one-word keyword; elsewhere it is a positioned error, not a silent
    /// separator.
    func testAStarOutsideTheEndOfOneWordIsAPositionedError() throws {
        let ok = load(slas: three, "  triage:\n    urgent: [\"cancel*\", refund]")
        XCTAssertEqual(ok.diagnostics, [])
        let r = load(slas: three, "  triage:\n    urgent: [\"can*cel\", \"not work*\"]")
        let stars = r.diagnostics.filter { $0.message.contains("`*`") }
        XCTAssertEqual(stars.map(\.position), [SourcePosition(line: 11, column: 14), SourcePosition(line: 11, column: 25)])
        XCTAssertEqual(stars.first?.message, "triage entry `can*cel` for `urgent` has a `*` that is not at the end of one word")
    }
}
