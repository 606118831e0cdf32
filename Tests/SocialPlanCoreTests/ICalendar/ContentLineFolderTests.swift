import XCTest
@testable import SocialPlanCore

/// Folding keeps every physical line within 75 octets and never cuts a character.
final class ContentLineFolderTests: XCTestCase {
    private let samples: [String] = [
        "DESCRIPTION:" + ICalendarText.escape(ICalendarSamples.awkwardText),
        "SUMMARY:" + String(repeating: "æøå ÆØÅ blåbærsyltetøy ", count: 12),
        "SUMMARY:" + String(repeating: "🐣", count: 60),
        "SUMMARY:" + String(repeating: "e\u{301}", count: 80),                 // e + combining acute
        "SUMMARY:" + String(repeating: "🇳🇴👩🏽‍💻", count: 20),
        "X:" + String(repeating: "👨‍👩‍👧‍👦\u{200D}", count: 30) + "end",     // one grapheme > 75 octets
        "X:" + String(repeating: "a", count: 300),
        "X:" + String(repeating: "a", count: 73),
        "X:",
    ]

    /// A continuation line without its leading space, cut as octets (a space followed by a
    /// combining scalar is one `Character`).
    private func withoutLeadingSpace(_ line: String) -> String {
        String(decoding: line.utf8.dropFirst(), as: UTF8.self)
    }

    /// The physical lines joined back into one content line.
    private func unfolded(_ physical: [String]) -> String {
        (physical.first ?? "") + physical.dropFirst().map(withoutLeadingSpace).joined()
    }

    func testNoPhysicalLineIsLongerThan75Octets() {
        for sample in samples {
            for line in ContentLineFolder.fold(sample) {
                XCTAssertLessThanOrEqual(line.utf8.count, 75, "\(line)")
            }
        }
    }

    func testUnfoldingRestoresTheLine() {
        for sample in samples {
            let physical = ContentLineFolder.fold(sample)
            XCTAssertTrue(physical.dropFirst().allSatisfy { $0.utf8.first == UInt8(ascii: " ") })
            XCTAssertEqual(unfolded(physical), sample)
        }
    }

    func testEveryPhysicalLineIsValidUTF8OnItsOwn() throws {
        let text = samples.flatMap(ContentLineFolder.fold).map { $0 + "\r\n" }.joined()
        let lines = try XCTUnwrap(ICalendarTestParser.physicalLines(text))
        for bytes in lines {
            XCTAssertNotNil(String(validating: bytes, as: UTF8.self), "line cut inside a UTF-8 sequence: \(bytes)")
        }
    }

    func testFoldsFallBetweenGraphemes() {
        for sample in samples where sample.allSatisfy({ $0.utf8.count < 74 }) {
            let pieces = ContentLineFolder.fold(sample).enumerated().map { $0.offset == 0 ? $0.element : withoutLeadingSpace($0.element) }
            // A fold inside a grapheme would make the pieces' characters differ from the whole's.
            XCTAssertEqual(pieces.flatMap { Array($0) }, Array(sample), "a fold split a grapheme")
        }
    }

    func testASCIIFillsLinesExactly() {
        let lengths = ContentLineFolder.fold("X:" + String(repeating: "a", count: 300)).map(\.utf8.count)
        XCTAssertEqual(lengths, [75, 75, 75, 75, 6])                        // 302 = 75 + 74·3 + 5
        XCTAssertEqual(ContentLineFolder.fold("X:" + String(repeating: "a", count: 73)), ["X:" + String(repeating: "a", count: 73)])
        XCTAssertEqual(ContentLineFolder.fold("X:"), ["X:"])
    }

    func testEscapePairsStayOnOneLine() {
        let folded = ContentLineFolder.fold("X:" + String(repeating: "a", count: 72) + "\\nb")
        XCTAssertEqual(folded, ["X:" + String(repeating: "a", count: 72), " \\nb"])
    }

    func testOversizedGraphemeIsSplitBetweenScalarsOnly() throws {
        let sample = "X:" + String(repeating: "👨‍👩‍👧‍👦\u{200D}", count: 30) + "end"
        let physical = ContentLineFolder.fold(sample)
        XCTAssertGreaterThan(physical.count, 3)
        let lines = try XCTUnwrap(ICalendarTestParser.physicalLines(physical.map { $0 + "\r\n" }.joined()))
        XCTAssertTrue(lines.allSatisfy { String(validating: $0, as: UTF8.self) != nil && $0.count <= 75 })
    }
}
