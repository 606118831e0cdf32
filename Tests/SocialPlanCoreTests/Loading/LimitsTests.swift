import XCTest
@testable import SocialPlanCore

/// Issue 14, item 1: every number has a range, checked when loading, named in the diagnostic.
final class LimitsTests: XCTestCase {
    static let base = """
        version: 1
        name: Limits
        timezone: Europe/Oslo
        team:
          kari: { roles: [care], available: { mon-fri: "08:00-16:00" }, max_hours_per_week: HOURS }
        content:
          news: { by: [kari], every: CADENCE, at: { mon-fri: "09:00-15:00" }, replies_per_post: REPLIES, duration: SLOT }
        publishing: { max_per_day: PERDAY, min_gap: GAP }
        care:
          hours: { mon-fri: "08:00-16:00" }
          staff: [kari]
          handle_time: { mean: MEAN, cv: CV }
          shrinkage: SHRINK
          max_occupancy: OCCUPANCY
          confidence: CONFIDENCE
          rota: { min_rest: REST }
          sla:
            normal: { first_reply: FIRST, target: 90% }
        mentions:
          per_week: PERWEEK
          followups: { share: 10%, after: AFTER }
          events:
            - { name: launch, from: "2026-12-01 08:00", to: "2026-12-02 08:00", factor: FACTOR }
        """

    static let fine: [String: String] = [
        "HOURS": "40", "CADENCE": "3/week", "REPLIES": "5", "SLOT": "0m", "PERDAY": "2", "GAP": "1h", "MEAN": "6m", "CV": "1",
        "REST": "11h", "FIRST": "4h", "PERWEEK": "150", "AFTER": "30m", "FACTOR": "3",
        "SHRINK": "20%", "OCCUPANCY": "85%", "CONFIDENCE": "80%",
    ]

    /// The loader's diagnostics for the base file with `changes` applied.
    func diagnostics(_ changes: [String: String]) -> [Diagnostic] {
        var text = Self.base
        for (key, value) in Self.fine.merging(changes, uniquingKeysWith: { _, new in new }) {
            text = text.replacingOccurrences(of: key, with: value)
        }
        return StrategyLoader.load(text).diagnostics.filter { $0.severity == .error }
    }

    func testTheBaseFileLoadsClean() {
        XCTAssertEqual(diagnostics([:]).map(\.message), [])
    }

    func testEachLimitAcceptsItsMaximumAndRefusesMore() {
        let cases: [(key: String, highest: String, over: String, message: String)] = [
            ("HOURS", "168", "168.5", "member `kari` max_hours_per_week 168.5 is more than 168, the hours in a week"),
            ("HOURS", "168", "1e300", "member `kari` max_hours_per_week 1e300 is more than 168, the hours in a week"),
            ("REPLIES", "1000", "1e9", "stream `news` replies_per_post 1e9 is more than 1,000, a post that draws more is an event"),
            ("PERDAY", "96", "9223372036854775807", "publishing max_per_day 9223372036854775807 is more than 96, one post every 15 minutes"),
            ("CV", "10", "1e300", "care handle_time cv 1e300 is more than 10, real handle times vary"),
            ("MEAN", "1d", "1d1s", "care handle_time mean 1d1s is more than 1d, one mention taking longer than a day is a project"),
            ("FIRST", "7d", "8d", "sla `normal` first_reply 8d is more than 7d, a reply is judged within the simulated week"),
            ("REST", "7d", "999999999w", "care rota min_rest 6999999993d is more than 7d"),
            ("AFTER", "7d", "2w", "followups after 14d is more than 7d"),
            ("GAP", "7d", "30d", "publishing min_gap 30d is more than 7d"),
            ("SLOT", "1d", "25h", "stream `news` duration 1d1h is more than 1d, a slot is part of one day's work"),
            ("PERWEEK", "100000", "1e7", "mentions per_week 1e7 is more than 100,000, the most one simulated week holds in the time budget"),
            ("PERWEEK", "100000", "1e15", "mentions per_week 1e15 is more than 100,000"),
            ("FACTOR", "100", "1e6", "event factor 1e6 is more than 100, a viral day brings 10 to 30 times the usual volume"),
            ("FACTOR", "100", "1e300", "event factor 1e300 is more than 100"),
            ("CADENCE", "24/day", "25/day", "stream `news` every: `25/day` is more than 24/day, one post an hour around the clock"),
            ("CADENCE", "168/week", "169/week", "stream `news` every: `169/week` is more than 168/week"),
        ]
        for c in cases {
            let highest = diagnostics([c.key: c.highest]).filter { !$0.message.contains("busiest week") }
            XCTAssertEqual(highest.map(\.message), [], "\(c.key) = \(c.highest) is inside the limit")
            let over = diagnostics([c.key: c.over])
            XCTAssertEqual(over.count, 1, "\(c.key) = \(c.over): \(over.map(\.message))")
            XCTAssertTrue(over.first?.message.hasPrefix(c.message) ?? false, "\(c.key) = \(c.over): \(over.first?.message ?? "no error")")
            XCTAssertEqual(over.first?.id, "invalid-value")
            XCTAssertNotNil(over.first?.position, "\(c.key): at the value")
        }
    }

