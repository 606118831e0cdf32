import XCTest
@testable import SocialPlanCore

final class StrategyLoaderTests: XCTestCase {
    static let header = "version: 1\nname: Shop\ntimezone: Europe/Oslo\n"

    private func load(_ body: String, header: Bool = true) -> LoadResult {
        StrategyLoader.load((header ? Self.header : "") + body)
    }

    private func ids(_ r: LoadResult) -> [String] { r.diagnostics.map(\.id) }

    func testTheDesignSketchLoadsWithEverySection() throws {
        let result = StrategyLoader.load(DesignSketch.text)
        XCTAssertEqual(result.diagnostics.map(\.id), ["single-account-form"], "the sketch's `account:` still loads, with a warning")
        let s = try XCTUnwrap(result.strategy)
        XCTAssertEqual(s.name, "Fjordkaffe")
        XCTAssertEqual(s.timezone, "Europe/Oslo")
        XCTAssertEqual(s.accounts.map(\.id), ["account"])
        XCTAssertEqual(s.accounts.first?.handle, "@fjordkaffe")
        XCTAssertNil(s.accounts.first?.network)
        let kari = try XCTUnwrap(s.member("kari"))
        XCTAssertEqual(kari.roles, ["editor", "care"])
        XCTAssertEqual(kari.available[.wed], [TimePeriod(start: ClockTime(hour: 8, minute: 0), end: ClockTime(hour: 16, minute: 0))])
        XCTAssertEqual(kari.available[.sat].first?.lengthMinutes, 240)
        XCTAssertEqual(kari.available[.sun], [])
        XCTAssertEqual(kari.maxHoursPerWeek, 30)
        XCTAssertEqual(kari.away.first?.value.description, "2026-12-24..2026-12-31")
        XCTAssertEqual(s.content.map(\.id), ["product-news", "partner-retweets"])
        XCTAssertEqual(s.content[0].cadence, .perWeek(3))
        XCTAssertEqual(s.content[0].authors.map(\.value), [.role("editor")])
        XCTAssertEqual(s.content[0].repliesPerPost, 8)
        XCTAssertEqual(s.content[1].kind, .repost)
        XCTAssertEqual(s.publishing.minGap, .minutes(30))
        XCTAssertEqual(s.publishing.maxPerDay, 4)
        let care = try XCTUnwrap(s.care)
        XCTAssertEqual(care.hours[.mon].count, 2)
        XCTAssertEqual(care.handleTime, HandleTime(mean: .minutes(6), cv: 1.0))
        XCTAssertEqual(care.shrinkage, Percentage(partsPerMillion: 250_000))
        XCTAssertEqual(care.sla(for: "urgent")?.clock, .calendar)
        XCTAssertEqual(care.sla(for: "normal")?.clock, .business)
        XCTAssertEqual(care.sla(for: "normal")?.nextReply, .hours(2))
        XCTAssertEqual(care.triage.first?.keywords, ["refund", "broken", "ikkje fungerer"])
        let m = try XCTUnwrap(s.mentions)
        XCTAssertEqual(m.perWeek, 1400)
        XCTAssertEqual(m.profile, .builtIn(.retail))
        XCTAssertEqual(m.followups, Followups(share: Percentage(partsPerMillion: 300_000), after: .minutes(20)))
        XCTAssertEqual(m.events.first?.factor, 3)
        XCTAssertEqual(m.events.first?.from.description, "2026-11-27 08:00")
    }

    func testUnknownKeysSuggestTheClosestKnownKey() throws {
        let r = load("""
            care:
              staff: [kari]
              handle_time: 6m
              sla:
                normal: { frist_reply: 1h, target: 90% }
            team:
              kari: { availble: { mon: "09:00-17:00" } }
            """)
        let unknown = Diagnostic.sorted(r.diagnostics).filter { $0.id == "unknown-key" }
        XCTAssertEqual(unknown.map(\.help), ["did you mean `first_reply`?", "did you mean `available`?"])
        XCTAssertEqual(unknown.first?.position, SourcePosition(line: 8, column: 15))
        XCTAssertEqual(unknown.first?.message, "unknown key `frist_reply` in sla `normal`")
        XCTAssertFalse(ids(r).contains("missing-key"), "the misspelt first_reply is reported once, as the typo")
    }

