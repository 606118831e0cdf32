import XCTest
@testable import SocialPlanCore

/// Invariants over seeded random instants, and agreement with the wall-time definition.
final class SLABusinessCalendarPropertyTests: XCTestCase {
    typealias F = SLAFixture

    /// Hours with a lunch break, a night period past midnight, a 24:00 end and a Sunday wrap,
    /// plus holidays (one the day before the spring change), over a year with both clock changes.
    static let mixedCare: Care = {
        let spans = ["2026-03-28", "2026-05-17", "2026-12-24..2026-12-26"].compactMap { try? DateSpan.parse($0).get() }
        let pos = SourcePosition(line: 1, column: 1)
        var h = F.hours(F.weekdays, "08:00-11:30", "12:00-16:00")
        h[.fri] = [TimePeriod(start: ClockTime(hour: 20, minute: 0), end: ClockTime(minutes: 1440))]
        h[.sat] = [TimePeriod(start: ClockTime(hour: 22, minute: 0), end: ClockTime(hour: 2, minute: 30))]
        h[.sun] = [TimePeriod(start: ClockTime(hour: 1, minute: 0), end: ClockTime(hour: 4, minute: 0)),
                   TimePeriod(start: ClockTime(hour: 23, minute: 0), end: ClockTime(hour: 1, minute: 0))]
        return Care(hours: h, holidays: spans.map { Located($0, at: pos) }, positions: KeyPositions(own: pos))
    }()

    static let mixed: BusinessCalendar = {
        let c = BusinessCalendar(care: mixedCare, zone: F.zone, from: F.from, to: F.to)
        c._checkInvariants()
        return c
    }()

    func testOpenInstantsMatchTheWallTimeDefinition() {
        // Every minute of the year: open exactly when Care.isOpen says so at its Oslo wall time.
        let c = Self.mixed
        var mismatches = 0
        var t = F.from
        while t < F.to {
            let wall = F.clock.wallTime(at: t)
            if c.isOpen(at: t) != Self.mixedCare.isOpen(date: wall.date, minute: wall.minute) { mismatches += 1 }
            t += 60
        }
        XCTAssertEqual(mismatches, 0)
    }

    func testBusinessSecondsMatchCountingMinutes() {
        var rng = TestRandom(seed: 7)
        let c = Self.mixed
        for _ in 0..<200 {
            let a = F.from + Int.random(in: 0..<(F.to - F.from - 30 * 86_400) / 60, using: &rng) * 60
            let b = a + Int.random(in: 0...(10 * 1440), using: &rng) * 60
            var open = 0
            for minute in stride(from: a, to: b, by: 60) where c.isOpen(at: minute) { open += 60 }
            XCTAssertEqual(c.businessSeconds(from: a, to: b), open)
        }
    }

    func testBusinessNeverExceedsCalendarAndAddsUp() {
        var rng = TestRandom(seed: 42)
        let c = Self.mixed
        for _ in 0..<5000 {
            let a = Int.random(in: F.from..<F.to, using: &rng)
            let b = Int.random(in: a..<F.to, using: &rng)
            let m = Int.random(in: a...b, using: &rng)
            let business = c.businessSeconds(from: a, to: b)
            XCTAssertGreaterThanOrEqual(business, 0)
            XCTAssertLessThanOrEqual(business, b - a)
            XCTAssertEqual(c.businessSeconds(from: a, to: m) + c.businessSeconds(from: m, to: b), business)
        }
    }

    func testDueIsMonotoneExactAndEarliest() {
        var rng = TestRandom(seed: 2026)
        let c = Self.mixed
        for _ in 0..<2000 {
            let from = Int.random(in: F.from..<(F.to - 60 * 86_400), using: &rng)
            let targets = (0..<4).map { _ in Int.random(in: 1...(40 * 3600), using: &rng) }.sorted()
            var previous = from
            for target in targets {
                guard let due = c.dueInstant(from: from, targetSeconds: target) else { return XCTFail("no due in the span") }
                XCTAssertGreaterThanOrEqual(due, previous, "due is monotone in the target")
                XCTAssertEqual(c.businessSeconds(from: from, to: due), target)
                XCTAssertLessThan(c.businessSeconds(from: from, to: due - 1), target, "nothing earlier reaches the target")
                XCTAssertTrue(c.isOpen(at: due - 1), "a positive target runs out while care is open")
                previous = due
            }
        }
    }
}