    func testValuesBelowTheirMinimumKeepTheirMessages() {
        XCTAssertEqual(diagnostics(["HOURS": "-1"]).map(\.message), ["member `kari` max_hours_per_week must be at least 0, not -1"])
        XCTAssertEqual(diagnostics(["PERDAY": "0"]).map(\.message), ["publishing max_per_day must be at least 1, not 0"])
        XCTAssertEqual(diagnostics(["MEAN": "0m"]).map(\.message), ["care handle_time mean must be longer than 0"])
        XCTAssertEqual(diagnostics(["PERDAY": "-99999999999999999999"]).map(\.message),
                       ["publishing max_per_day must be at least 1, not -99999999999999999999"])
        XCTAssertEqual(diagnostics(["PERDAY": "99999999999999999999"]).map(\.message),
                       ["publishing max_per_day 99999999999999999999 is more than 96, one post every 15 minutes, the scheduler's step"])
    }

    /// The percentage keys keep their own messages; their ranges are the ones the page lists.
    func testPercentageLimitsAgreeWithTheLoader() {
        let cases: [(key: String, limit: Limit, values: [String])] = [
            ("SHRINK", Limits.shrinkage, ["0%", "99.9999%", "100%", "-1%"]),
            ("OCCUPANCY", Limits.maxOccupancy, ["0%", "0.0001%", "100%", "100.0001%"]),
            ("CONFIDENCE", Limits.confidence, ["0%", "0.0001%", "99.9999%", "100%"]),
        ]
        for c in cases {
            for value in c.values {
                let fraction = (try? Percentage.parse(value).get().fraction) ?? .nan
                XCTAssertEqual(diagnostics([c.key: value]).isEmpty, c.limit.contains(fraction), "\(c.key) \(value)")
            }
        }
    }

    func testAHugePercentageIsRefusedWhileItIsRead() {
        guard case .failure(let e) = Percentage.parse("99999999999999999999%") else { return XCTFail("read") }
        XCTAssertTrue(e.message.contains("beyond ±1,000,000%"), e.message)
        XCTAssertEqual(try Percentage.parse("1000000%").get().partsPerMillion, 10_000_000_000)
        XCTAssertEqual(Percentage(percent: 1e300).partsPerMillion, 9_000_000_000_000_000_000)
        XCTAssertEqual(Percentage(percent: -.infinity).partsPerMillion, -9_000_000_000_000_000_000)
        XCTAssertEqual(Percentage(percent: .nan).partsPerMillion, 0)
    }

    func testTheBusiestWeekAddsRepliesFollowUpsAndEvents() throws {
        // 150 a week, 5 replies to each of 3 posts, 10 % follow-ups, a 3× day: 165 × 1.1 × (1 + 2/7).
        let strategy = StrategyLoader.load(Self.base.replacing(Self.fine)).strategy
        let estimate = LoadContext.busiestWeek(try XCTUnwrap(strategy))
        XCTAssertEqual(estimate, 165 * 1.1 * (1 + 2.0 / 7), accuracy: 1e-9)
        let over = diagnostics(["PERWEEK": "90000", "FACTOR": "100"])
        XCTAssertEqual(over.count, 1)
        XCTAssertTrue(over.first?.message.hasPrefix("the busiest week expects about") ?? false, over.first?.message ?? "")
        XCTAssertTrue(over.first?.message.contains("more than 100,000, the most one simulated week holds in the time budget") ?? false)
    }

