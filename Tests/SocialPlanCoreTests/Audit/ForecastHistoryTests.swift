import XCTest
@testable import SocialPlanCore

/// Synthetic first-reply rows in UTC from Monday 2026-03-02 (ISO week 2026-W10), no DST.
enum ForecastFixture {
    static let monday = SLAFixture.day("2026-03-02").dayNumber * 86_400
    static let week = 7 * 86_400

    /// The instant `day` days and `hour` hours after Monday 2026-03-02 00:00 UTC.
    static func at(day: Int, hour: Int, minute: Int = 0) -> Int { monday + day * 86_400 + hour * 3600 + minute * 60 }

    static func row(_ t: Int, _ n: Int, metric: AuditMetric = .firstReply) -> AuditRow {
        AuditRow(id: "\(n)", account: "Acme", priority: "normal", metric: metric, targetSeconds: 7200, createdAt: t, dueAt: nil,
                 repliedAt: nil, agent: nil, elapsedCalendarSeconds: 0, elapsedBusinessSeconds: 0, status: nil, previousReplyAt: nil)
    }

    static func rows(_ times: [Int]) -> [AuditRow] { times.enumerated().map { row($1, $0) } }

    /// `count` mentions spread evenly over week `w` (0 = 2026-W10).
    static func evenWeek(_ w: Int, _ count: Int) -> [Int] {
        (0..<count).map { monday + w * week + $0 * week / count }
    }

    /// The span of whole weeks `0..<weeks`.
    static func wholeWeeks(_ weeks: Int) -> ClosedRange<Int> { monday...(monday + weeks * week - 1) }

    static func derive(_ times: [Int], span: ClosedRange<Int>, holidays: [String] = [], trend: Bool = false,
                       lastWeeks: Int? = nil) -> ForecastDerivation {
        ForecastDerivation(rows: rows(times), priorities: ["normal"], zone: "UTC", lastWeeks: lastWeeks, logSpan: span,
                           holidays: holidays.compactMap { try? DateSpan.parse($0).get() }, trend: trend)
    }
}

final class ForecastHistoryTests: XCTestCase {
    typealias F = ForecastFixture

    func testWeeksAreWholeOnlyWhenEveryHourIsCovered() {
        // Wed 2026-03-04 10:20 … Wed 2026-03-18 09:10: W10 partial, W11 whole, W12 partial.
        let clock = ZoneClock(zone: "UTC", from: F.monday - F.week, to: F.monday + 4 * F.week)
        let history = ForecastHistory(from: F.at(day: 2, hour: 10, minute: 20), to: F.at(day: 16, hour: 9, minute: 10),
                                      mentions: [F.at(day: 3, hour: 1), F.at(day: 8, hour: 1), F.at(day: 9, hour: 1)], clock: clock)
        XCTAssertEqual(history.weeks.map(\.week.description), ["2026-W10", "2026-W11", "2026-W12"])
        XCTAssertEqual(history.weeks.map(\.isWhole), [false, true, false])
        XCTAssertEqual(history.weeks.map(\.hoursCovered), [5 * 24 - 10, 168, 2 * 24 + 10])
        XCTAssertEqual(history.weeks.map(\.mentions), [1, 2, 0])
        XCTAssertEqual(history.used().map(\.week.description), ["2026-W11"])
        XCTAssertTrue(history.isThin, "one whole week is below the minimum of 2")
    }

    func testAcrossDaylightSavingAWeekHas167Hours() {
        // Europe/Oslo springs forward on Sunday 2026-03-29 (W13).
        let clock = ZoneClock(zone: "Europe/Oslo", from: F.monday, to: F.monday + 5 * F.week)
        let from = SLAFixture.at("2026-03-23", 0), to = SLAFixture.at("2026-03-30", 0)
        let history = ForecastHistory(from: from, to: to, mentions: [], clock: clock)
        XCTAssertEqual(history.weeks.map(\.hours), [167])
        XCTAssertEqual(history.weeks.map(\.isWhole), [true])
    }

    /// Over random spans in a DST zone: the weeks tile the span hour for hour, each week lies in
    /// its own bounds, only fully covered weeks are whole, and every mention in the span is counted once.
    func testWeeksTileTheSpanExactly() {
        var random = TestRandom(seed: 11)
        let clock = ZoneClock(zone: "Europe/Oslo", from: SLAFixture.from, to: SLAFixture.to)
        for _ in 0..<200 {
            let from = SLAFixture.from + random.int(in: 0...300 * 86_400)
            let to = from + random.int(in: 1...60 * 86_400)
            let mentions = (0..<random.int(in: 0...20)).map { _ in from + random.int(in: 0...(to - from - 1)) }
            let history = ForecastHistory(from: from, to: to, mentions: mentions, clock: clock)
            XCTAssertEqual(history.weeks.reduce(0) { $0 + $1.covered.count }, history.span.count)
            XCTAssertTrue(history.span.contains(from) && history.span.contains(to - 1))
            XCTAssertEqual(history.weeks.reduce(0) { $0 + $1.mentions }, mentions.count)
            for (a, b) in zip(history.weeks, history.weeks.dropFirst()) { XCTAssertEqual(a.covered.upperBound, b.covered.lowerBound) }
            for w in history.weeks {
                XCTAssertTrue(w.start <= w.covered.lowerBound && w.covered.upperBound <= w.end)
                XCTAssertEqual(w.isWhole, w.covered.count == w.end - w.start)
                XCTAssertTrue([167.0, 168, 169].contains(w.hours), "\(w.week): \(w.hours) hours")
            }
        }
    }
}
