import XCTest
@testable import SocialPlanCore

/// DESIGN §5's business-clock cases through the audit: urgent is 30 minutes on a business
/// clock, care hours Mon–Fri 09:00–17:00 Europe/Oslo.
final class AuditBusinessClockTests: XCTestCase {
    typealias F = AuditFixture

    private func urgent(_ mention: Int, reply: Int?, holidays: [String] = []) throws -> AuditRow {
        var log = [F.msg("1", "100", mention, "@Acme refund")]
        if let reply { log.append(F.msg("2", "Acme", reply, "ok", parent: "1")) }
        log.append(F.msg("3", "Acme", F.at(12, 12), "end of log"))
        let r = F.audit(log, F.options(holidays: holidays))
        return try XCTUnwrap(r.rows.first)
    }

    func testReplyBeforeOpeningCountsNoBusinessMinutes() throws {
        let row = try urgent(F.at(3, 6), reply: F.at(3, 8, 45))
        XCTAssertEqual(row.elapsedBusinessMinutes, 0)
        XCTAssertEqual(row.elapsedCalendarMinutes, 165)
        XCTAssertEqual(row.dueAt, F.at(3, 9, 30))
        XCTAssertEqual(row.status, .met)
    }

    func testFridayAfternoonIsDueMondayMorning() throws {
        let met = try urgent(F.at(6, 16, 45), reply: F.at(9, 9, 15))
        XCTAssertEqual(met.dueAt, F.at(9, 9, 15))
        XCTAssertEqual(met.status, .met)
        XCTAssertEqual(met.elapsedBusinessMinutes, 30)
        let late = try urgent(F.at(6, 16, 45), reply: F.at(9, 9, 15, second: 1))
        XCTAssertEqual(late.status, .breached)
    }

    func testAHolidayMondayMovesDueToTuesday() throws {
        let row = try urgent(F.at(6, 16, 45), reply: nil, holidays: ["2026-03-09"])
        XCTAssertEqual(row.dueAt, F.at(10, 9, 15))
        XCTAssertEqual(row.status, .breachedUnanswered)
    }
}
