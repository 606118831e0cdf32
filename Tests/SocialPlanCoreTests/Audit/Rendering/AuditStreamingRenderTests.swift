import XCTest
@testable import SocialPlanCore

/// The audit's JSON and CSV of many accounts are handed out in pieces that join to exactly the
/// whole document, so the command line never holds the report of 100,000 accounts as one string.
final class AuditStreamingRenderTests: XCTestCase {
    typealias F = AuditFixture

    /// `n` accounts, each with one answered mention.
    private func manyAccounts(_ n: Int) -> AuditResult {
        var messages: [LogMessage] = []
        for k in 0..<n {
            messages.append(F.msg("\(2 * k + 1)", "\(500_000 + k)", F.at(2, 10), "@Brand\(k) my order"))
            messages.append(F.msg("\(2 * k + 2)", "Brand\(k)", F.at(2, 10, 7), "@\(500_000 + k) ok ^AB", parent: "\(2 * k + 1)"))
        }
        return F.audit(messages)
    }

    func testPiecesJoinToTheWholeDocumentAndStayBounded() {
        let view = AuditView(result: manyAccounts(300))
        XCTAssertEqual(view.result.accounts.count, 300)
        for format in [OutputFormat.json, .csv, .text, .markdown] {
            var pieces: [String] = []
            AuditRendering.render(view, as: format) { pieces.append($0) }
            XCTAssertEqual(pieces.joined(), AuditRendering.render(view, as: format), "\(format)")
            if format == .json || format == .csv {
                XCTAssertGreaterThan(pieces.count, 1, "\(format) is streamed")
                // A piece is cut once it passes 64 KiB: at most that plus one account's text.
                XCTAssertLessThan(pieces.map(\.utf8.count).max() ?? 0, (1 << 16) + 16_384, "\(format)")
            }
        }
        var rows: [String] = []
        AuditJSONRenderer.render(view.result, includeRows: true) { rows.append($0) }
        XCTAssertEqual(rows.joined(), AuditJSONRenderer.render(view.result, includeRows: true))
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(rows.joined().utf8)), "a valid document")
    }

    func testAnEmptyAuditStreamsTheSameDocument() {
        let view = AuditView(result: F.audit([]))
        var pieces: [String] = []
        AuditRendering.render(view, as: .json) { pieces.append($0) }
        XCTAssertEqual(pieces.joined(), AuditRendering.render(view, as: .json))
        XCTAssertTrue(pieces.joined().contains("\"accounts\": []"), pieces.joined())
    }
}
