import Foundation
import XCTest
@testable import SocialPlanCore

/// The integer date arithmetic agrees with Foundation's Gregorian calendar.
final class CivilDateTimeTests: XCTestCase {
    func testDaysAgreeWithFoundationFor1900To2200() {
        let calendar = VTimezoneEvaluator.utcCalendar
        var random = TestRandom(seed: 5545)
        for _ in 0..<2000 {
            let days = Int.random(in: -25_567...84_000, using: &random)
            let date = Date(timeIntervalSince1970: TimeInterval(days * 86_400))
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            let civil = CivilDateTime(wallSeconds: days * 86_400)
            XCTAssertEqual([civil.year, civil.month, civil.day], [parts.year, parts.month, parts.day].map { $0 ?? 0 })
            XCTAssertEqual(civil.weekday + 1, parts.weekday)
            XCTAssertEqual(civil.wallSeconds, days * 86_400)
        }
    }

    func testKnownDates() {
        XCTAssertEqual(CivilDateTime(year: 2026, month: 3, day: 29, hour: 2).basicFormat, "20260329T020000")
        XCTAssertEqual(CivilDateTime(year: 2026, month: 3, day: 29).weekday, 0, "2026-03-29 is a Sunday")
        XCTAssertEqual(CivilDateTime(wallSeconds: -1).basicFormat, "19691231T235959")
        XCTAssertEqual(CivilDateTime.daysInMonth(year: 2028, month: 2), 29)
        XCTAssertEqual(CivilDateTime.daysInMonth(year: 2100, month: 2), 28)
    }
}
