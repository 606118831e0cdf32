import XCTest
@testable import SocialPlanCore

/// The times a log may hold, 1970-01-01 up to 2106-02-07T06:28:16Z (docs/log-formats.md,
/// "Timestamps"): rows outside are skipped with their line, rows inside are measured exactly,
/// even when a reply comes more than 68 years (2^31 seconds) after its mention.
final class LogTimeRangeTests: XCTestCase {
    func testRowsOutsideTheRangeAreSkippedWithTheirLineAndTheEdgesAreRead() {
        let rows = [("1969-12-31T23:59:59Z", false), ("1970-01-01T00:00:00Z", true), ("2090-10-11T06:55:44Z", true),
                    ("Wed Oct 11 06:55:44 +0000 2090", true), ("2106-02-07T06:28:15Z", true), ("2106-02-07T06:28:16Z", false),
                    ("2106-02-07T07:28:15+01:00", true), ("Mon Jan 01 07:05:44 +0000 1900", false), ("9999-12-31T23:59:59Z", false)]
        let text = twcsHeader + rows.enumerated().map { k, r in "\(k + 1),101,True,\(r.0),hi,,\n" }.joined()
        let o = readLog(text)
        XCTAssertNil(o.failure)
        XCTAssertEqual(o.messages.map(\.id), rows.enumerated().filter { $0.element.1 }.map { "\($0.offset + 1)" })
        XCTAssertEqual(o.messages.last?.createdAt, (1 << 32) - 1, "the last second of the range, given with an offset")
        XCTAssertEqual(o.messages.first { $0.id == "3" }?.createdAt, 3_811_388_144)
        XCTAssertEqual(o.skips.map(\.line), [2, 7, 9, 10])
        XCTAssertEqual(Set(o.skips.map(\.kind)), [.badTimestamp])
        XCTAssertEqual(o.skips.first?.message,
                       "created_at '1969-12-31T23:59:59Z' is outside 1970-01-01 to 2106-02-07, the times a log may hold")
        XCTAssertEqual(o.skips.last?.message,
                       "created_at '9999-12-31T23:59:59Z' is outside 1970-01-01 to 2106-02-07, the times a log may hold")
    }

    func testAReplyMoreThan68YearsLaterIsMeasuredExactly() throws {
        typealias F = AuditFixture
        let y1971 = 31_536_000, y2090 = 3_811_388_144, y2100 = 4_102_444_800
        let r = F.audit([F.msg("1", "100", y1971, "@Acme my order is late"),
                         F.msg("2", "Acme", y2100, "@100 sorry ^JK", parent: "1"),
                         F.msg("3", "200", y2090, "@Acme where is my order"),
                         F.msg("4", "Acme", y2090 + 1800, "@200 on its way ^JK", parent: "3")])
        let late = try XCTUnwrap(r.rows.first { $0.id == "1" })
        XCTAssertEqual(late.createdAt, y1971)
        XCTAssertEqual(late.repliedAt, y2100)
        XCTAssertEqual(late.elapsedCalendarSeconds, y2100 - y1971, "4,070,908,800 s: beyond 32-bit signed seconds, not clamped")
        XCTAssertEqual(late.status, .breached)
        XCTAssertEqual(r.rows.first { $0.id == "3" }?.elapsedCalendarSeconds, 1800)
        let normal = try XCTUnwrap(r.account("Acme")?.groups.first { $0.priority == "normal" && $0.metric == .firstReply })
        XCTAssertEqual(normal.p50Seconds, 1800)
        XCTAssertEqual(normal.p99Seconds, y2100 - y1971)
        XCTAssertEqual(normal.p99SLASeconds, y2100 - y1971, "a calendar-clock SLA measures the same on its clock")
        XCTAssertEqual(r.account("Acme")?.agents.first?.medianReplySeconds, 1800, "the lower middle of the two")
    }
}
