import XCTest
@testable import SocialPlanCore

final class TriageMatcherTests: XCTestCase {
    typealias F = AuditFixture
    let matcher = TriageMatcher(triage: AuditFixture.triage, slas: AuditFixture.slas)

    func testKeywordsIgnoreCaseAndAccents() {
        XCTAssertEqual(matcher.priorityIndex(for: "Ikkje fungerer"), 0)
        XCTAssertEqual(matcher.priorityIndex(for: "appen IKKJE FUNGERER no"), 0)
        XCTAssertEqual(matcher.priorityIndex(for: "I want a refúnd"), 0)
        XCTAssertEqual(matcher.priorityIndex(for: "RÉFUND please"), 0)
        XCTAssertEqual(matcher.priorityIndex(for: "where is my ORDER"), 1)
        XCTAssertNil(matcher.priorityIndex(for: "ikkje fungerar"))
        XCTAssertNil(matcher.priorityIndex(for: ""))
    }

    func testAccentedKeywordMatchesPlainText() {
        let m = TriageMatcher(triage: [TriageRule(priority: "normal", keywords: ["Café"], position: F.pos)], slas: F.slas)
        XCTAssertEqual(m.priorityIndex(for: "the CAFE was closed"), 1)
        XCTAssertEqual(m.priorityIndex(for: "the café was closed"), 1)
    }

    func testFirstRuleWinsAndRulesWithoutAnSLAAreSkipped() {
        let m = TriageMatcher(triage: [TriageRule(priority: "vip", keywords: ["refund"], position: F.pos),
                                       TriageRule(priority: "normal", keywords: ["refund"], position: F.pos),
                                       TriageRule(priority: "urgent", keywords: ["refund"], position: F.pos)], slas: F.slas)
        XCTAssertEqual(m.priorityIndex(for: "refund"), 1)
    }

    func testThroughTheAuditTheLogPriorityWinsAndTheDefaultIsTheLowest() {
        let r = F.audit([F.msg("1", "100", F.at(2, 10), "@Acme refúnd"),
                         F.msg("2", "100", F.at(2, 10), "@Acme refund", priority: "Low"),
                         F.msg("3", "100", F.at(2, 10), "@Acme hello"),
                         F.msg("4", "100", F.at(2, 10), "@Acme hello", priority: "vip")],
                        F.options(accounts: ["Acme"]))
        XCTAssertEqual(r.rows.map(\.priority), ["urgent", "low", "low", "low"])
    }
}
