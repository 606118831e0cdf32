import XCTest
@testable import SocialPlanCore

/// Cadence, windows and feed limits per account (docs/strategy-format.md, "Accounts and cadence").
final class PerAccountPlanningTests: XCTestCase {
    private func schedule(_ body: String) throws -> (Strategy, WeekSchedule) {
        let loaded = StrategyLoader.load("version: 1\nname: Fjordkaffe\ntimezone: Europe/Oslo\n" + body)
        XCTAssertFalse(loaded.hasErrors, "\(loaded.diagnostics)")
        let strategy = try XCTUnwrap(loaded.strategy)
        return (strategy, WeekScheduler.schedule(strategy, week: try ISOWeek.parse("2026-W49").get()))
    }

    private let accounts = """
    accounts:
      ig: { network: instagram, handle: "@fjordkaffe" }
      x: { network: x, handle: "@fjordkaffe" }
    team:
      kari: { available: { mon-fri: "08:00-18:00" } }

    """

    func testAccountsSharingTheTimingShareTheSlots() throws {
        let (_, week) = try schedule(accounts + "content:\n  news: { by: [kari], every: 3/week, at: { mon-fri: \"09:00-11:00\" } }\n")
        XCTAssertEqual(week.posts.count, 3, "three cross-posted slots, not six")
        XCTAssertTrue(week.posts.allSatisfy { $0.accounts == ["ig", "x"] })
    }

    func testAPerAccountCadenceGivesThatAccountSlotsOfItsOwn() throws {
        let (_, week) = try schedule(accounts + """
        content:
          news:
            by: [kari]
            every: 3/week
            at: { mon-fri: "09:00-11:00" }
            per_account: { x: { every: 5/week, at: { mon-fri: "12:00-13:00" } } }
        """)
        XCTAssertEqual(week.posts.filter { $0.accounts == ["ig"] }.count, 3)
        let x = week.posts.filter { $0.accounts == ["x"] }
        XCTAssertEqual(x.count, 5)
        XCTAssertTrue(x.allSatisfy { (12 * 60..<13 * 60).contains($0.minute) }, "\(x.map(\.minute))")
    }

    func testFeedLimitsHoldPerAccountSoTwoAccountsMayPublishAtOnce() throws {
        // Two streams, one per account, in the same one-hour window with a 2-hour gap: on one
        // feed the second post would not fit; on two feeds both go out.
        let (_, week) = try schedule(accounts + """
        content:
          ig-news: { by: [kari], every: 1/week, at: { mon: "09:00-10:00" }, accounts: [ig] }
          x-news: { by: [kari], every: 1/week, at: { mon: "09:00-10:00" }, accounts: [x] }
        publishing:
          min_gap: 2h
        """)
        XCTAssertEqual(week.posts.count, 2)
        XCTAssertEqual(week.unfilled, [])
    }

    func testMaxPerDayPerAccountWithAnOverrideForOneNetwork() throws {
        let (_, week) = try schedule(accounts + """
        content:
          news: { by: [kari], every: 2/day, at: { mon-fri: "09:00-17:00" } }
        publishing:
          max_per_day: 1
          per_account: { x: { max_per_day: 2 } }
        """)
        // Instagram and X would share slots, but their limits differ only in the check: the
        // shared slot holds both, so the Instagram cap of one a day stops the second.
        XCTAssertEqual(week.posts.count, 5)
        let capped = week.unfilled.filter { $0.reason == .maxPerDay(1) }
        XCTAssertEqual(capped.count, 5, "\(week.unfilled)")
        XCTAssertTrue(capped.allSatisfy { $0.accounts == ["ig", "x"] })
        XCTAssertEqual(week.unfilled.count - capped.count, 4, "Saturday and Sunday have no window")
    }

    func testAnAccountInAnotherZoneReadsItsWindowsInThatZone() throws {
        let (_, week) = try schedule("""
        accounts:
          no: { network: instagram, handle: "@fjordkaffe" }
          us: { network: instagram, handle: "@fjordkaffe_us", timezone: America/New_York }
        team:
          kari: { available: { mon-sun: "00:00-24:00" } }
        content:
          news: { by: [kari], every: 1/week, at: { wed: "09:00-09:05" } }
        """)
        XCTAssertEqual(week.posts.count, 2)
        let oslo = try XCTUnwrap(week.posts.first { $0.accounts == ["no"] })
        let newYork = try XCTUnwrap(week.posts.first { $0.accounts == ["us"] })
        XCTAssertEqual(oslo.minute, 9 * 60)
        XCTAssertEqual(newYork.minute, 15 * 60, "09:00 in New York is 15:00 in Oslo in December")
        XCTAssertEqual(newYork.start - oslo.start, 6 * 3600)
    }

    func testTasksBelongToNoAccountAndReplySessionsCoverAll() throws {
        let (_, week) = try schedule(accounts + """
        content:
          follow-back: { kind: task, by: [kari], every: 1/week }
          replies: { kind: reply-session, by: [kari], every: 1/week }
        """)
        XCTAssertEqual(week.posts.first { $0.stream == "follow-back" }?.accounts, [])
        XCTAssertEqual(week.posts.first { $0.stream == "replies" }?.accounts, ["ig", "x"])
    }
}

extension PerAccountPlanningTests {
    func testAPerAccountCadenceThatDoesNotFitItsWindowsIsReported() {
        let text = "version: 1\nname: Fjordkaffe\ntimezone: Europe/Oslo\n" + accounts + """
        content:
          news:
            by: [kari]
            every: 3/week
            at: { mon-fri: "09:00-11:00" }
            per_account: { x: { every: 2/day, at: { mon-fri: "09:00-09:05" } } }
        """
        let outcome = StrategyValidation.validate(bytes: Array(text.utf8), path: "f.yaml")
        let findings = outcome.report.diagnostics.filter { $0.id == "cadence-exceeds-windows" }
        XCTAssertEqual(findings.count, 1, "\(outcome.report.diagnostics.map(\.message))")
        XCTAssertTrue(findings.first?.message.contains("2 posts a day") ?? false, findings.first?.message ?? "")
        XCTAssertEqual(findings.first?.position, SourcePosition(line: 14, column: 20), "at the per_account entry `x`")
    }
}

extension PerAccountPlanningTests {
    func testAnAuthorsWorkCountsEveryPerAccountTiming() {
        let text = """
        version: 1
        name: Fjordkaffe
        timezone: Europe/Oslo
        accounts:
          bsky: { network: bluesky, handle: "@fjordkaffe.bsky.social" }
          x: { network: x, handle: "@fjordkaffe" }
        team:
          kari: { available: { mon-fri: "08:00-10:00" } }
        content:
          guide: { kind: thread, by: [kari], every: 3/week, duration: 1h, per_account: { x: { every: 5/week } } }
        """
        let outcome = StrategyValidation.validate(bytes: Array(text.utf8), path: "f.yaml")
        // 3 one-hour threads on Bluesky and 5 on X: 8 hours a week of Kari's 10 — fits; the old
        // count (3 hours) and a cap of 7 hours tell them apart.
        XCTAssertFalse(outcome.report.diagnostics.contains { $0.id == "member-overbooked" })
        let capped = StrategyValidation.validate(bytes: Array(text.replacingOccurrences(of: "mon-fri: \"08:00-10:00\" }", with: "mon-fri: \"08:00-10:00\" }, max_hours_per_week: 7").utf8), path: "f.yaml")
        XCTAssertTrue(capped.report.diagnostics.contains { $0.id == "member-overbooked" }, "\(capped.report.diagnostics.map(\.message))")
    }
}
