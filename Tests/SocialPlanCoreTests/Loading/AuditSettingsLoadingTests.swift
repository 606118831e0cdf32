import XCTest
@testable import SocialPlanCore

/// The strategy's `audit:` block.
final class AuditSettingsLoadingTests: XCTestCase {
    private func load(_ body: String) -> LoadResult {
        StrategyLoader.load("version: 1\nname: Shop\ntimezone: Europe/Oslo\n" + body)
    }

    func testNoAuditBlockMeansNoSettings() {
        XCTAssertNil(load("").strategy?.audit)
    }

    func testAMappedCSVBlockLoads() throws {
        let r = load("""
        audit:
          format: csv
          columns: { id: msg_id, parent: reply_to, author: from, timestamp: sent_at, text: body, priority: prio, agent: agent }
          accounts: ["@fjordkaffe", FjordkaffeHjelp]
          time_format: "%d.%m.%Y %H:%M"
          timezone: Europe/Oslo
          signature: '\\^([A-Z]{2})\\s*$'

        """)
        XCTAssertEqual(r.diagnostics, [])
        let audit = try XCTUnwrap(r.strategy?.audit)
        XCTAssertEqual(audit.kind, .csv)
        XCTAssertEqual(audit.mapping.id, "msg_id")
        XCTAssertEqual(audit.mapping.parent, "reply_to")
        XCTAssertEqual(audit.mapping.direction, .accounts(["@fjordkaffe", "FjordkaffeHjelp"]))
        XCTAssertEqual(audit.mapping.timeFormat.description, "%d.%m.%Y %H:%M")
        XCTAssertEqual(audit.mapping.timeZone, .named("Europe/Oslo"))
        XCTAssertNil(audit.mapping.responses, "optional columns not written are not read")
        XCTAssertEqual(audit.signature, "\\^([A-Z]{2})\\s*$")
        XCTAssertEqual(audit.positions["signature"].line, 10)
        guard case .csv(let m) = audit.logFormat else { return XCTFail("not csv") }
        XCTAssertEqual(m.agent, "agent")
    }

    func testJSONLinesDefaultsToTheTWCSNamesAndISOTimes() throws {
        let audit = try XCTUnwrap(load("audit: { format: jsonl }\n").strategy?.audit)
        XCTAssertEqual(audit.mapping.id, "tweet_id")
        XCTAssertEqual(audit.mapping.timeFormat, .iso8601)
        XCTAssertEqual(audit.mapping.direction, .inboundColumn("inbound"))
    }

    func testBadValuesAreReportedAtTheirPositions() {
        let r = load("""
        audit:
          format: xls
          time_format: yyyy-MM-dd
          timezone: PST
          signature: "(unclosed"
          columns: { idd: x }

        """)
        let found = r.diagnostics.map { "\($0.position?.line ?? 0):\($0.position?.column ?? 0) \($0.id) \($0.message)" }
        XCTAssertEqual(found, [
            "5:11 invalid-value audit format `xls` is not one of twcs, csv, jsonl",
            "9:14 unknown-key unknown key `idd` in audit columns",
            "6:16 invalid-value audit time_format: `yyyy-MM-dd` is not a time format",
            "7:13 invalid-value audit timezone: `PST` is not an IANA Area/Location time-zone name; abbreviations and fixed offsets do not follow daylight saving",
            "8:15 invalid-value audit signature `(unclosed`: `(` is not closed",
        ], found.joined(separator: "\n"))
    }

    /// `closing:` adds phrases; `columns: status:` maps a status column; bad entries are
    /// positioned diagnostics, never a crash.
    func testClosingPhrasesAndTheStatusColumn() throws {
        let r = load("""
        audit:
          format: csv
          columns: { id: msg, author: from, timestamp: sent, status: state }
          closing: [cheers mate, "!!", { bad: 1 }]

        """)
        let found = r.diagnostics.map { "\($0.position?.line ?? 0):\($0.position?.column ?? 0) \($0.id) \($0.severity)" }
        XCTAssertEqual(found, ["7:32 wrong-type error", "7:26 invalid-value warning"], r.diagnostics.map(\.message).joined(separator: "\n"))
        let audit = try XCTUnwrap(r.strategy?.audit)
        XCTAssertEqual(audit.closing, ["cheers mate"])
        XCTAssertEqual(audit.mapping.status, "state")
        XCTAssertTrue(AuditOptions(strategy: try XCTUnwrap(r.strategy)).closing.isClosing("Cheers, mate!"))
        XCTAssertEqual(load("audit: { closing: takk for praten }\n").strategy?.audit?.closing, ["takk for praten"])
    }

    func testKeysThatDoNotApplyToTWCSAreWarnings() {
        let r = load("audit:\n  columns: { id: x }\n  time_format: unix\n")
        XCTAssertEqual(r.diagnostics.map(\.id), ["audit-ignored", "audit-ignored"])
        XCTAssertEqual(r.diagnostics.map(\.severity), [.warning, .warning])
        XCTAssertEqual(r.strategy?.audit?.logFormat, .twcs)
    }
}
