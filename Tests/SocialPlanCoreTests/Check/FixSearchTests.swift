import XCTest
@testable import SocialPlanCore

/// The fix search on a small desk that misses only because its one care member is capped.
final class FixSearchTests: XCTestCase {
    static let capped = """
        version: 1
        name: Capped Desk
        timezone: Europe/Oslo

        team:
          ana:
            name: Ana Lund
            roles: [care]
            available: { mon-fri: "09:00-17:00" }
            max_hours_per_week: 20

        care:
          hours: { mon-fri: "09:00-17:00" }
          staff: [role: care]
          handle_time: 5m
          sla:
            normal: { first_reply: 1h, target: 80% }

        mentions:
          per_week: 60
          profile: flat

        """

    func testFindsTheRaiseAndVerifiesItWithAnotherSeed() throws {
        let strategy = try StrategyChangeTests.load(Self.capped)
        let week = try ISOWeek.parse("2026-W49").get()
        let report = WeekCheck.report(strategy: strategy, week: week, seed: 1, replications: .fixed(20))
        XCTAssertEqual(report.slas.map(\.verdict), [.misses])
        let fix = FixSearch(week: week, seed: 1, replications: .fixed(20), source: Self.capped).run(strategy: strategy, report: report)
        XCTAssertEqual(fix.outcome, .found)
        guard fix.changes.count == 1, case .raiseLimit("ana", 20, let to) = fix.changes[0] else {
            return XCTFail("expected one raise of Ana's limit, got \(fix.changes)")
        }
        XCTAssertTrue(to > 20 && to <= 40, "\(to)")
        XCTAssertEqual(fix.verificationSeed, 2)
        XCTAssertEqual(fix.verification?.seed, 2)
        XCTAssertEqual(fix.verification?.replications, 20)
        XCTAssertTrue(fix.verifiedMissed.allSatisfy(FixSearch.holds))
        XCTAssertLessThanOrEqual(fix.evaluations, FixSearch(week: week, seed: 1, replications: .fixed(20)).maxScreenings + 2)

        // Written into the file, the fix loads and gives the same limit.
        let edited = try fix.source(editing: Self.capped).get()
        XCTAssertEqual(try StrategyChangeTests.load(edited).member("ana")?.maxHoursPerWeek, to)
        let sentence = try XCTUnwrap(SuggestedFixRenderer.sentence(fix, strategy: strategy))
        XCTAssertTrue(sentence.hasPrefix("suggested fix: raise Ana's weekly limit 20h → "), sentence)
        let kept = try XCTUnwrap(fix.verifiedMissed.first?.weeksKept)
        XCTAssertTrue(sentence.hasSuffix("normal first_reply then kept (re-checked with seed 2: kept in \(kept.successes) of \(kept.trials) weeks)"),
                      sentence)
    }

    func testNothingToFixWhenEverySLAHolds() throws {
        let text = Self.capped.replacingOccurrences(of: "max_hours_per_week: 20", with: "max_hours_per_week: 40")
        let strategy = try StrategyChangeTests.load(text)
        let week = try ISOWeek.parse("2026-W49").get()
        let report = WeekCheck.report(strategy: strategy, week: week, seed: 1, replications: .fixed(10))
        let fix = FixSearch(week: week, seed: 1, replications: .fixed(10)).run(strategy: strategy, report: report)
        XCTAssertEqual(fix.outcome, .notNeeded)
        XCTAssertEqual(fix.evaluations, 0)
        XCTAssertNil(SuggestedFixRenderer.sentence(fix, strategy: strategy))
    }
}
