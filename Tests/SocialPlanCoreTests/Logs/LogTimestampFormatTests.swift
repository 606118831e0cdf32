import XCTest
@testable import SocialPlanCore

/// The timestamp spellings users type, and the byte-level readers behind them.
final class LogTimestampFormatTests: XCTestCase {
    private func parse(_ text: String, _ format: LogTimestampFormat) -> ParsedTime? {
        Array(text.utf8).withUnsafeBytes { LogTimestampParser.parse($0, format) }
    }

    func testFormatSpellings() throws {
        XCTAssertEqual(try LogTimestampFormat.parse("ISO8601").get(), .iso8601)
        XCTAssertEqual(try LogTimestampFormat.parse("twitter").get(), .twitter)
        XCTAssertEqual(try LogTimestampFormat.parse("unix").get(), .unix)
        XCTAssertEqual(try LogTimestampFormat.parse("unix-ms").get(), .unixMillis)
        XCTAssertEqual(try LogTimestampFormat.parse("%Y-%m-%d %H:%M:%S").get().description, "%Y-%m-%d %H:%M:%S")
        XCTAssertThrowsError(try LogTimestampFormat.parse("yyyy-MM-dd").get())
        XCTAssertEqual((try? LogTimestampFormat.parse("%Y-%m-%d %Q").get()) == nil, true)
        if case .failure(let e) = LogTimestampFormat.parse("%Y-%m-%d") { XCTAssertTrue(e.message.contains("needs a year, month, day, hour and minute")) } else { XCTFail() }
        if case .failure(let e) = LogTimestampFormat.parse("%Y-%m-%d %I:%M") { XCTAssertTrue(e.message.contains("%I and %p")) } else { XCTFail() }
    }

    func testTwitterAndISOForms() {
        XCTAssertEqual(parse("Tue Oct 31 22:10:47 +0000 2017", .twitter), .instant(1_509_487_847))
        XCTAssertEqual(parse("Tue Oct 31 17:10:47 -0500 2017", .twitter), .instant(1_509_487_847))
        XCTAssertNil(parse("Tue Oct 32 22:10:47 +0000 2017", .twitter))
        XCTAssertNil(parse("yesterday", .twitter))
        XCTAssertEqual(parse("2017-10-31T22:10:47.123Z", .iso8601), .instant(1_509_487_847))
        XCTAssertEqual(parse("2017-10-31T23:10:47+0100", .iso8601), .instant(1_509_487_847))
        XCTAssertEqual(parse("2017-10-31 22:10:47", .iso8601), .wall(1_509_487_847))
        XCTAssertNil(parse("2017-02-29 22:10:47", .iso8601))
        XCTAssertEqual(parse("2016-02-29T00:00", .iso8601), .wall(1_456_704_000))
    }

    func testPatternsAndZones() throws {
        let p = try LogTimestampFormat.parse("%a %b %e %I:%M %p %z %Y").get()
        XCTAssertEqual(parse("Tue Oct  31 10:10 PM +00:00 2017", p), .instant(1_509_487_800))
        let z = try LogTimeZone.parse("+05:30").get()
        XCTAssertEqual(z, .offset(seconds: 19_800))
        XCTAssertEqual(z.description, "+05:30")
        XCTAssertEqual(try LogTimeZone.parse("Europe/Oslo").get(), .named("Europe/Oslo"))
        XCTAssertThrowsError(try LogTimeZone.parse("PST").get())
        XCTAssertEqual(LogZoneResolver(.named("Europe/Oslo")).instant(.wall(1_509_487_847)), 1_509_487_847 - 3600)
    }

    func testIDNormalForm() {
        XCTAssertEqual(LogMessage.normalizedID(" 192625.0 "), "192625")
        XCTAssertEqual(LogMessage.normalizedID("1.92625e5"), "192625")
        XCTAssertEqual(LogMessage.normalizedID("1.926255e5"), "1.926255e5")
        XCTAssertEqual(LogMessage.normalizedID("9.2e+17"), "920000000000000000")
        XCTAssertEqual(LogMessage.normalizedID("abc"), "abc")
        XCTAssertEqual(LogMessage.normalizedID("0042"), "0042")
    }
}
