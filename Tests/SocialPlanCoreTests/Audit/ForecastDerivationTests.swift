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
        XCTAssertEqual(d.weeks, 2, "two partial weeks: Mon 2 10:00 … Tue 10 24:00, no whole week")
        XCTAssertEqual(d.basis, .prorated)
        XCTAssertEqual(d.history?.weeks.map(\.hoursCovered), [158, 48], "Oslo: W10 from Mon 10:00, W11 to Tue 24:00")
        XCTAssertEqual(d.perWeek, 5.7, "7 × 168 ÷ 206 hours")
        XCTAssertEqual(d.priorityPermille.map(\.permille), [429, 571, 0])
        XCTAssertEqual(d.priorityPermille.map(\.permille).reduce(0, +), 1000)
        XCTAssertEqual(d.followupPermille, 143)
        XCTAssertEqual(d.followupAfter, .minutes(20))
        XCTAssertEqual(d.profile?[0][10], 1, "2 mentions in the 2 Monday 10:00 hours covered")
        XCTAssertEqual(d.profile?[1][23], 0.5)
        XCTAssertEqual(ForecastDerivation.largestRemainder([1, 1, 1], total: 1000), [334, 333, 333])
        XCTAssertEqual(ForecastDerivation.largestRemainder([0, 0], total: 1000), [0, 0])
        let last = ForecastDerivation(rows: Self.result.rows, priorities: ["urgent", "normal", "low"], zone: "Europe/Oslo", lastWeeks: 1)
        XCTAssertEqual(last.mentions, 3)
        XCTAssertEqual(last.weeks, 1)
    }

    func testPrintedBlockLoadsBackThroughTheStrategyLoader() throws {
        let d = ForecastDerivation(rows: Self.result.rows, priorities: ["urgent", "normal", "low"], zone: "Europe/Oslo")
        let yaml = d.yaml
        XCTAssertTrue(yaml.hasPrefix("# derived from 7 mentions in 206 hours covered, 2026-03-02 … 2026-03-10\n"), yaml)
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
        XCTAssertEqual(m.perWeek, 5.7)
        XCTAssertEqual(m.priorities.map(\.value.share.partsPerMillion).reduce(0, +), 1_000_000)
        XCTAssertEqual(m.followups?.after, .minutes(20))
        if case .custom(let rows) = m.profile { XCTAssertEqual(rows[0][10], 1) } else { XCTFail("expected a custom profile") }
    }

    func testNoMentionsGiveAnEmptyButValidBlock() {
        let d = ForecastDerivation(rows: [], priorities: ["normal"], zone: "Europe/Oslo")
        XCTAssertEqual(d.yaml, "# derived from 0 mentions over 0 weeks (none … none)\nmentions:\n  per_week: 0\n")
    }

    typealias S = ForecastFixture

    /// 100 mentions a day, ten an hour from 09:00 to 18:00, Monday to Wednesday of 2026-W10.
    static func threeDays(skipping skipped: Int? = nil) -> [Int] {
        (0..<3).filter { $0 != skipped }.flatMap { d in (9..<19).flatMap { h in (0..<10).map { S.at(day: d, hour: h, minute: $0 * 5) } } }
    }

    func testThreeDaysAt100ADayAreProratedWithoutFakeZeros() throws {
        let d = S.derive(Self.threeDays(), span: S.at(day: 0, hour: 0)...S.at(day: 2, hour: 23, minute: 59))
        XCTAssertEqual(d.basis, .prorated)
        XCTAssertEqual(d.mentions, 300)
        XCTAssertEqual(d.perWeek, 700, "300 × 168 ÷ 72 hours, not 300")
        let profile = try XCTUnwrap(d.profile)
        XCTAssertEqual(profile[3], profile[0], "Thursday is not covered: it takes the covered days' hours, not zeros")
        XCTAssertEqual(profile[6][12], 10)
        XCTAssertEqual(d.uncoveredDays, [.thu, .fri, .sat, .sun])
        XCTAssertFalse(d.yaml.contains("  per_week: 300\n"), d.yaml)
        XCTAssertTrue(d.yaml.contains("  per_week: 700\n"), d.yaml)
        XCTAssertTrue(d.yaml.contains("# partial: 2026-W10 72/168 h (42.9 %), prorated\n"), d.yaml)
        XCTAssertTrue(d.yaml.contains("# profile: thu, fri, sat, sun not covered, filled from covered days\n"), d.yaml)
        XCTAssertEqual(d.warnings, ["thin history: 0 whole ISO weeks (2 recommended); per_week is prorated from 72 hours"])
    }

    func testADayWithoutMentionsInsideTheSpanIsARealZero() throws {
        let d = S.derive(Self.threeDays(skipping: 1), span: S.at(day: 0, hour: 0)...S.at(day: 2, hour: 23, minute: 59))
        XCTAssertEqual(d.perWeek, 466.7, "200 × 168 ÷ 72: Tuesday counts, as a zero")
        XCTAssertEqual(try XCTUnwrap(d.profile)[1], Array(repeating: 0, count: 24))
    }

    func testTenHoursOfDataSayPartialAndWarn() {
        let times = (0..<12).map { S.at(day: 2, hour: 8 + $0 * 10 / 12, minute: 1) }
        let d = S.derive(times, span: S.at(day: 2, hour: 8)...S.at(day: 2, hour: 17, minute: 30))
        XCTAssertEqual(d.history?.weeks.map(\.hoursCovered), [10])
        XCTAssertEqual(d.perWeek, 201.6, "12 × 168 ÷ 10")
        XCTAssertTrue(d.yaml.contains("# derived from 12 mentions in 10 hours covered, 2026-03-04 … 2026-03-04\n"), d.yaml)
        XCTAssertTrue(d.yaml.contains("# partial: 2026-W10 10/168 h (6 %), prorated\n"), d.yaml)
        XCTAssertTrue(d.yaml.contains("# warning: thin history: 0 whole ISO weeks (2 recommended); per_week is prorated from 10 hours\n"),
                      d.yaml)
    }

    func testWholeWeeksOnlyWithPartialEndsNamedAndNotUsed() {
        // W10 from Wednesday, W11 and W12 whole, W13 to Tuesday; 10 mentions a day throughout.
        let times = (2..<23).flatMap { d in (0..<10).map { S.at(day: d, hour: 8 + $0) } }
        let d = S.derive(times, span: S.at(day: 2, hour: 0)...S.at(day: 22, hour: 23, minute: 59))
        XCTAssertEqual(d.basis, .wholeWeeks)
        XCTAssertEqual(d.weeks, 2)
        XCTAssertEqual(d.mentions, 140)
        XCTAssertEqual(d.perWeek, 70)
        XCTAssertEqual(d.warnings, [])
        XCTAssertTrue(d.yaml.contains("# whole ISO weeks (UTC): 2026-W11 … 2026-W12 (2)\n"), d.yaml)
        XCTAssertTrue(d.yaml.contains("# partial: 2026-W10 120/168 h (71.4 %), 2026-W13 48/168 h (28.6 %), not used\n"), d.yaml)
        XCTAssertEqual(S.derive(times, span: S.at(day: 2, hour: 0)...S.at(day: 22, hour: 23, minute: 59), lastWeeks: 1).weeks, 1)
        let one = S.derive(times, span: S.at(day: 2, hour: 0)...S.at(day: 15, hour: 23, minute: 59))
        XCTAssertEqual(one.warnings, ["thin history: 1 whole ISO week (2 recommended)"])
    }

    func testHolidaysAreLeftOutOfTheProfile() throws {
        // Two whole weeks, two mentions a day at 10:00; Monday 9 March is a holiday with 20 at 15:00.
        var times = (0..<14).filter { $0 != 7 }.flatMap { d in [S.at(day: d, hour: 10), S.at(day: d, hour: 10, minute: 30)] }
        times += (0..<20).map { S.at(day: 7, hour: 15, minute: $0) }
        let with = S.derive(times, span: S.wholeWeeks(2), holidays: ["2026-03-09"])
        let profile = try XCTUnwrap(with.profile)
        XCTAssertEqual(profile[0][10], profile[1][10], "Monday is not dragged down by the holiday")
        XCTAssertEqual(profile[0][10], 4)
        XCTAssertEqual(profile[0][15], 0, "the holiday's spike is not in the profile")
        XCTAssertEqual(with.holidayDates, 1)
        XCTAssertTrue(with.yaml.contains("# profile: 1 holiday date left out\n"), with.yaml)
        let without = try XCTUnwrap(S.derive(times, span: S.wholeWeeks(2)).profile)
        XCTAssertEqual(without[0][10], 2)
        XCTAssertEqual(without[0][15], 20)
    }
}
