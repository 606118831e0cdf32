import XCTest
@testable import SocialPlanCore

final class PostingPlannerTests: XCTestCase {
    private func plan(_ text: String, week: String) throws -> (PostingPlanner, WeekTimeline) {
        let loaded = StrategyLoader.load(text)
        XCTAssertEqual(loaded.diagnostics.filter { $0.severity == .error }, [])
        let strategy = try XCTUnwrap(loaded.strategy)
        let timeline = WeekTimeline(week: try ISOWeek.parse(week).get(), zone: strategy.timezone)
        var planner = PostingPlanner(strategy: strategy, timeline: timeline)
        planner.plan()
        return (planner, timeline)
    }

    private func days(_ slots: [PostingSlot], _ stream: String) -> [String] {
        slots.filter { $0.stream == stream }.map { "\($0.date.weekday) \(InstantFormat.clock($0.minute))" }
    }

    func testTheDesignSketchWeekSpreadsPostsOverDistinctDays() throws {
        let (p, _) = try plan(DesignSketch.text, week: "2026-W49")
        XCTAssertEqual(p.unfilled, [])
        XCTAssertEqual(days(p.placed, "product-news"), ["mon 10:00", "wed 10:00", "fri 10:00"])
        XCTAssertEqual(days(p.placed, "partner-retweets"), ["tue 13:00", "thu 13:00"])
        XCTAssertTrue(p.placed.allSatisfy { $0.author == "kari" })
    }

    func testHolidaysBlackoutsAndAbsenceAreRespectedAndReported() throws {
        // Christmas week: Kari is away from Thursday 24th, the 25th is a blackout and a holiday.
        let (p, _) = try plan(DesignSketch.text, week: "2026-W52")
        let dates = p.placed.map(\.date.description)
        XCTAssertFalse(dates.contains { $0 >= "2026-12-24" }, "\(dates)")
        XCTAssertEqual(days(p.placed, "product-news").count + p.unfilled.filter { $0.stream == "product-news" }.count, 3)
        XCTAssertEqual(days(p.placed, "partner-retweets").count + p.unfilled.filter { $0.stream == "partner-retweets" }.count, 2)
    }

    func testMinimumGapAndDailyCapAcrossStreams() throws {
        let text = """
            version: 1
            name: Shop
            timezone: Europe/Oslo
            team:
              ada: { roles: [editor], available: { daily: "08:00-18:00" } }
            content:
              a: { by: [role: editor], every: 2/day, at: { daily: "09:00-10:00" } }
              b: { by: [role: editor], every: daily, at: { daily: "09:00-10:00" } }
              c: { kind: task, by: [ada], every: daily, at: { daily: "09:00-09:30" } }
            publishing: { min_gap: 30m, max_per_day: 2 }
            """
        let (p, _) = try plan(text, week: "2026-W49")
        let published = p.placed.filter(\.isPublished)
        for date in Set(published.map(\.date)) {
            let day = published.filter { $0.date == date }.map(\.start).sorted()
            XCTAssertLessThanOrEqual(day.count, 2)
            for (x, y) in zip(day, day.dropFirst()) { XCTAssertGreaterThanOrEqual(y - x, 1800) }
        }
        XCTAssertEqual(p.placed.filter { $0.stream == "c" }.count, 7, "tasks do not count toward publishing rules")
        XCTAssertEqual(p.unfilled.count, 7, "three published posts a day against a cap of two")
        XCTAssertTrue(p.unfilled.allSatisfy { $0.stream == "b" && $0.reason == .maxPerDay(2) })
    }

    func testPostsKeepTheirWallTimeAcrossDaylightSavingChangesAndForeignAuthors() throws {
        // Oslo changes on 2026-03-29 (Sunday), New York on 2026-03-08. Ola in New York covers
        // 09:00 Oslo from 03:00 New York in winter, 04:00 while only New York is on summer time.
        let text = """
            version: 1
            name: Shop
            timezone: Europe/Oslo
            team:
              ola: { timezone: America/New_York, available: { daily: "02:00-06:00" } }
            content:
              morning: { by: [ola], every: daily, at: { daily: "09:00-09:15" } }
            """
        var wallMinutes = Set<Int>()
        for week in ["2026-W10", "2026-W11", "2026-W13", "2026-W14"] {
            let (p, t) = try plan(text, week: week)
            XCTAssertEqual(p.unfilled, [], week)
            XCTAssertEqual(p.placed.count, 7, week)
            for slot in p.placed { wallMinutes.insert(t.clock.wallTime(at: slot.start).minute) }
        }
        XCTAssertEqual(wallMinutes, [9 * 60 + 5], "the middle of the 09:00–09:15 window, every day of every week")
    }

    func testAnAuthorWhoIsNeverThereLeavesSlotsUnfilledWithAReason() throws {
        let text = """
            version: 1
            name: Shop
            timezone: Europe/Oslo
            team:
              ada: { available: { mon-fri: "08:00-12:00" } }
            content:
              late: { by: [ada], every: 2/week, at: { mon-fri: "18:00-20:00" } }
              weekend: { by: [ada], every: daily, at: { daily: "09:00-10:00" } }
            """
        let (p, _) = try plan(text, week: "2026-W49")
        XCTAssertEqual(p.unfilled.filter { $0.stream == "late" }.map(\.reason), [.nobodyAvailable, .nobodyAvailable])
        XCTAssertEqual(p.unfilled.filter { $0.stream == "weekend" }.map { $0.date?.weekday }, [.sat, .sun])
        XCTAssertEqual(p.placed.filter { $0.stream == "weekend" }.count, 5)
    }

    func testLoadIsBalancedAcrossAuthorsAndTimedSlotsNeverOverlap() throws {
        let text = """
            version: 1
            name: Shop
            timezone: Europe/Oslo
            team:
              ada: { roles: [editor], available: { daily: "08:00-18:00" } }
              bo: { roles: [editor], available: { daily: "08:00-18:00" } }
            content:
              news: { by: [role: editor], every: 2/day, at: { daily: "09:00-17:00" } }
              review: { kind: task, duration: 1h, by: [role: editor], every: 2/day, at: { daily: "10:00-11:00" } }
            """
        let (p, _) = try plan(text, week: "2026-W49")
        XCTAssertEqual(p.unfilled, [])
        let counts = Dictionary(grouping: p.placed, by: \.author).mapValues(\.count)
        XCTAssertEqual(counts["ada"], 14)
        XCTAssertEqual(counts["bo"], 14)
        for a in p.placed where a.end > a.start {
            for b in p.placed where b != a && b.author == a.author && b.end > b.start {
                XCTAssertFalse(a.start < b.end && b.start < a.end, "\(a) overlaps \(b)")
            }
        }
    }

    func testSameInputSameCalendar() throws {
        let (a, _) = try plan(DesignSketch.text, week: "2026-W50")
        let (b, _) = try plan(DesignSketch.text, week: "2026-W50")
        XCTAssertEqual(a.placed, b.placed)
    }
}
