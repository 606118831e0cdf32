import XCTest
@testable import SocialPlanCore

final class TextWrapTests: XCTestCase {
    func testLinesStayWithinTheWidthWithIndentAndHangingIndent() {
        let lines = TextWrap.lines(String(repeating: "word ", count: 60), width: 100, indent: "  ", hanging: "    ")
        XCTAssertEqual(lines.count, 4)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 100 })
        XCTAssertTrue(lines[0].hasPrefix("  word"))
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.hasPrefix("    word") })
        XCTAssertEqual(lines.joined(separator: " ").split(separator: " ").count, 60)
    }

    func testNoBreakSpacesHoldWordsTogetherAndComeOutAsSpaces() {
        let text = "gaps: " + (0..<12).map { _ in "Mon\u{A0}08:00–11:30" }.joined(separator: ", ")
        let lines = TextWrap.lines(text, width: 40, hanging: "  ")
        XCTAssertTrue(lines.allSatisfy { !$0.contains("\u{A0}") && $0.count <= 40 })
        XCTAssertFalse(lines.contains { $0.hasSuffix("Mon") }, "\(lines)")
    }

    func testALongerWordStaysWholeAndEmptyTextGivesNoLines() {
        XCTAssertEqual(TextWrap.lines("a " + String(repeating: "x", count: 30) + " b", width: 10), ["a", String(repeating: "x", count: 30), "b"])
        XCTAssertEqual(TextWrap.lines("", width: 10), [])
        XCTAssertEqual(TextWrap.text("one two", width: 100), "one two\n")
    }
}
