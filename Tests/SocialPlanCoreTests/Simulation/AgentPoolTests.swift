import XCTest
@testable import SocialPlanCore

final class AgentPoolTests: XCTestCase {
    func testDropSendsIdleAgentsHomeFirstThenOwesDepartures() {
        var pool = AgentPool()
        pool.staff(3)
        pool.startOne()
        pool.startOne()            // 1 idle, 2 busy
        pool.staff(0)              // the idle one leaves now, both busy ones owe a departure
        XCTAssertEqual(pool.idle, 0)
        XCTAssertEqual(pool.owedDepartures, 2)
        XCTAssertEqual(pool.onDuty, 0)
        pool.finishOne()
        XCTAssertEqual(pool.idle, 0, "a finishing agent past its shift goes home")
        pool.staff(1)              // a fresh agent arrives; the other still finishes and leaves
        XCTAssertEqual(pool.idle, 1)
        pool.finishOne()
        XCTAssertEqual(pool.idle, 1)
        XCTAssertEqual(pool.busy, 0)
        XCTAssertEqual(pool.owedDepartures, 0)
    }

    /// Property: any sequence of shifts, starts and completions keeps the counts consistent and
    /// every staffing step sets the on-duty count exactly.
    func testCountsStayConsistentUnderRandomOperations() {
        var random = SimulationRandom(seed: 77)
        var pool = AgentPool()
        for _ in 0..<20_000 {
            switch random.next() % 3 {
            case 0:
                let target = Int(random.next() % 6)
                pool.staff(target)
                XCTAssertEqual(pool.onDuty, target)
            case 1:
                if pool.idle > 0 { pool.startOne() }
            default:
                if pool.busy > 0 { pool.finishOne() }
            }
            XCTAssertGreaterThanOrEqual(pool.idle, 0)
            XCTAssertGreaterThanOrEqual(pool.owedDepartures, 0)
            XCTAssertLessThanOrEqual(pool.owedDepartures, pool.busy)
        }
    }
}
