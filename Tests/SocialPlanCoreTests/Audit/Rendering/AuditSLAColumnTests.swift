import XCTest
@testable import SocialPlanCore

/// The per-SLA-line column table every audit renderer reads.
final class AuditSLAColumnTests: XCTestCase {
    func testEveryFormatReadsTheTable() throws {
        let result = AuditRendererTests.result
        let line = try XCTUnwrap(result.accounts.first?.groups.first)
        XCTAssertEqual(AuditCSVRenderer.header, ["account"] + AuditSLAColumn.keyed.map(\.key))
        let json = AuditJSONRenderer.group(line).rendered()
        let keys = AuditSLAColumn.keyed.map { "\"\($0.key)\":" }
        let positions = keys.compactMap { json.range(of: $0)?.lowerBound }
        XCTAssertEqual(positions.count, keys.count, json)
        XCTAssertEqual(positions, positions.sorted(), "JSON keys in table order")
        let text = AuditTextRenderer.table([line]) + AuditTextRenderer.replyTimes([line])
        XCTAssertTrue(text.hasPrefix("  sla"), text)
        for column in AuditSLAColumn.shown.dropFirst() {
            XCTAssertTrue(text.contains(column.text), column.text)
        }
        XCTAssertTrue(text.contains("SLA's clock") && text.contains("calendar"), "both clocks named: \(text)")
        XCTAssertEqual(AuditSLAColumn.keyed.map(\.key).filter { $0.hasPrefix("p90") }, ["p90_sla_minutes", "p90_calendar_minutes"])
    }

    func testKeysAreUnique() {
        XCTAssertEqual(Set(AuditSLAColumn.keyed.map(\.key)).count, AuditSLAColumn.keyed.count)
        XCTAssertEqual(Set(AuditRowColumn.all.map(\.key)).count, AuditRowColumn.all.count)
        XCTAssertEqual(Set(AuditSLAColumn.shown.map(\.markdown)).count, AuditSLAColumn.shown.count)
    }

    func testFiguresInEachMachineForm() {
        XCTAssertEqual(AuditFigure.minutes(750).csvField, "12.5")
        XCTAssertEqual(AuditFigure.minutes(nil).csvField, "")
        XCTAssertEqual(AuditFigure.minutes(nil).rendered(), "null")
        XCTAssertEqual(AuditFigure.count(7).rendered(), "7")
        XCTAssertEqual(JSONValue.bool(true).csvField, "yes")
        XCTAssertEqual(JSONValue.bool(false).rendered(), "false")
        XCTAssertEqual(JSONValue.text("a\"b").rendered(), "\"a\\\"b\"")
        XCTAssertEqual(AuditFigure.fraction(0.95238).rendered(), "0.9524")
        XCTAssertEqual(AuditFigure.fraction(0.95238).csvField, "0.9524")
    }
}
