import XCTest
@testable import SocialPlanCore

/// The forecast places follow-ups `after` the reply: `after` + the mean handle time after
/// their first contact's interval, rounded to whole intervals.
final class MentionVolumeTests: XCTestCase {
    private func volume(handleTime: String?, after: String) throws -> MentionVolume {
        let care = handleTime.map { """
            care:
              staff: [kari]
              handle_time: \($0)
              sla: { normal: { first_reply: 1h, next_reply: 2h, target: 90% } }

            """ } ?? ""
        let text = """
            version: 1
            name: Shop
            timezone: Europe/Oslo
            team:
              kari: { roles: [care], available: { mon-sun: "00:00-24:00" } }
            mentions:
              per_week: 672
              followups: { share: 50%, after: \(after) }

            """ + care
        let strategy = try XCTUnwrap(StrategyLoader.load(text).strategy)
        let timeline = WeekTimeline(week: try ISOWeek.parse("2026-W49").get(), zone: "Europe/Oslo")
        return MentionVolume.forecast(for: strategy, timeline: timeline, posts: [])
    }

    func testFollowUpsComeAfterPlusOneHandleTimeAfterTheirFirstContact() throws {
        // Flat profile: one first contact an interval, so the shift shows at the week's start.
        let v = try volume(handleTime: "6m", after: "20m")          // 26 minutes → 2 intervals
        XCTAssertEqual(v.firstContacts[0], 1, accuracy: 1e-9)
        XCTAssertEqual(Array(v.followups.prefix(3)), [0, 0, 0.5])
        let noCare = try volume(handleTime: nil, after: "20m")       // 20 minutes → 1 interval
        XCTAssertEqual(Array(noCare.followups.prefix(2)), [0, 0.5])
        let long = try volume(handleTime: "10m", after: "1h")       // 70 minutes → 5 intervals
        XCTAssertEqual(long.followups.firstIndex { $0 > 0 }, 5)
        XCTAssertEqual(long.followups.reduce(0, +), 0.5 * Double(long.followups.count - 5), accuracy: 1e-9,
                       "follow-ups after the week are not in its figures")
    }
}
