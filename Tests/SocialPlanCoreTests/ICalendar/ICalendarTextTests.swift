import XCTest
@testable import SocialPlanCore

/// TEXT escaping, checked against examples and by a round trip through a separate parser.
final class ICalendarTextTests: XCTestCase {
    func testEscapesBackslashSemicolonCommaAndNewlines() {
        XCTAssertEqual(ICalendarText.escape(#"a\b;c,d"#), #"a\\b\;c\,d"#)
        XCTAssertEqual(ICalendarText.escape("one\ntwo\r\nthree\rfour"), #"one\ntwo\nthree\nfour"#)
        XCTAssertEqual(ICalendarText.escape("tab\tkept, bell\u{7} and nul\u{0} dropped"), "tab\tkept\\, bell and nul dropped")
        XCTAssertEqual(ICalendarText.escape("\u{1B}]0;PWNED\u{7}Kari\u{1B}[2J del\u{7F} c1\u{9B}31m"), "]0\\;PWNEDKari[2J del c131m",
                       "escape sequences lose their control characters (C0, DEL, C1): TEXT may not hold them")
        XCTAssertEqual(ICalendarText.escape("æøå 🐣"), "æøå 🐣")
        XCTAssertEqual(ICalendarText.escape(#"\n is not a newline"#), #"\\n is not a newline"#)
    }

    func testCategoriesAreEscapedOneByOneAndJoinedWithCommas() {
        XCTAssertEqual(ICalendarText.list(["post", "a,b", "c;d", "", #"e\"#]), #"post,a\,b,c\;d,e\\"#)
    }

    func testParameterValuesAreQuotedOnlyWhenNeeded() {
        XCTAssertEqual(ICalendarText.parameter("Europe/Oslo"), "Europe/Oslo")
        XCTAssertEqual(ICalendarText.parameter("odd:zone"), "\"odd:zone\"")
        XCTAssertEqual(ICalendarText.parameter("say \"hi\""), "say hi")
    }

    /// Every text field of an event survives writing, folding, unfolding and unescaping.
    func testTextFieldsRoundTripThroughAParser() throws {
        let texts = [ICalendarSamples.awkwardText.replacingOccurrences(of: "\r\n", with: "\n"),
                     #"C:\Users\kari\; rm -rf, "quoted""#, "ends with backslash \\", ",;\\\n,;\\",
                     String(repeating: "Blåbær, ", count: 20), "e\u{301},\u{301}; 🇳🇴,🇸🇪", ""]
        for text in texts {
            let event = CalendarEvent(uid: "uid, with; specials\\", summary: text, description: text,
                                      categories: [text, "plain", "x,y"].filter { !$0.isEmpty },
                                      start: ICalendarSamples.oslo(5, 4, 9), end: ICalendarSamples.oslo(5, 4, 10),
                                      location: text, transparent: true)
            let rendered = ICalendarWriter.render(ICalendarDocument(name: text, stamp: ICalendarSamples.stamp, events: [event]))
            let properties = ICalendarTestParser.properties(rendered)
            func value(_ name: String) -> String? { properties.first { $0.name == name }?.value }
            XCTAssertEqual(value("SUMMARY").map(ICalendarTestParser.unescape), text)
            XCTAssertEqual(value("DESCRIPTION").map(ICalendarTestParser.unescape), text)
            XCTAssertEqual(value("LOCATION").map(ICalendarTestParser.unescape), text)
            XCTAssertEqual(value("X-WR-CALNAME").map(ICalendarTestParser.unescape), text)
            XCTAssertEqual(value("UID").map(ICalendarTestParser.unescape), "uid, with; specials\\")
            XCTAssertEqual(value("CATEGORIES").map(ICalendarTestParser.textList), [text, "plain", "x,y"].filter { !$0.isEmpty })
        }
    }

    /// Carriage returns come back as plain newlines: TEXT has one line-break escape.
    func testCarriageReturnsBecomeNewlines() {
        let event = CalendarEvent(uid: "u", summary: "a\r\nb\rc", start: ICalendarSamples.oslo(5, 4, 9),
                                  end: ICalendarSamples.oslo(5, 4, 9), transparent: true)
        let rendered = ICalendarWriter.render(ICalendarDocument(stamp: ICalendarSamples.stamp, events: [event]))
        let summary = ICalendarTestParser.properties(rendered).first { $0.name == "SUMMARY" }?.value
        XCTAssertEqual(summary.map(ICalendarTestParser.unescape), "a\nb\nc")
    }
}
