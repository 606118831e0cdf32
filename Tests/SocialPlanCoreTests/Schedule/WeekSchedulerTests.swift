import XCTest
@testable import SocialPlanCore
import SocialPlanTestSupport

/// The whole week's plan, checked for the invariants a rota must keep on real strategies.
final class WeekSchedulerTests: XCTestCase {
    private func strategies() throws -> [(String, Strategy)] {
        let folder = PackageRoot.file("Strategies")
        let fixture = PackageRoot.file("Tests/SocialPlanCLITests/Fixtures/schedule/oslo-newyork.yaml")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { folder.appendingPathComponent($0) } + [fixture]
        return try files.map { url in
            let loaded = StrategyLoader.load(try String(contentsOf: url, encoding: .utf8))
            return (url.lastPathComponent, try XCTUnwrap(loaded.strategy, url.path))
        }
    }

    /// The spring and autumn clock changes, an ordinary week and the year's last. With
    /// `SOCIALPLAN_SLOW_TESTS=1` every file is planned in every one of them; otherwise each file
    /// in one of them, in turn, so each run still plans every file and every kind of week.
    func testRotaInvariantsOnEveryBundledStrategyInOrdinaryAndDaylightSavingWeeks() throws {
        let weeks = ["2026-W13", "2026-W43", "2026-W49", "2026-W52"]
        for (index, (name, strategy)) in try strategies().enumerated() {
            for weekText in SlowTests.pick(fast: [weeks[index % weeks.count]], slow: weeks) {
                let week = try ISOWeek.parse(weekText).get()
                let plan = WeekScheduler.schedule(strategy, week: week)
                let label = "\(name) \(weekText)"
                let t = plan.timeline
                XCTAssertEqual(plan.staffing.count, t.intervalCount, label)
                // Coverage is what the shifts give, plus reply sessions of members off shift then
                // (a session covering at least half the interval), each person once.
                for i in 0..<t.intervalCount {
                    let start = t.instant(ofInterval: i)
                    var people = Set(plan.shifts.filter { $0.intervals.contains(i) }.map(\.member))
                    let staffIDs = Set(strategy.care.map { strategy.members(for: $0.staff.map(\.value)).map(\.id) } ?? [])
                    for p in plan.posts where p.kind == .replySession && staffIDs.contains(p.author) {
                        let overlap = min(p.end, start + 900) - max(p.start, start)
                        if 2 * overlap >= 900 { people.insert(p.author) }
                    }
                    XCTAssertEqual(plan.staffing[i].scheduled, people.count, "\(label) interval \(i)")
                }
                guard let care = strategy.care else { continue }
                let staff = strategy.members(for: care.staff.map(\.value))
                for member in staff {
                    let calendar = MemberWorkingTime(member: member, timeline: t)
                    let mine = plan.shifts.filter { $0.member == member.id }.sorted { $0.start < $1.start }
                    // Never double-booked, rest respected (planner-made shifts), within hours.
                    for (a, b) in zip(mine, mine.dropFirst()) {
                        XCTAssertLessThanOrEqual(a.end, b.start, "\(label) \(member.id) overlaps")
                        if !a.isFixed && !b.isFixed {
                            XCTAssertGreaterThanOrEqual(b.start - a.end, care.rota.minRest.seconds, "\(label) \(member.id) rest")
                        }
                    }
                    if let cap = member.maxHoursPerWeek {
                        // Care shifts, reply sessions and tasks together stay within the limit.
                        let duties = plan.posts.filter { $0.author == member.id }.reduce(0) { $0 + ($1.end - $1.start) / 60 }
                        XCTAssertLessThanOrEqual(Double(mine.reduce(0) { $0 + $1.minutes } + duties), cap * 60, "\(label) \(member.id) hours")
                    }
                    for s in mine where !s.isFixed {
                        XCTAssertTrue(calendar.isWorking(from: s.start, to: s.end), "\(label) \(member.id) shift outside availability")
                        XCTAssertGreaterThanOrEqual(s.end - s.start, care.rota.minShift.seconds, label)
                        XCTAssertLessThanOrEqual(s.end - s.start, care.rota.maxShift.seconds, label)
                        // Not on duty while doing a posting task (a reply session is care work).
                        XCTAssertFalse(plan.posts.contains { $0.author == member.id && $0.kind != .replySession && $0.end > $0.start
                                           && $0.start < s.end && s.start < $0.end },
                                       "\(label) \(member.id) shift over a task")
                    }
                }
                // Every demanded slot is either placed or reported.
                for stream in strategy.content {
                    guard let cadence = stream.cadence else { continue }
                    let placed = plan.posts.filter { $0.stream == stream.id }.count
                    let unfilled = plan.unfilled.filter { $0.stream == stream.id }.count
                    let expected = cadence.requiredDays.map { days in t.week.dates.filter { days.contains($0.weekday) }.count * cadence.perRequiredDay } ?? cadence.perWeekCount
                    XCTAssertEqual(placed + unfilled, expected, "\(label) \(stream.id)")
                }
            }
        }
    }

    func testSameStrategyAndWeekGiveTheSamePlan() throws {
        let (_, strategy) = try XCTUnwrap(try strategies().first)
        let week = try ISOWeek.parse("2026-W50").get()
        let a = WeekScheduler.schedule(strategy, week: week), b = WeekScheduler.schedule(strategy, week: week)
        XCTAssertEqual(a.posts, b.posts)
        XCTAssertEqual(a.shifts, b.shifts)
        XCTAssertEqual(a.staffing, b.staffing)
    }

    func testZeroArrivalsNeedNobody() throws {
        let text = """
            version: 1
            name: Quiet
            timezone: Europe/Oslo
            team:
              ada: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: 5m
              sla: { normal: { first_reply: 1h, target: 90% } }
            mentions: { per_week: 0 }
            """
        let strategy = try XCTUnwrap(StrategyLoader.load(text).strategy)
        let plan = WeekScheduler.schedule(strategy, week: try ISOWeek.parse("2026-W49").get())
        XCTAssertTrue(plan.staffing.allSatisfy { $0.required == 0 })
        XCTAssertEqual(plan.shifts, [])
    }

    func testFixedShiftsAreHonoured() throws {
        let text = """
            version: 1
            name: Fixed
            timezone: Europe/Oslo
            team:
              ada: { roles: [care], available: { mon-fri: "08:00-16:00" }, shifts: { mon: "08:00-12:00" } }
            care:
              hours: { mon-fri: "08:00-16:00" }
              staff: [role: care]
              handle_time: 5m
              sla: { normal: { first_reply: 1h, target: 90% } }
            mentions: { per_week: 10 }
            """
        let strategy = try XCTUnwrap(StrategyLoader.load(text).strategy)
        let plan = WeekScheduler.schedule(strategy, week: try ISOWeek.parse("2026-W49").get())
        let fixed = plan.shifts.filter(\.isFixed)
        XCTAssertEqual(fixed.count, 1)
        let wall = plan.timeline.clock.wallTime(at: fixed[0].start)
        XCTAssertEqual(wall.date.weekday, .mon)
        XCTAssertEqual(wall.minute, 8 * 60)
        XCTAssertEqual(fixed[0].minutes, 240)
    }
}