    func testEveryProblemIsReportedInOnePass() {
        let r = load("""
            team:
              kari: { available: { mon-fir: "09:00-17:00", tue: "25:00-26:00" }, max_hours_per_week: lots }
            content:
              news: { by: [kary], every: 3/fortnight, at: { mon: "9-17" }, duration: 15 }
            publishing: { min_gap: 30, max_per_day: 0, blackout: [2026-02-30] }
            """)
        XCTAssertEqual(r.diagnostics.count, 10, r.diagnostics.map(\.message).joined(separator: "\n"))
        XCTAssertEqual(Set(ids(r)), ["invalid-value", "wrong-type", "unknown-reference"])
    }

    func testValuesAreReadStrictly() {
        let r = load("""
            care:
              staff: [kari]
              handle_time: { mean: 6m, cv: 0.8 }
              shrinkage: 30
              max_occupancy: 120%
              sla: { normal: { first_reply: 1h, target: 90%, clock: weekly } }
            team:
              kari: { available: { mon: "09:00-17:00" } }
            """)
        let messages = r.diagnostics.map(\.message)
        XCTAssertEqual(messages, [
            "care shrinkage: `30` is ambiguous as a percentage",
            "care max_occupancy must be above 0% and at most 100%, not 120%",
            "sla `normal` clock `weekly` is not one of calendar, business",
        ])
    }

    func testQueueDisciplineIsAChoiceWithADefault() throws {
        let care = """
            team:
              kari: { roles: [care], available: { mon: "09:00-17:00" } }
            care:
              staff: [kari]
              handle_time: 6m
              sla: { normal: { first_reply: 1h, target: 90% } }

            """
        let written = load(care + "  queue: earliest-deadline\n")
        XCTAssertEqual(written.diagnostics, [])
        XCTAssertEqual(written.strategy?.care?.queue, .earliestDeadline)
        XCTAssertEqual(load(care).strategy?.care?.queue, QueueDiscipline.default)
        XCTAssertEqual(QueueDiscipline.default, .priority)

        let wrong = load(care + "  queue: fifo\n")
        XCTAssertEqual(ids(wrong), ["invalid-value"])
        let d = try XCTUnwrap(wrong.diagnostics.first)
        XCTAssertEqual(d.message, "care queue `fifo` is not one of priority, earliest-deadline")
        XCTAssertEqual(d.position, SourcePosition(line: 10, column: 10))
        XCTAssertEqual(d.help, "write one of `priority`, `earliest-deadline`")
        XCTAssertEqual(load(care + "  queue: earliest_deadline\n").diagnostics.first?.help, "did you mean `earliest-deadline`?")
    }

