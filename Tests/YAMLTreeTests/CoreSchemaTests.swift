import XCTest
@testable import YAMLTree

final class CoreSchemaTests: XCTestCase {
    func testIntegers() {
        XCTAssertEqual(CoreSchema.int("0"), 0)
        XCTAssertEqual(CoreSchema.int("-17"), -17)
        XCTAssertEqual(CoreSchema.int("+3"), 3)
        XCTAssertEqual(CoreSchema.int("0o17"), 15)
        XCTAssertNil(CoreSchema.int("1_000"))
        XCTAssertNil(CoreSchema.int("9:00"))
        XCTAssertNil(CoreSchema.int(""))
    }

    func testFloats() {
        XCTAssertEqual(CoreSchema.float("1.5"), 1.5)
        XCTAssertEqual(CoreSchema.float(".5"), 0.5)
        XCTAssertEqual(CoreSchema.float("1e3"), 1000)
        XCTAssertNil(CoreSchema.float("1e"))
        XCTAssertNil(CoreSchema.float("."))
        XCTAssertNil(CoreSchema.float("90%"))
        XCTAssertEqual(CoreSchema.float(".nan")?.isNaN, true)
    }

    func testQuotedScalarsAreAlwaysStrings() {
        for style in [YAMLScalar.Style.singleQuoted, .doubleQuoted, .literal, .folded] {
            XCTAssertEqual(YAMLScalar(text: "true", style: style).value, .string("true"))
            XCTAssertEqual(YAMLScalar(text: "12", style: style).value, .string("12"))
        }
    }
}
