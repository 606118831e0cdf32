@testable import SocialPlanCore
import XCTest

/// "Replies outside shifts" uses the rota of the week each reply falls in.
final class RotaWeeksTests: XCTestCase {
    typealias F = AuditFixture

    /// A reply on Monday 2 March (W10) and one on Monday 9 March (W11), both at 10:00 Oslo.
    let messages = [
        F.msg("1", "42", F.at(2, 9, 50), "@brand hi"), F.msg("2", "brand", F.at(2, 10), parent: "1"),
        F.msg("3", "43", F.at(9, 9, 50), "@brand hi"), F.msg("4", "brand", F.at(9, 10), parent: "3"),
    ]

    /// W10: on duty all week; W11: nobody.
    let rotas = RotaWeeks { week in
        week == ISOWeek(year: 2026, week: 10) ? OnDutyWeek(onDutySlots: 0..<672) : OnDutyWeek(onDutySlots: [])
    }

    func testEachReplyIsJudgedAgainstItsOwnWeek() {
        var options = F.options()
        options.rotaWeeks = rotas
        XCTAssertEqual(F.audit(messages, options).account("brand")?.repliesOutsideShifts, 1)
    }

    func testAFixedWeekOverridesThePlannedWeeks() {
        var options = F.options(onDuty: OnDutyWeek(onDutySlots: 0..<672))
        options.rotaWeeks = rotas
        XCTAssertEqual(F.audit(messages, options).account("brand")?.repliesOutsideShifts, 0)
    }

    func testWeeksBeyondTheLimitAreNotJudgedAndSaidSo() {
        var options = F.options()
        options.rotaWeeks = RotaWeeks(limit: 1, plan: rotas.plan)
        let result = F.audit(messages, options)
        XCTAssertEqual(result.account("brand")?.repliesOutsideShifts, 1, "only W11 is planned")
        XCTAssertEqual(result.counts.weeksWithoutRota, 1)
        XCTAssertTrue(result.notes.contains { $0.hasPrefix("1 week before the latest 1 not planned") })
    }

    func testTheLookupFindsEachWeekFromItsDate() {
        let lookup = OnDutyLookup(rotas: rotas, firstDate: LocalDate(dayNumber: 20_514), lastDate: LocalDate(dayNumber: 20_530))
        XCTAssertEqual(lookup.isOnDuty(date: try XCTUnwrap(LocalDate.parse("2026-03-08").get()), minute: 600), true)
        XCTAssertEqual(lookup.isOnDuty(date: try XCTUnwrap(LocalDate.parse("2026-03-09").get()), minute: 600), false)
    }
}
