import XCTest
@testable import SocialPlanCore

final class JSONValueTests: XCTestCase {
    private struct Inner: Encodable { var hoursUsed: Double; var pWait: Double }
    private struct Outer: Encodable {
        var zebra: String
        var apple: Int
        var localStart: String
        var missing: String?
        var inner: Inner
        var flags: [Bool]
    }

    func testEncodableKeepsDeclarationOrderAndSnakeCasesKeys() {
        let value = JSONValue(encoding: Outer(zebra: "z", apple: 1, localStart: "2026-12-07 09:00", missing: nil,
                                              inner: Inner(hoursUsed: 37.5, pWait: 0.25), flags: [true, false]))
        XCTAssertEqual(value.document, """
            {
              "zebra": "z",
              "apple": 1,
              "local_start": "2026-12-07 09:00",
              "inner": {
                "hours_used": 37.5,
                "p_wait": 0.25
              },
              "flags": [true, false]
            }

            """)
    }

    func testNumbersAreExactAndNeverInvalidJSON() {
        XCTAssertEqual(JSONValue.number(0.1).rendered(), "0.1")
        XCTAssertEqual(JSONValue.number(96.0).rendered(), "96")
        XCTAssertEqual(JSONValue.number(-2.5).rendered(), "-2.5")
        XCTAssertEqual(JSONValue.number(.nan).rendered(), "null")
        XCTAssertEqual(JSONValue.number(.infinity).rendered(), "null")
        XCTAssertEqual(JSONValue.rounded(2.0 / 3.0, places: 4).rendered(), "0.6667")
        XCTAssertEqual(JSONValue.literal("96.10").rendered(), "96.10")
        XCTAssertEqual(JSONValue.integer(nil as Int?).rendered(), "null")
    }

    func testArraysOfPlainValuesStayOnOneLine() {
        XCTAssertEqual(JSONValue.array([]).rendered(), "[]")
        XCTAssertEqual(JSONValue.object([]).rendered(), "{}")
        XCTAssertEqual(JSONValue.array([.integer(1), .string("a"), .null]).rendered(), "[1, \"a\", null]")
        let row = JSONValue.array(Array(repeating: .number(70.4), count: 24))
        XCTAssertEqual(row.rendered().split(separator: "\n").count, 1, "a heatmap row is one line")
        XCTAssertEqual(JSONValue.array([.object([("a", .integer(1))])]).rendered(), "[\n  {\n    \"a\": 1\n  }\n]")
    }

    func testStringsEscapeQuotesBackslashesAndControls() {
        XCTAssertEqual(JSONValue.quote("a\"b\\c\n\u{1B}[2J\u{7F}"), "\"a\\\"b\\\\c\\n\\u001b[2J\\u007f\"")
    }

    func testDictionaryKeysAreSortedAndKeptAsWritten() {
        struct Holder: Encodable { var byMember: [String: Int] }
        let value = JSONValue(encoding: Holder(byMember: ["zoeAnn": 2, "ola": 1]))
        XCTAssertEqual(value.rendered(), "{\n  \"by_member\": {\n    \"ola\": 1,\n    \"zoeAnn\": 2\n  }\n}")
    }
}
