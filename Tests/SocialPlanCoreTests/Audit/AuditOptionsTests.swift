import XCTest
@testable import SocialPlanCore

final class AuditOptionsTests: XCTestCase {
    typealias F = AuditFixture

    func testOptionsFromALoadedStrategy() throws {
        let loaded = StrategyLoader.load("""
            version: 1
            name: Shop
            timezone: Europe/Oslo
            team:
              kari: { roles: [care], available: { mon-fri: "09:00-17:00" } }
            care:
              hours: { mon-fri: "09:00-17:00" }
              holidays: 2026-03-09
              staff: [kari]
              handle_time: 6m
              sla:
                urgent: { first_reply: 30m, target: 95%, clock: business }
                normal: { first_reply: 2h, target: 90% }
              triage:
                urgent: [ikkje fungerer]
            """)
        let strategy = try XCTUnwrap(loaded.strategy, "\(loaded.diagnostics.map(\.message))")
        let options = AuditOptions(strategy: strategy, accounts: ["Acme"])
        XCTAssertEqual(options.zone, "Europe/Oslo")
        let r = F.audit([F.msg("1", "100", F.at(6, 16, 45), "@Acme appen IKKJE fungerer"),
                         F.msg("2", "100", F.at(6, 16, 50), "@Acme hello")], options)
        XCTAssertEqual(r.rows.map(\.priority), ["urgent", "normal"])
        XCTAssertEqual(r.rows.first?.dueAt, F.at(10, 9, 15), "Monday the 9th is a holiday")
    }

    func testSinceAndUntilFilterMentionsByCreationTime() {
        var options = F.options()
        options.since = F.at(2, 10)
        options.until = F.at(2, 12)
        let r = F.audit([F.msg("1", "100", F.at(2, 9, 59), "@Acme a"), F.msg("2", "100", F.at(2, 10), "@Acme b"),
                         F.msg("3", "100", F.at(2, 12), "@Acme c"), F.msg("4", "Acme", F.at(2, 12, 30), "x", parent: "2")], options)
        XCTAssertEqual(r.rows.map(\.id), ["2"])
        XCTAssertEqual(r.counts.outsidePeriod, 2)
        XCTAssertEqual(r.rows.first?.repliedAt, F.at(2, 12, 30), "a reply after `until` still answers")
        XCTAssertEqual(r.account("Acme")?.replies, 0, "the reply itself is outside the period")
    }
}
