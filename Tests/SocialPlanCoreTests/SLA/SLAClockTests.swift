import XCTest
@testable import SocialPlanCore

/// Due instants on both clocks and the four statuses at their boundaries.
final class SLAClockTests: XCTestCase {
    typealias F = SLAFixture

    let business = SLAClock(clock: .business, calendar: F.officeHours)
    let calendar = SLAClock(clock: .calendar, calendar: F.officeHours)

    func testCalendarClockDueIsMentionPlusTarget() {
        var rng = TestRandom(seed: 1)
        for _ in 0..<500 {
            let mention = Int.random(in: F.from..<F.to, using: &rng)
            let target = Int.random(in: 0...(7 * 86_400), using: &rng)
            XCTAssertEqual(calendar.due(from: mention, targetSeconds: target), mention + target)
        }
    }

    func testDesignExamples() {
        let early = business.evaluate(start: F.at("2026-11-25", 6), targetSeconds: 1800,
                                      reply: F.at("2026-11-25", 8, 45), observationEnd: F.to)
        XCTAssertEqual(early.elapsedBusinessSeconds, 0)
        XCTAssertEqual(early.elapsedCalendarSeconds, 165 * 60)
        XCTAssertEqual(early.elapsedOnClock, 0)
        XCTAssertEqual(early.status, .met)
        let friday = business.evaluate(start: F.at("2026-11-27", 16, 45), targetSeconds: 1800,
                                       reply: F.at("2026-11-30", 9, 20), observationEnd: F.to)
        XCTAssertEqual(friday.due, F.at("2026-11-30", 9, 15))
        XCTAssertEqual(friday.elapsedBusinessSeconds, 35 * 60)
        XCTAssertEqual(friday.status, .breached)
        // The same mention on a calendar clock is due at Fri 17:15.
        let onCalendar = calendar.evaluate(start: F.at("2026-11-27", 16, 45), targetSeconds: 1800,
                                           reply: F.at("2026-11-30", 9, 10), observationEnd: F.to)
        XCTAssertEqual(onCalendar.due, F.at("2026-11-27", 17, 15))
        XCTAssertEqual(onCalendar.status, .breached)
        XCTAssertEqual(onCalendar.elapsedOnClock, onCalendar.elapsedCalendarSeconds)
        XCTAssertEqual(onCalendar.elapsedBusinessSeconds, 25 * 60)
    }

    func testReplyStatusAtTheDueBoundary() {
        let mention = F.at("2026-11-27", 16, 45)
        let due = F.at("2026-11-30", 9, 15)
        XCTAssertEqual(business.evaluate(start: mention, targetSeconds: 1800, reply: due, observationEnd: F.to).status, .met)
        XCTAssertEqual(business.evaluate(start: mention, targetSeconds: 1800, reply: due + 1, observationEnd: F.to).status, .breached)
        XCTAssertEqual(business.evaluate(start: mention, targetSeconds: 1800, reply: mention, observationEnd: F.to).status, .met)
    }

    func testReplyAfterALimitUsedUpAtClosingIsBreachedThoughNoBusinessTimePassed() {
        // Fri 16:30 with 30 minutes: due Fri 17:00. Saturday's reply shows 30 business minutes
        // elapsed, equal to the limit, yet it came after the due instant.
        let e = business.evaluate(start: F.at("2026-11-27", 16, 30), targetSeconds: 1800,
                                  reply: F.at("2026-11-28", 10), observationEnd: F.to)
        XCTAssertEqual(e.due, F.at("2026-11-27", 17))
        XCTAssertEqual(e.elapsedBusinessSeconds, 1800)
        XCTAssertEqual(e.status, .breached)
    }

    func testUnansweredIsPendingUntilDueThenBreached() {
        let mention = F.at("2026-11-27", 16, 45)
        let due = F.at("2026-11-30", 9, 15)
        let atDue = business.evaluate(start: mention, targetSeconds: 1800, reply: nil, observationEnd: due)
        XCTAssertEqual(atDue.status, .pending)
        XCTAssertEqual(atDue.elapsedBusinessSeconds, 1800)
        XCTAssertEqual(atDue.elapsedCalendarSeconds, due - mention)
        let after = business.evaluate(start: mention, targetSeconds: 1800, reply: nil, observationEnd: due + 1)
        XCTAssertEqual(after.status, .breachedUnanswered)
        XCTAssertTrue(after.status.isBreach)
        // Observation ending over the weekend: pending, with 15 business minutes so far.
        let weekend = business.evaluate(start: mention, targetSeconds: 1800, reply: nil, observationEnd: F.at("2026-11-29", 12))
        XCTAssertEqual(weekend.status, .pending)
        XCTAssertEqual(weekend.elapsedBusinessSeconds, 900)
        XCTAssertFalse(weekend.status.isBreach)
    }

    func testReplyAfterObservationEndStillCounts() {
        let e = business.evaluate(start: F.at("2026-11-27", 16, 45), targetSeconds: 1800,
                                  reply: F.at("2026-11-30", 9), observationEnd: F.at("2026-11-28", 0))
        XCTAssertEqual(e.status, .met)
        XCTAssertEqual(e.elapsedBusinessSeconds, 900)
    }

    func testNoCareHoursNeverFallDue() {
        let closed = SLAClock(clock: .business, calendar: F.calendar(.none))
        let open = closed.evaluate(start: F.at("2026-11-25", 9), targetSeconds: 60, reply: nil, observationEnd: F.to)
        XCTAssertNil(open.due)
        XCTAssertEqual(open.status, .pending)
        XCTAssertEqual(closed.evaluate(start: F.at("2026-11-25", 9), targetSeconds: 60, reply: F.at("2026-12-25", 9),
                                       observationEnd: F.to).status, .met)
    }

    func testReplyBeforeTheMentionCountsAsZero() {
        let e = calendar.evaluate(start: F.at("2026-11-25", 10), targetSeconds: 60, reply: F.at("2026-11-25", 9), observationEnd: F.to)
        XCTAssertEqual(e.elapsedCalendarSeconds, 0)
        XCTAssertEqual(e.elapsedBusinessSeconds, 0)
        XCTAssertEqual(e.status, .met)
    }

    func testZeroTargetIsDueAtTheStart() {
        let mention = F.at("2026-11-28", 10)
        XCTAssertEqual(business.due(from: mention, targetSeconds: 0), mention)
        XCTAssertEqual(calendar.due(from: mention, targetSeconds: 0), mention)
        XCTAssertEqual(business.evaluate(start: mention, targetSeconds: 0, reply: mention + 1, observationEnd: F.to).status, .breached)
    }

    func testStatusNamesAreStable() {
        XCTAssertEqual(ReplyStatus.allCases.map(\.rawValue), ["met", "breached", "pending", "breached_unanswered", "closed"])
    }
}
