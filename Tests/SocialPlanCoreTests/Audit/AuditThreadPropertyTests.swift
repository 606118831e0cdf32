import XCTest
@testable import SocialPlanCore

/// Random thread forests: the order messages are added in never changes the result.
final class AuditThreadPropertyTests: XCTestCase {
    typealias F = AuditFixture

    /// Threads of a root, up to 4 continuations, a reply to a random customer message, and
    /// sometimes a follow-up with its own continuation and reply.
    static func forest(_ rng: inout TestRandom, threads: Int) -> [LogMessage] {
        var log: [LogMessage] = []
        var next = 1
        func id() -> String { defer { next += 1 }; return String(next) }
        for t in 0..<threads {
            var time = F.at(2, 8) + t * 600
            let account = Bool.random(using: &rng) ? "Acme" : "Brava"
            var customer = [id()]
            log.append(F.msg(customer[0], "100", time, "@\(account) order"))
            for _ in 0..<Int.random(in: 0...4, using: &rng) {
                time += 60
                let c = id()
                log.append(F.msg(c, "100", time, "more", parent: customer.last))
                customer.append(c)
            }
            guard Bool.random(using: &rng) else { continue }
            time += Int.random(in: 60...9000, using: &rng)
            let reply = id()
            log.append(F.msg(reply, account, time, "ok -Kari", parent: customer.randomElement(using: &rng)))
            guard Bool.random(using: &rng) else { continue }
            let f = id()
            log.append(F.msg(f, "100", time + 300, "again", parent: reply))
            let g = id()
            log.append(F.msg(g, "100", time + 360, "hello?", parent: f))
            log.append(F.msg(id(), account, time + 900, "done", parent: Bool.random(using: &rng) ? f : g))
        }
        return log
    }

    func testAddOrderDoesNotMatter() {
        var rng = TestRandom(seed: 7)
        for round in 0..<5 {
            let log = Self.forest(&rng, threads: 40)
            let expected = F.audit(log)
            XCTAssertGreaterThan(expected.rows.count, 40)
            XCTAssertEqual(expected.rows.filter { $0.metric == .firstReply }.count, 40, "one first-reply mention per thread")
            XCTAssertEqual(F.audit(log.reversed()), expected, "round \(round), reversed")
            XCTAssertEqual(F.audit(log.shuffled(using: &rng)), expected, "round \(round), shuffled")
        }
    }

    func testALongContinuationIsOneMention() {
        var log = [F.msg("1", "100", F.at(2, 10), "@Acme order")]
        for k in 2...8 { log.append(F.msg("\(k)", "100", F.at(2, 10, k), "and", parent: "\(k - 1)")) }
        log.append(F.msg("9", "Acme", F.at(2, 10, 30), "ok", parent: "8"))
        let r = F.audit(log.reversed())
        XCTAssertEqual(r.rows.map(\.id), ["1"])
        XCTAssertEqual(r.rows.first?.elapsedCalendarMinutes, 30)
    }
}
