import XCTest
@testable import SocialPlanCore

/// Precise checks of the care and SLA rules.
final class CareRuleTests: XCTestCase {
    private func care(_ sla: String, hours: String? = "{ mon-fri: \"08:00-16:00\" }", handle: String = "6m") -> String {
        """
        team:
          kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
        care:
        \(hours.map { "  hours: \($0)\n" } ?? "")  staff: [role: care]
          handle_time: \(handle)
          sla:
            \(sla)
        """
    }

    func testReplyLimitsAtOrBelowTheHandleTime() {
        let text = care("normal: { first_reply: 6m, next_reply: 5m, target: 90% }")
        let found = RuleTestSupport.findings(FirstReplyBelowHandleTimeRule.self, text)
        XCTAssertEqual(found.map(\.message), [
            "sla `normal` first_reply 6m is no longer than the mean handle time 6m: a reply takes waiting plus handling, so most replies miss it",
            "sla `normal` next_reply 5m is no longer than the mean handle time 6m: a reply takes waiting plus handling, so most replies miss it",
        ])
        XCTAssertEqual(found.map(\.position), [RuleTestSupport.position(of: "first_reply:", in: text), RuleTestSupport.position(of: "next_reply:", in: text)])
        XCTAssertEqual(found.first?.notes.first?.position, RuleTestSupport.position(of: "handle_time:", in: text))
        XCTAssertEqual(RuleTestSupport.findings(FirstReplyBelowHandleTimeRule.self, care("normal: { first_reply: 361s, target: 90% }")).count, 0)
    }

    func testBusinessClockOnlyWhenExplicitAndHoursMissing() {
        let explicit = care("normal: { first_reply: 1h, target: 90%, clock: business }", hours: nil)
        let found = RuleTestSupport.findings(BusinessClockWithoutHoursRule.self, explicit)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.position, RuleTestSupport.position(of: "clock:", in: explicit))
        // Without hours the loader's default clock is calendar.
        XCTAssertEqual(RuleTestSupport.findings(BusinessClockWithoutHoursRule.self, care("normal: { first_reply: 1h, target: 90% }", hours: nil)).count, 0)
    }

    func testTargetBounds() {
        XCTAssertEqual(RuleTestSupport.findings(SLATargetRangeRule.self, care("normal: { first_reply: 1h, target: 100% }")).count, 0)
        XCTAssertEqual(RuleTestSupport.findings(SLATargetRangeRule.self, care("normal: { first_reply: 1h, target: 0.01% }")).count, 0)
        let over = care("normal: { first_reply: 1h, target: 100.5% }")
        let found = RuleTestSupport.findings(SLATargetRangeRule.self, over)
        XCTAssertEqual(found.map(\.message), ["sla `normal` target 100.5% cannot be reached: a target is at most 100%"])
        XCTAssertEqual(found.first?.position, RuleTestSupport.position(of: "target:", in: over))
        XCTAssertEqual(RuleTestSupport.findings(SLATargetRangeRule.self, care("normal: { first_reply: 1h, target: -5% }")).count, 1)
    }

    func testPriorityMissingFromTheMixPointsAtTheSLA() {
        let text = PriorityWithoutForecastRule.description.triggering[1]
        let found = RuleTestSupport.findings(PriorityWithoutForecastRule.self, text)
        XCTAssertEqual(found.map(\.message), ["sla `vip` has no share in mentions priorities, so the forecast sends it no mentions"])
        XCTAssertEqual(found.first?.position, RuleTestSupport.position(of: "vip:", in: text))
        XCTAssertEqual(found.first?.severity, .note)
    }

    func testMemberNeverAvailableIgnoresUnreadableHours() {
        // `available:` written but not readable is the loader's error; no second finding here.
        let text = RuleExample.strategyText("""
            team:
              ola: { roles: [care], available: { mon-fri: "25:00-26:00" } }
            content:
              news: { by: [ola], every: 3/week }
            """)
        let loaded = StrategyLoader.load(text)
        XCTAssertTrue(loaded.hasErrors)
        let strategy = loaded.strategy
        XCTAssertNotNil(strategy)
        if let strategy {
            XCTAssertEqual(MemberNeverAvailableRule().check(strategy).count, 0)
            XCTAssertEqual(MemberOverbookedRule().check(strategy).count, 0)
        }
    }

    func testNeverAvailableNamesEveryPlace() {
        let text = """
            team:
              ola: { roles: [care, editor] }
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            content:
              news: { by: [role: editor], every: 3/week }
            care:
              staff: [role: care, ola]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90% }
            """
        let found = RuleTestSupport.findings(MemberNeverAvailableRule.self, text)
        XCTAssertEqual(found.map(\.message), ["member `ola` has no `available:` hours but is named as author of `news` and care staff, so the member is never scheduled"])
        XCTAssertEqual(found.first?.position, RuleTestSupport.position(of: "ola:", in: text))
        XCTAssertEqual(found.first?.notes.count, 3)
    }

    func testPublishingCapPerDay() {
        let text = PublishingCapTooLowRule.description.triggering[0]
        let found = RuleTestSupport.findings(PublishingCapTooLowRule.self, text)
        XCTAssertEqual(found.map(\.message), [
            "published streams need 4 posts a day on Mon–Fri (`morning-tip` 1, `lunch-offer` 1, `afternoon-poll` 1, `evening-story` 1), but max_per_day is 3",
        ])
        XCTAssertEqual(found.first?.position, RuleTestSupport.position(of: "max_per_day:", in: text))
        // A single stream over the cap is cadence-exceeds-windows' finding, not this rule's.
        let single = """
            team:
              kari: { available: { mon-sun: "08:00-16:00" } }
            content:
              deals: { by: [kari], every: 5/day }
            publishing: { max_per_day: 4 }
            """
        XCTAssertEqual(RuleTestSupport.findings(PublishingCapTooLowRule.self, single).count, 0)
        XCTAssertEqual(RuleTestSupport.findings(CadenceExceedsWindowsRule.self, single).map(\.id), ["cadence-exceeds-windows"])
    }

    func testRetweetShareIsOfPublishedPostsOnly() {
        let found = RuleTestSupport.findings(RetweetHeavyRule.self, RetweetHeavyRule.description.triggering[0])
        XCTAssertEqual(found.map(\.message), ["reposts make up 5 of the 7 posts published each week; share your own content more than others'"])
    }
}