    /// `care.confidence` defaults to 80 %, reads a percentage, and refuses 0 % and 100 % (which
    /// no number of simulated weeks could decide) with the value's position and a help line.
    func testConfidenceLoadsDefaultsAndRefusesTheEnds() throws {
        func care(_ line: String) -> LoadResult {
            load("""
                care:
                  staff: [kari]
                  handle_time: 6m
                \(line)
                  sla: { normal: { first_reply: 1h, target: 90% } }
                team:
                  kari: { available: { mon: "09:00-17:00" } }
                """)
        }
        let absent = care("")
        XCTAssertEqual(absent.diagnostics, [])
        XCTAssertEqual(absent.strategy?.care?.confidence, Percentage(partsPerMillion: 800_000))
        XCTAssertEqual(Care.defaultConfidence.description, "80%")
        XCTAssertEqual(care("  confidence: 90%").strategy?.care?.confidence, Percentage(partsPerMillion: 900_000))
        XCTAssertEqual(care("  confidence: 0.995").strategy?.care?.confidence, Percentage(partsPerMillion: 995_000))
        XCTAssertEqual(SLAMeasure.all(of: care("  confidence: 90%").strategy?.care).map(\.confidence), [0.9])
        for (value, shown) in [("0%", "0%"), ("100%", "100%"), ("1", "100%"), ("-5%", "-5%")] {
            let r = care("  confidence: \(value)")
            XCTAssertEqual(r.diagnostics.count, 1, value)
            let d = try XCTUnwrap(r.diagnostics.first)
            XCTAssertEqual(d.id, "invalid-value")
            XCTAssertEqual(d.message, "care confidence must be above 0% and below 100%, not \(shown)")
            XCTAssertEqual(d.position, SourcePosition(line: 7, column: 15), value)
            XCTAssertEqual(d.help, "the share of weeks that should keep each promise, e.g. 80% (four weeks in five); no simulation can show 100%")
        }
        XCTAssertEqual(care("  confidence: 80").diagnostics.map(\.message), ["care confidence: `80` is ambiguous as a percentage"])
    }

    func testTimeZonesMustBeAreaLocationNames() {
        let r = StrategyLoader.load("version: 1\nname: A\ntimezone: Europe/Olso\nteam:\n  a: { timezone: PST }\n  b: { timezone: GMT+2 }\n  c: { timezone: UTC }\n")
        XCTAssertEqual(ids(r), ["invalid-timezone", "invalid-timezone", "invalid-timezone", "invalid-timezone"])
        XCTAssertEqual(r.diagnostics[0].help, "did you mean `Europe/Oslo`?")
        XCTAssertEqual(r.diagnostics[0].position, SourcePosition(line: 3, column: 11))
        XCTAssertTrue(r.diagnostics[1].message.contains("abbreviations"))
    }

    func testEtcUTCIsAccepted() {
        XCTAssertEqual(StrategyLoader.load("version: 1\nname: A\ntimezone: Etc/UTC\n").diagnostics, [])
    }

    func testReferencesToMembersRolesAndPriorities() {
        let r = load("""
            team:
              kari: { roles: [care], available: { mon: "09:00-17:00" } }
            content:
              news: { by: [kary, role: editor, role: cares], every: 1/week }
            care:
              staff: [care]
              handle_time: 5m
              sla: { normal: { first_reply: 1h, target: 90% } }
              triage: { urgnet: [refund] }
            mentions:
              per_week: 100
              priorities: { normal: 100% }
            """)
        XCTAssertEqual(r.diagnostics.map(\.message), [
            "stream `news` names `kary`, who is not on the team",
            "stream `news` names role `editor`, which no member has",
            "stream `news` names role `cares`, which no member has",
            "care staff names `care`, who is not on the team",
            "care triage names priority `urgnet`, which has no SLA",
        ])
        XCTAssertEqual(r.diagnostics.map(\.help), [
            "did you mean `kari`?", "give a member `roles: [editor]`", "did you mean `care`?",
            "did you mean the role: `role: care`?", "priorities with an SLA: normal",
        ])
    }

    func testPrioritySharesMustSumTo100Percent() {
        let r = load("""
            care: { staff: [], handle_time: 5m, sla: { a: { first_reply: 1h, target: 90% }, b: { first_reply: 2h, target: 80% } }, default_priority: b }
            mentions: { per_week: 10, priorities: { a: 10%, b: 0.8 } }
            """)
        // `staff: []` is its own error since issue 14 (a required list names someone).
        XCTAssertEqual(r.diagnostics.map(\.message), ["care staff is empty; name at least one member id or `role: NAME`",
                                                      "mentions priorities add up to 90%, not 100%"])
    }