    /// Issue 14, item 2: a care team whose rota would take too long is refused up front, with
    /// the estimate (care staff × intervals of the longest week), at `care.staff`.
    func testACareTeamTooLargeToPlanIsRefusedWithTheEstimate() {
        func team(_ count: Int) -> String {
            let members = (0..<count).map { "  p\($0): { roles: [care], available: { mon-fri: \"08:00-16:00\" } }" }
            return Self.base.replacingOccurrences(of: "team:\n", with: "team:\n" + members.joined(separator: "\n") + "\n")
                .replacingOccurrences(of: "staff: [kari]", with: "staff: [role: care]")
        }
        func errors(_ text: String) -> [Diagnostic] {
            var text = text
            for (key, value) in Self.fine { text = text.replacingOccurrences(of: key, with: value) }
            return StrategyLoader.load(text).diagnostics.filter { $0.severity == .error }
        }
        // 1,478 + kari = 1,479 care staff × 676 = 999,804: inside.
        XCTAssertEqual(errors(team(1478)).map(\.message), [])
        let over = errors(team(1479))
        XCTAssertEqual(over.map(\.id), ["invalid-value"])
        XCTAssertEqual(over.first?.message, "the care rota would plan 1,480 care staff × 676 intervals = 1,000,480 member-intervals, "
            + "more than 1,000,000: planning grows with both; 1,479 care staff plan in a few seconds, and a larger team is several rotas")
        let staffLine = team(1479).components(separatedBy: "\n").firstIndex { $0.contains("staff:") }.map { $0 + 1 }
        XCTAssertEqual(over.first?.position?.line, staffLine, "at care.staff")
        XCTAssertTrue(over.first?.help?.contains("several strategies") ?? false)
    }

    func testMoreThanAThousandEventsAreRefusedBeforeThePairwiseCheck() {
        let event = "\n    - { name: sale, from: \"2026-12-01 08:00\", to: \"2026-12-02 08:00\", factor: 2 }"
        let many = Self.base.replacing(Self.fine) + String(repeating: event, count: 1000)
        XCTAssertEqual(StrategyLoader.load(many).diagnostics.filter { $0.severity == .error }.map(\.message),
                       ["the number of mentions events 1001 is more than 1,000, years of launches and sales; the busiest-week check compares every pair"])
    }

    func testTheLimitShowsItsBounds() {
        XCTAssertEqual(Limits.mentionsPerWeek.rangeWords, "0 to 100,000")
        XCTAssertEqual(Limits.shrinkage.rangeWords, "0% to below 100%")
        XCTAssertEqual(Limits.confidence.rangeWords, "above 0% to below 100%")
        XCTAssertEqual(Limits.replyTime.rangeWords, "0m to 7d")
        XCTAssertFalse(Limits.maxHoursPerWeek.contains(.infinity))
        XCTAssertFalse(Limits.maxHoursPerWeek.contains(.nan))
        XCTAssertTrue(Limits.maxHoursPerWeek.exceeds(.nan))
    }

    func testFlagLimitsMatchTheCode() {
        XCTAssertEqual(Int(Limits.logWeeks.maximum), SimulatedReplyLog.maxWeeks)
        XCTAssertEqual(Int(Limits.perDay.maximum), Cadence.maxPerDay)
        XCTAssertEqual(Int(Limits.perWeek.maximum), Cadence.maxPerWeek)
    }

    func testTheSchemaCarriesTheBounds() {
        let schema = StrategySchema.json()
        XCTAssertTrue(schema.contains("\"maximum\": 100000"), "per_week")
        XCTAssertTrue(schema.contains("\"maximum\": 168"), "max_hours_per_week")
    }

