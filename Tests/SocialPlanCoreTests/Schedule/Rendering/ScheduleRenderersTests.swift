import Foundation
import XCTest
@testable import SocialPlanCore

/// The plan's four renderers on one small week: one person who posts once and answers
/// mentions from Monday to Friday, 09:00–17:00 in London, with a comma in the stream's
/// description (CSV quoting) and a `|` in the shop's name (Markdown escaping).
final class ScheduleRenderersTests: XCTestCase {
    static let text = """
        version: 1
        name: "Tiny | Shop"
        timezone: Europe/London
        accounts:
          x: { network: x, handle: "@tinyshop", bio: "Official account of Tiny Shop." }

        accounts:
          x: { network: x, handle: "@tinyshop", bio: "Official account of Tiny Shop." }

        team:
          maya:
            name: Maya Collins
            roles: [editor, care]
            available: { mon-fri: "09:00-17:00" }
            max_hours_per_week: 45

        content:
          news:
            about: "New in, restocked"
            by: [maya]
            every: 1/week
            at: { tue: "10:00-11:00" }
            hashtags: ["#tiny"]
            accounts: [x]

        care:
          hours: { mon-fri: "09:00-17:00" }
          staff: [role: care]
          handle_time: 5m
          sla:
            normal: { first_reply: 4h, target: 80% }

        mentions:
          per_week: 40
          profile: flat

        """

    static let fixture: (strategy: Strategy, schedule: WeekSchedule)? = {
        guard let strategy = StrategyLoader.load(text).strategy, let week = try? ISOWeek.parse("2026-W49").get() else { return nil }
        return (strategy, WeekScheduler.schedule(strategy, week: week))
    }()

    private func load() throws -> (strategy: Strategy, schedule: WeekSchedule) {
        try XCTUnwrap(Self.fixture, "the tiny shop loads")
    }

    /// The plan itself, so the renderers' tests below read what they show from a known week.
    func testThePlanIsOnePostAndFiveDayShifts() throws {
        let (_, schedule) = try load()
        XCTAssertEqual(schedule.posts.count, 1)
        XCTAssertEqual(schedule.posts.first?.date.description, "2026-12-01")
        XCTAssertEqual(schedule.shifts.count, 5)
        XCTAssertTrue(schedule.shifts.allSatisfy { $0.member == "maya" && $0.minutes == 480 }, "\(schedule.shifts)")
    }

    func testTextShowsTheGridTheCalendarTheShiftsAndWhatIsMissing() throws {
        let (strategy, schedule) = try load()
        let text = ScheduleTextRenderer().render(schedule, strategy: strategy)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.first, "Tiny | Shop — week 2026-W49 (Mon 30 Nov – Sun 06 Dec 2026, Europe/London, 168 hours)")
        XCTAssertEqual(lines.first { $0.hasPrefix("       Mon") }, "       Mon 30    Tue 01    Wed 02    Thu 03    Fri 04    Sat 05    Sun 06    ")
        // Grid rows from 09:00 to 16:00; the post marks Tuesday 10:00.
        XCTAssertEqual(lines.filter { $0.count > 5 && $0.dropFirst(2).hasPrefix(":00  ") }.map { String($0.prefix(5)) },
                       (9...16).map { String(format: "%02d:00", $0) })
        let ten = try XCTUnwrap(lines.first { $0.hasPrefix("10:00") })
        XCTAssertTrue(ten.dropFirst(17).hasPrefix("1/1•"), ten)
        XCTAssertTrue(text.contains("\nposting calendar (1 slot)\n  Tue 01 Dec  10:"), text)
        XCTAssertTrue(text.contains("news (post) — Maya Collins  #tiny\n"), text)
        XCTAssertTrue(text.contains("\ncare shifts (5)\n  Mon 30 Nov  09:00–17:00  Maya Collins\n"), text)
        XCTAssertTrue(text.contains("\nunfilled slots (0)\n  none\n"), text)

