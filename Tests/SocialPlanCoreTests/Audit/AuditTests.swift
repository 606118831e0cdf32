import XCTest
@testable import SocialPlanCore
import SocialPlanTestSupport

/// `Audit.run`, the audit's one entry point: the real sample and strategy of the command-line
/// goldens, read in memory, give the command line's report byte for byte.
final class AuditTests: XCTestCase {
    typealias F = AuditFixture
    static let strategyPath = "Tests/SocialPlanCLITests/Fixtures/audit/support-desk.yaml"
    static let samplePath = "Tests/SocialPlanCLITests/Fixtures/audit/twcs-sample-93.csv"

    static func file(_ path: String) throws -> String {
        try PackageRoot.text(path)
    }

    static func strategy() throws -> Strategy {
        let loaded = StrategyLoader.load(try file(strategyPath))
        return try XCTUnwrap(loaded.strategy, "\(loaded.diagnostics.map(\.message))")
    }

    /// Reads `text` as TWCS into `builder` as the command line does, as `read` for
    /// ``Audit/run(_:logName:read:)``.
    static func read(_ text: String, _ builder: inout AuditBuilder) throws -> LogReadSummary {
        try builder.read(.bytes(Array(text.utf8)), format: .twcs) { _ in true }
    }

    func testTheEntryPointGivesTheCommandLinesReport() throws {
        let strategy = try Self.strategy()
        let week = try ISOWeek.parse("2026-W49").get()
        let onDuty = try XCTUnwrap(OnDutyWeek(strategy: strategy, week: week), "the strategy has care staff")
        let log = try Self.file(Self.samplePath)
        let result = try Audit.run(AuditOptions(strategy: strategy, onDuty: onDuty), logName: Self.samplePath) { try Self.read(log, &$0) }
        // `socialplan audit FILE --log SAMPLE --week 2026-W49` (AuditCommandTests).
        XCTAssertEqual(AuditTextRenderer.render(result), try Self.file("Tests/SocialPlanCLITests/Golden/audit/support-desk-twcs-93.txt"))
        XCTAssertEqual(AuditCSVRenderer.render(result), try Self.file("Tests/SocialPlanCLITests/Golden/audit/support-desk-twcs-93.csv"))
        XCTAssertTrue(result.missesATarget, "the sample misses targets (`--fail-under` exits 1)")
        XCTAssertEqual(result.rows, Audit.run(AuditOptions(strategy: strategy, onDuty: onDuty), messages: Self.messages(log)).rows,
                       "streamed and in-memory audits give the same rows")
    }

    static func messages(_ text: String) -> [LogMessage] {
        LogReader.read(Array(text.utf8), format: .twcs).messages
    }

    func testOptionsTakeTheStrategysSignaturePattern() throws {
        var strategy = try Self.strategy()
        strategy.audit = AuditSettings(signature: #"~([A-Z]{2})$"#)
        let options = AuditOptions(strategy: strategy, accounts: ["Acme"])
        let r = Audit.run(options, messages: [F.msg("1", "100", F.at(2, 10), "@Acme hi"),
                                              F.msg("2", "Acme", F.at(2, 10, 5), "hello ~KB", parent: "1")])
        XCTAssertEqual(r.rows.first?.agent, "KB")
        strategy.audit = nil
        let builtIn = Audit.run(AuditOptions(strategy: strategy, accounts: ["Acme"]),
                                messages: [F.msg("1", "100", F.at(2, 10), "@Acme hi"), F.msg("2", "Acme", F.at(2, 10, 5), "hello ~KB", parent: "1")])
        XCTAssertNil(builtIn.rows.first?.agent, "`~KB` is not a built-in signature")
    }

    func testOnDutyWeekComesFromTheRotaAndNeedsCareStaff() throws {
        let strategy = try Self.strategy()
        let week = try ISOWeek.parse("2026-W49").get()
        let schedule = WeekScheduler.schedule(strategy, week: week)
        let onDuty = OnDutyWeek(schedule: schedule)
        XCTAssertEqual(OnDutyWeek(strategy: strategy, week: week), onDuty)
        for row in schedule.staffing {
            let wall = schedule.timeline.wallTime(ofInterval: row.index)
            if row.scheduled > 0 { XCTAssertTrue(onDuty.isOnDuty(weekday: wall.date.weekday, minute: wall.minute)) }
        }
        var noStaff = strategy
        noStaff.care?.staff = []
        var evaluated = false
        let none = OnDutyWeek(strategy: noStaff, week: { evaluated = true; return week }())
        XCTAssertNil(none)
        XCTAssertFalse(evaluated, "the week is worked out only for a strategy with a rota")
        let monday = OnDutyWeek(onDutySlots: 36..<48)
        XCTAssertTrue(monday.isOnDuty(weekday: .mon, minute: 9 * 60))
        XCTAssertTrue(monday.isOnDuty(weekday: .mon, minute: 11 * 60 + 59))
        XCTAssertFalse(monday.isOnDuty(weekday: .mon, minute: 12 * 60))
        XCTAssertFalse(monday.isOnDuty(weekday: .tue, minute: 9 * 60))
    }
}
