import XCTest
@testable import SocialPlanCore

final class ForecastDerivationTests: XCTestCase {
    typealias F = AuditFixture

    /// Three urgent and four normal mentions over two ISO weeks (Mon 2 and Tue 10 March), one
    /// follow-up 20 minutes after a reply.
    static var result: AuditResult {
        var log: [LogMessage] = []
        let mentions: [(String, Int, String)] = [("1", F.at(2, 10), "refund"), ("2", F.at(2, 10, 30), "refund"), ("3", F.at(2, 11), "refund"),
                                                 ("4", F.at(2, 14), "order"), ("5", F.at(10, 9), "order"), ("6", F.at(10, 9, 5), "order"),
                                                 ("7", F.at(10, 23), "order")]
        for (id, t, text) in mentions { log.append(F.msg(id, "100", t, "@Acme \(text)")) }
        log.append(F.msg("20", "Acme", F.at(2, 14, 10), "ok", parent: "4"))
        log.append(F.msg("21", "100", F.at(2, 14, 30), "order again", parent: "20"))
        return F.audit(log)
    }

    func testDerivedFiguresAndSharesSumToExactly100() {
        let d = ForecastDerivation(rows: Self.result.rows, priorities: ["urgent", "normal", "low"], zone: "Europe/Oslo")
        XCTAssertEqual(d.mentions, 7)
        XCTAssertEqual(d.followups, 1)
        XCTAssertEqual(d.weeks, 2)
        XCTAssertEqual(d.perWeek, 3.5)
        XCTAssertEqual(d.priorityPermille.map(\.permille), [429, 571, 0])
        XCTAssertEqual(d.priorityPermille.map(\.permille).reduce(0, +), 1000)
        XCTAssertEqual(d.followupPermille, 143)
        XCTAssertEqual(d.followupAfter, .minutes(20))
        XCTAssertEqual(d.profile?[0][10], 2)
        XCTAssertEqual(d.profile?[1][23], 1)
        XCTAssertEqual(ForecastDerivation.largestRemainder([1, 1, 1], total: 1000), [334, 333, 333])
        XCTAssertEqual(ForecastDerivation.largestRemainder([0, 0], total: 1000), [0, 0])
        let last = ForecastDerivation(rows: Self.result.rows, priorities: ["urgent", "normal", "low"], zone: "Europe/Oslo", lastWeeks: 1)
        XCTAssertEqual(last.mentions, 3)
        XCTAssertEqual(last.weeks, 1)
    }

    func testPrintedBlockLoadsBackThroughTheStrategyLoader() throws {
        let d = ForecastDerivation(rows: Self.result.rows, priorities: ["urgent", "normal", "low"], zone: "Europe/Oslo")
        let yaml = d.yaml
        XCTAssertTrue(yaml.hasPrefix("# derived from 7 mentions over 2 weeks (2026-03-02 … 2026-03-10)\n"), yaml)
        XCTAssertTrue(yaml.contains("  priorities: { urgent: 42.9%, normal: 57.1%, low: 0% }\n"), yaml)
        XCTAssertTrue(yaml.contains("  followups: { share: 14.3%, after: 20m }\n"), yaml)
        let strategy = """
            version: 1
            name: Shop
            timezone: Europe/Oslo
            team:
              kari: { roles: [care], available: { mon-sun: "00:00-24:00" } }
            care:
              hours: { mon-fri: "09:00-17:00" }
              staff: [kari]
              handle_time: 6m
              sla:
                urgent: { first_reply: 30m, next_reply: 1h, target: 95%, clock: business }
                normal: { first_reply: 2h, next_reply: 4h, target: 90% }
                low: { first_reply: 1d, target: 80% }

            """ + yaml
        let loaded = StrategyLoader.load(strategy)
        XCTAssertEqual(loaded.diagnostics.filter { $0.severity == .error }.map(\.message), [])
        let m = try XCTUnwrap(loaded.strategy?.mentions)
        XCTAssertEqual(m.perWeek, 3.5)
        XCTAssertEqual(m.priorities.map(\.value.share.partsPerMillion).reduce(0, +), 1_000_000)
        XCTAssertEqual(m.followups?.after, .minutes(20))
        if case .custom(let rows) = m.profile { XCTAssertEqual(rows[0][10], 2) } else { XCTFail("expected a custom profile") }
    }

    func testNoMentionsGiveAnEmptyButValidBlock() {
        let d = ForecastDerivation(rows: [], priorities: ["normal"], zone: "Europe/Oslo")
        XCTAssertEqual(d.yaml, "# derived from 0 mentions over 0 weeks (none … none)\nmentions:\n  per_week: 0\n")
    }
}
