import XCTest
@testable import SocialPlanCore

/// Lines of a source file for excerpts: every line ending counts, once.
final class SourceFileLineTests: XCTestCase {
    func testLFCRLFAndALoneCREachEndALine() {
        let file = SourceFile(path: "a.yaml", text: "\u{FEFF}one\ntwo\r\nthree\rfour\n")
        XCTAssertEqual((1...5).map { file.line($0).map(String.init) }, ["one", "two", "three", "four", ""])
        XCTAssertNil(file.line(6))
        XCTAssertNil(file.line(0))
        XCTAssertEqual(SourceFile(path: "b", text: "").line(1), "")
        XCTAssertEqual(SourceFile(path: "c", text: "é\r\n😀").line(2), "😀")
    }
}