    func testWeeklyHoursRefuseRepeatedDaysAndOverlaps() {
        let r = load("""
            team:
              kari: { available: { mon-fri: "08:00-16:00", fri: "10:00-12:00", sat: ["08:00-12:00", "11:00-13:00"], sun: "22:00-02:00" } }
            """)
        XCTAssertEqual(r.diagnostics.map(\.message), [
            "member `kari` availability: fri is given twice",
            "member `kari` availability: periods 08:00-12:00 and 11:00-13:00 overlap",
        ])
        XCTAssertEqual(r.diagnostics[0].notes.first?.position, SourcePosition(line: 5, column: 24))
        XCTAssertEqual(r.diagnostics[0].position, SourcePosition(line: 5, column: 48))
    }

    func testCustomProfileNeedsEveryDayWith24Weights() {
        let row = Array(repeating: "1", count: 24).joined(separator: ", ")
        XCTAssertEqual(load("mentions: { per_week: 10, profile: { mon-sun: [\(row)] } }").diagnostics, [])
        let r = load("mentions: { per_week: 10, profile: { mon-fri: [\(row)], sat: [1, 2] } }")
        XCTAssertEqual(r.diagnostics.map(\.message), ["profile row for sat has 2 weights, not 24"])
        let missing = load("mentions: { per_week: 10, profile: { mon-fri: [\(row)] } }")
        XCTAssertEqual(missing.diagnostics.map(\.message), ["mentions profile has no row for sat, sun"])
    }

    func testTopLevelMustBeAMappingAndHaveTheRequiredKeys() {
        XCTAssertEqual(StrategyLoader.load("- a\n- b\n").diagnostics.map(\.id), ["wrong-type"])
        XCTAssertNil(StrategyLoader.load("- a\n").strategy)
        let r = StrategyLoader.load("team: {}\n")
        XCTAssertEqual(r.diagnostics.map(\.message), ["the strategy has no `version`", "the strategy has no `name`", "the strategy has no `timezone`"])
    }

    func testUnsupportedVersion() {
        XCTAssertEqual(StrategyLoader.load("version: 2\nname: a\ntimezone: Europe/Oslo\n").diagnostics.map(\.id), ["unsupported-version"])
    }

    func testYAMLProblemsBecomeDiagnostics() {
        let r = StrategyLoader.load("version: 1\nversion: 1\nname: a\ntimezone: Europe/Oslo\n")
        XCTAssertEqual(ids(r), ["yaml-duplicate-key"])
        XCTAssertEqual(r.diagnostics.first?.notes.first?.position, SourcePosition(line: 1, column: 1))
        XCTAssertNotNil(r.strategy, "duplicate keys keep the first value and go on")
    }

    func testBooleansAreNotTakenAsText() {
        let r = load("account: { handle: \"@shop\", bio: yes }\nteam:\n  kari: { name: true }\n")
        XCTAssertEqual(r.diagnostics.filter { $0.severity == .error }.map(\.message), ["member `kari` name must be text, not true/false"])
        XCTAssertEqual(r.strategy?.accounts.first?.bio, "yes", "YAML 1.2: yes is text")
    }

    func testInvalidIDs() {
        let r = load("team:\n  \"kari nordmann\": { available: { mon: \"09:00-10:00\" } }\n")
        XCTAssertEqual(ids(r), ["invalid-id"])
    }

    func testXKeysAreIgnoredAndCanHoldAnchors() throws {
        let r = load("""
            x-office: &office { mon-fri: "09:00-17:00" }
            team:
              kari: { available: *office, x-note: "part time" }
            """)
        XCTAssertEqual(r.diagnostics, [])
        XCTAssertEqual(r.strategy?.member("kari")?.available[.mon].first?.description, "09:00-17:00")
    }

    func testADayWithoutAPeriodIsAnError() {
        // Unquoted `tue,thu` inside { } is read by YAML as the key `tue` with no value.
        let r = load("team:\n  kari: { available: { tue,thu: \"09:00-17:00\" } }\n")
        XCTAssertEqual(r.diagnostics.map(\.message), ["member `kari` availability: tue has no period"])
        XCTAssertEqual(r.strategy?.member("kari")?.isAvailabilityKnown, false)
    }
}
