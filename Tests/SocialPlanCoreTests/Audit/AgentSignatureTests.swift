import XCTest
@testable import SocialPlanCore

final class AgentSignatureTests: XCTestCase {
    func testBuiltInMatcherFindsCommonEndings() {
        let s = AgentSignature.builtIn
        XCTAssertEqual(s.agent(in: "We're on it. -Becky"), "Becky")
        XCTAssertEqual(s.agent(in: "Please DM us ^JK"), "JK")
        XCTAssertEqual(s.agent(in: "Sorry about that *AB"), "AB")
        XCTAssertEqual(s.agent(in: "Let's look into it ^RR https://t.co/znUu1VJn9r"), "RR")
        XCTAssertEqual(s.agent(in: "Sent! -Becky https://t.co/a https://t.co/b  "), "Becky")
        XCTAssertEqual(s.agent(in: "help.^JK"), "JK")
        XCTAssertEqual(s.agent(in: "Thanks - Kari"), "Kari")
    }

    func testBuiltInMatcherIgnoresTextWithoutASignature() {
        let s = AgentSignature.builtIn
        XCTAssertNil(s.agent(in: "We're on it."))
        XCTAssertNil(s.agent(in: "see https://t.co/x"))
        XCTAssertNil(s.agent(in: "a follow-up"))
        XCTAssertNil(s.agent(in: "2^10"))
        XCTAssertNil(s.agent(in: "-"))
        XCTAssertNil(s.agent(in: ""))
    }

    func testCustomPatternUsesTheFirstGroupOrTheMatch() throws {
        let grouped = try XCTUnwrap(SignaturePattern(#"/([A-Z]{2})\b"#))
        XCTAssertEqual(AgentSignature.pattern(grouped).agent(in: "done /KN thanks"), "KN")
        let whole = try XCTUnwrap(SignaturePattern("[A-Z]{3}$"))
        XCTAssertEqual(AgentSignature.pattern(whole).agent(in: "done ABC"), "ABC")
        XCTAssertNil(AgentSignature.pattern(whole).agent(in: "done abc"))
        XCTAssertNil(SignaturePattern("(unclosed"))
    }
}

final class AgentSignatureFastPathTests: XCTestCase {
    /// The byte-level matcher agrees with the Character-level one on texts mixing signatures,
    /// links, ASCII and Unicode whitespace, emoji, combining marks and grapheme prepends.
    func testBytewiseMatcherAgreesWithCharacterMatcher() {
        let pieces = ["-", "^", "*", " ", "  ", "\t", "\r\n", "\n", "\u{0B}", "\u{1C}", "Becky", "JK", "a", "Z", "help.", "2",
                      "https://t.co/x", "http://a", "😡", "👍🏽", "✈️", "\u{A0}", "\u{3000}", "\u{85}", "\u{600}", "\u{110BD}",
                      "\u{301}", "é", "Ærlig", "ü", "ABCDEFGHIJKLMNOPQRSTU"]
        var rng = SystemRandomNumberGenerator()
        var checked = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...7, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            XCTAssertEqual(AgentSignature.builtInAgent(in: text), AgentSignature.characterAgent(in: text), "\(Array(text.unicodeScalars))")
            if text.utf8.withContiguousStorageIfAvailable(AgentSignature.asciiAgent).flatMap({ $0 }) != nil { checked += 1 }
        }
        XCTAssertGreaterThan(checked, 5_000, "the byte-level path decides most texts")
    }

    func testBytewiseMatcherDefersToCharactersAroundUnicodeWhitespaceAndPrepends() {
        for text in ["ok\u{3000}-Becky", "ok -\u{A0}Becky", "\u{600} ^JK", "x\u{600} - Kari", "ok ^J\u{301}K"] {
            // `nil` from the byte-level matcher means "not decided here": it defers.
            let decided: String?? = text.utf8.withContiguousStorageIfAvailable(AgentSignature.asciiAgent).flatMap { $0 }
            XCTAssertTrue(decided == nil, "the byte-level matcher decided \(String(describing: decided)) for \(text)")
            XCTAssertEqual(AgentSignature.builtInAgent(in: text), AgentSignature.characterAgent(in: text), text)
        }
        XCTAssertEqual(AgentSignature.builtInAgent(in: "sorry 😡 ^AB"), "AB")
    }
}
