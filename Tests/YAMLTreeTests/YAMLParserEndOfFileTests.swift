import XCTest
@testable import YAMLTree

/// Found by the `yaml` fuzz target (docs/reliability.md, "Fuzzing"): libyaml reports a problem
/// at the end of a file whose last line has no line break one line past the file; it is now at
/// the end of the last line, where an editor can show it.
final class YAMLParserEndOfFileTests: XCTestCase {
    private func problemPosition(_ bytes: [UInt8]) -> SourcePosition? {
        YAMLParser().parse(bytes: bytes).problems.first?.position
    }

    func testAProblemAtTheEndOfALastLineWithoutABreakIsOnThatLine() {
        // The fuzzer's input: a byte-order mark and an unclosed flow mapping, no line break.
        XCTAssertEqual(problemPosition([0xEF, 0xBB, 0xBF] + Array("{eycodaEnbl".utf8)), SourcePosition(line: 1, column: 12))
        XCTAssertEqual(problemPosition(Array("a: 1\nb: {c: 2".utf8)), SourcePosition(line: 2, column: 9))
        XCTAssertEqual(problemPosition(Array("a: 1\rb: [é".utf8)), SourcePosition(line: 2, column: 6), "a lone CR ends a line")
    }

    func testAProblemAfterAFinalBreakKeepsLibyamlsPosition() {
        XCTAssertEqual(problemPosition(Array("a: 1\nb: {c: 2\n".utf8)), SourcePosition(line: 3, column: 1))
    }

    /// Also found by the fuzzer: a byte libyaml refuses after a lone CR or CR LF was placed by
    /// counting only LF, past the end of the line before.
    func testAReaderErrorAfterACarriageReturnIsOnTheNextLine() {
        XCTAssertEqual(problemPosition(Array("a: 1\r\u{0}b".utf8)), SourcePosition(line: 2, column: 1))
        XCTAssertEqual(problemPosition(Array("a: 1\r\nb: \u{0}".utf8)), SourcePosition(line: 2, column: 4))
        XCTAssertEqual(problemPosition([0xEF, 0xBB, 0xBF] + Array("a: \u{0}".utf8)), SourcePosition(line: 1, column: 4), "the byte-order mark is no column")
    }
}
