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
