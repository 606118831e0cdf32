import XCTest
@testable import SocialPlanCore

/// The one escaping function of the HTML report.
final class MarkupTextTests: XCTestCase {
    func testMarkupCharactersBecomeReferences() {
        XCTAssertEqual(MarkupText.escape("<script>alert('x')</script>"), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        XCTAssertEqual(MarkupText.escape("Tom & \"Jerry\""), "Tom &amp; &quot;Jerry&quot;")
        XCTAssertEqual(MarkupText.escape("&amp;"), "&amp;amp;", "text that looks escaped is escaped again: it is text")
    }

    func testCharactersXMLForbidsBecomeReplacementCharacters() {
        XCTAssertEqual(MarkupText.escape("a\u{1}b\u{1B}[31mc"), "a\u{FFFD}b\u{FFFD}[31mc")
        XCTAssertEqual(MarkupText.escape("x\u{FFFE}y\u{FFFF}"), "x\u{FFFD}y\u{FFFD}")
        XCTAssertEqual(MarkupText.escape("line\nnext\ttab\r"), "line\nnext\ttab\r", "tab, line feed and carriage return are allowed")
    }

    func testOtherTextIsUnchanged() {
        let text = "Ingrid Berg ليو مارش 🧵 Kari — 94 °C"
        XCTAssertEqual(MarkupText.escape(text), text)
        XCTAssertEqual(MarkupText.escape(""), "")
    }
}
