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

final class TriageMatcherFastPathTests: XCTestCase {
    /// Every character the byte-level path passes through unchanged is left alone by
    /// Foundation's folding too, alone, after letters and with emoji modifiers.
    func testInertSymbolsFoldToThemselves() {
        func fold(_ s: String) -> String { String(decoding: TriageMatcher.fold(s), as: UTF8.self) }
        let modifiers = ["\u{FE0E}", "\u{FE0F}", "\u{200D}", "\u{1F3FB}", "\u{1F3FF}", "\u{E0067}", "\u{FE0F}\u{20E3}"]
        var symbols = 0
        for v in UInt32(0x80)...0x10FFFF where TriageMatcher.isInertSymbol(v) {
            guard let u = Unicode.Scalar(v) else { continue }
            let s = String(u)
            symbols += 1
            XCTAssertEqual(fold("A\(s)b"), "a\(s)b", "U+\(String(v, radix: 16))")
            for m in modifiers.prefix(6) { XCTAssertEqual(fold("Ré\(s)\(m)Z"), "re\(s)\(m)z", "U+\(String(v, radix: 16)) + \(m.unicodeScalars.map(\.value))") }
            XCTAssertEqual(fold("x\(s)\u{200D}\(s)\u{FE0F}Y"), "x\(s)\u{200D}\(s)\u{FE0F}y", "U+\(String(v, radix: 16)) ZWJ sequence")
        }
        XCTAssertGreaterThan(symbols, 2_000)
    }

    /// The one-pass byte search gives the same priority as folding and searching each keyword.
    func testBytewiseSearchAgreesWithFoldedSearch() {
        let rules = [TriageRule(priority: "urgent", keywords: ["refund", "not working", "Café"], position: AuditFixture.pos),
                     TriageRule(priority: "normal", keywords: ["help", "order", "delay", "re"], position: AuditFixture.pos)]
        let m = TriageMatcher(triage: rules, slas: AuditFixture.slas)
        let pieces = ["REFUND", "refun", "d", "not", " ", "working", "HeLp", "ord", "er", "delay", "R", "e", "café", "CAFE", "😡", "👍🏽",
                      "✈️", "\u{FE0F}", "\u{1F3FD}", "é", "\u{301}", "ß", "ﬁ", "…", "’", "x", "@AmazonHelp"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let folded = TriageMatcher.fold(text)
            let expected = m.rules.first { $0.keywords.contains { TriageMatcher.contains(folded, $0) } }?.priority
            XCTAssertEqual(m.priorityIndex(for: text), expected, text)
        }
    }
}