        // One member's view: only Maya's lines, and her name under the title.
        let maya = ScheduleTextRenderer(member: "maya").render(schedule, strategy: strategy)
        XCTAssertEqual(maya.split(separator: "\n").dropFirst().first, "member: Maya Collins")
    }

    func testCSVHasOneRowPerPostAndShiftInTimeOrderWithQuoting() throws {
        let (strategy, schedule) = try load()
        let csv = ScheduleCSVRenderer.render(schedule, strategy: strategy)
        let rows = csv.components(separatedBy: "\r\n").dropLast()
        XCTAssertEqual(rows.first, ScheduleCSVRenderer.header.joined(separator: ","))
        XCTAssertEqual(rows.count, 1 + 1 + 5)
        XCTAssertEqual(rows.dropFirst().first,
                       "shift,,care,maya,Maya Collins,2026-11-30,09:00,17:00,Europe/London,2026-11-30T09:00:00Z,2026-11-30T17:00:00Z,,,,no,,")
        let post = try XCTUnwrap(rows.first { $0.hasPrefix("post,") })
        XCTAssertTrue(post.hasPrefix("post,news,post,maya,Maya Collins,2026-12-01,10:"), post)
        XCTAssertTrue(post.hasSuffix(",#tiny,x,\"New in, restocked\",,,"), "the comma is quoted: \(post)")
        XCTAssertEqual(rows.firstIndex(of: post), 3, "after Monday's and Tuesday's shifts, which start earlier")
    }

    func testMarkdownHasTheTablesAndEscapesPipes() throws {
        let (strategy, schedule) = try load()
        let md = ScheduleMarkdownRenderer.render(schedule, strategy: strategy)
        XCTAssertTrue(md.hasPrefix("# Tiny \\| Shop — week 2026-W49\n\nMon 30 Nov to Sun 06 Dec 2026, times in Europe/London (168 hours).\n"), md)
        XCTAssertTrue(md.contains("\n| Tue 01 Dec 10:"), md)
        XCTAssertTrue(md.contains(" | news | post | Maya Collins | #tiny |\n"), md)
        XCTAssertEqual(md.components(separatedBy: "| Maya Collins | 8h |").count - 1, 5, md)
        XCTAssertTrue(md.contains("\n## Unfilled slots\n\nNone.\n"), md)
    }

    func testJSONNamesEveryPostShiftAndInterval() throws {
        let (strategy, schedule) = try load()
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(ScheduleJSONRenderer.render(schedule, strategy: strategy).utf8))
                                   as? [String: Any])
        XCTAssertEqual(object["hours"] as? Int, 168)
        let intervals = try XCTUnwrap(object["intervals"] as? [[String: Any]])
        XCTAssertEqual(intervals.count, 672)
        let monday = try XCTUnwrap(intervals.first { $0["local_start"] as? String == "2026-11-30 09:00" })
        XCTAssertEqual(monday["scheduled"] as? Int, 1)
        XCTAssertEqual(monday["utc_start"] as? String, "2026-11-30T09:00:00Z")
        let night = try XCTUnwrap(intervals.first)
        XCTAssertEqual(night["scheduled"] as? Int, 0)
        XCTAssertEqual(night["required"] as? Int, 0)
        let posts = try XCTUnwrap(object["posts"] as? [[String: Any]])
        XCTAssertEqual(posts.count, 1)
        XCTAssertEqual(posts.first?["stream"] as? String, "news")
        XCTAssertEqual(posts.first?["member"] as? String, "maya")
        XCTAssertEqual(posts.first?["hashtags"] as? [String], ["#tiny"])
        XCTAssertEqual(posts.first?["published"] as? Bool, true)
        let shifts = try XCTUnwrap(object["shifts"] as? [[String: Any]])
        XCTAssertEqual(shifts.map { $0["minutes"] as? Int }, Array(repeating: 480, count: 5))
        XCTAssertEqual(shifts.first?["local_start"] as? String, "2026-11-30 09:00")
        XCTAssertEqual((object["summary"] as? [String: Any])?["shifts"] as? Int, 5)
    }
}