    /// Every limit on a value of the file is in the JSON Schema: numbers as `minimum` and
    /// `maximum`, durations, percentages and cadences as patterns that take the bounds and
    /// refuse a value past them (in one unit, which a pattern can check exactly).
    func testTheSchemaAgreesWithTheLimitsTable() throws {
        let used = Self.limits(in: .section(FormatSpec.strategy))
        // Limits on totals over the file (not one value of a key) cannot be a schema bound.
        let totals = [Limits.busiestWeek, Limits.eventCount, Limits.perDay, Limits.perWeek, Limits.rotaSize].map(\.key)
        for limit in Limits.all where !limit.key.contains("--") && !totals.contains(limit.key) {
            XCTAssertTrue(used.contains { $0.key == limit.key }, "\(limit.key) is in no key of the format spec")
        }
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(StrategySchema.json().utf8)))
        let patterns = Self.values(of: "pattern", in: schema)
        for limit in used {
            switch limit.unit {
            case .duration:
                let pattern = SchemaPattern.duration(limit)
                XCTAssertTrue(patterns.contains(pattern), limit.key)
                let most = Int(limit.maximum)
                XCTAssertTrue(Self.matches(pattern, limit.show(limit.maximum)), limit.key)
                XCTAssertTrue(Self.matches(pattern, "\(most)s"), limit.key)
                XCTAssertFalse(Self.matches(pattern, "\(most + 1)s"), limit.key)
                XCTAssertFalse(Self.matches(pattern, "\(most / 60 + 1)m"), limit.key)
                XCTAssertFalse(Self.matches(pattern, "\(most / 3600 + 1)h"), limit.key)
                XCTAssertFalse(Self.matches(pattern, "15"), "\(limit.key): a duration has a unit")
                // The least duration: a `not` pattern refuses what is shorter, exactly.
                let not = Self.values(of: "pattern", in: try XCTUnwrap(JSONSerialization.jsonObject(
                    with: Data(StrategySchema.duration(limit).rendered().utf8)) as? [String: Any])["not"] ?? [:])
                XCTAssertEqual(!not.isEmpty, !limit.contains(0), limit.key)
                for below in not {
                    let least = Int(limit.minimum)
                    for seconds in [0, 1, least - 1, least, least + 1, least + 61] where seconds >= 0 {
                        let shorter = limit.minimumExcluded ? seconds <= least : seconds < least
                        for text in ["\(seconds)s", "\(seconds / 60)m\(seconds % 60)s", "0h\(seconds / 60)m"] where seconds % 60 == 0 || !text.hasPrefix("0h") {
                            let value = try TimeSpan.parse(text).get().seconds
                            XCTAssertEqual(Self.matches(below, text), limit.minimumExcluded ? value <= least : value < least,
                                           "\(limit.key) \(text) shorter: \(shorter)")
                        }
                    }
                }
            case .percentage:
                let pattern = try XCTUnwrap(SchemaPattern.percentage(limit))
                XCTAssertTrue(patterns.contains(pattern), limit.key)
                for text in ["0%", "0.0%", "0.0001%", "50%", "99.9999%", "100%", "100.0001%", "250%", "-1%"] {
                    let fraction = try Percentage.parse(text).get().fraction
                    XCTAssertEqual(Self.matches(pattern, text), limit.contains(fraction), "\(limit.key) \(text)")
                }
            case .number, .integer:
                let bounds = StrategySchema.bounded(limit.unit == .integer ? "integer" : "number", limit).rendered()
                XCTAssertTrue(bounds.contains("\"maximum\": \(Limit.plain(limit.maximum))"), "\(limit.key): \(bounds)")
                XCTAssertTrue(bounds.contains("inimum\": \(Limit.plain(limit.minimum))"), "\(limit.key): \(bounds)")
            }
        }
        let cadence = SchemaPattern.cadence(perDay: Limits.perDay, perWeek: Limits.perWeek)
        XCTAssertTrue(patterns.contains(cadence))
        for (text, ok) in [("24/day", true), ("25/day", false), ("0/day", false), ("168/week", true), ("169/week", false),
                           ("3 / wk", true), ("daily", true), ("2/month", false)] {
            XCTAssertEqual(Self.matches(cadence, text), ok, text)
            XCTAssertEqual(Self.matches(cadence, text), (try? Cadence.parse(text).get()) != nil, "\(text) as the loader reads it")
        }
    }

    /// The limits of every number, duration and percentage in `shape`, nested sections included.
    static func limits(in shape: ValueShape) -> [Limit] {
        switch shape {
        case .integer(let l), .number(let l), .duration(let l), .percentage(let l): return [l]
        case .list(let s), .oneOrList(let s), .map(_, let s): return limits(in: s)
        case .section(let section): return section.fields.flatMap { limits(in: $0.shape) }
        case .either(let shapes): return shapes.flatMap { limits(in: $0) }
        default: return []
        }
    }

    /// Every string under `key` anywhere in a parsed JSON value.
    static func values(of key: String, in json: Any) -> Set<String> {
        if let object = json as? [String: Any] {
            var found = Set(object.compactMap { $0.key == key ? $0.value as? String : nil })
            for value in object.values { found.formUnion(values(of: key, in: value)) }
            return found
        }
        if let array = json as? [Any] { return array.reduce(into: Set<String>()) { $0.formUnion(values(of: key, in: $1)) } }
        return []
    }

    static func matches(_ pattern: String, _ text: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    func testTheLimitsPageNamesEveryLimit() {
        let page = Limits.markdown()
        for limit in Limits.all { XCTAssertTrue(page.contains("| \(limit.key) | \(limit.rangeWords) |"), limit.key) }
    }
}

private extension String {
    func replacing(_ values: [String: String]) -> String {
        values.reduce(self) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
    }
}
