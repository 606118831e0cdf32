import Foundation
import XCTest
@testable import SocialPlanCore
import SocialPlanTestSupport

/// The two real slices of "Customer Support on Twitter" in `shared/data`, read as they are. The
/// 93-row sample is also a fixture of the command-line tests (a byte-for-byte copy), so it is read
/// from there when `shared/data` is not beside the checkout.
final class LogReaderRealDataTests: XCTestCase {
    private func bytes(_ name: String) throws -> [UInt8] {
        if let folder = sharedDataFolder { return Array(try Data(contentsOf: folder.appendingPathComponent(name))) }
        let fixture = PackageRoot.file("Tests/SocialPlanCLITests/Fixtures/audit").appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: fixture.path) else { throw XCTSkip("shared/data is not beside this clone") }
        return Array(try Data(contentsOf: fixture))
    }

    func testTheDatasetSampleGives93MessagesAndNoSkips() throws {
        let o = LogReader.read(try bytes("twcs-sample-93.csv"), format: .twcs)
        XCTAssertNil(o.failure)
        XCTAssertEqual(o.messages.count, 93)
        XCTAssertEqual(o.skips, [])
        XCTAssertEqual(o.summary.rowsRead, 93)
        XCTAssertEqual(Set(o.messages.filter { !$0.inbound }.map(\.author)).count, 13, "13 support accounts")
        let first = try XCTUnwrap(o.messages.first)
        XCTAssertEqual(first.id, "119237")
        XCTAssertEqual(first.createdAt, 1_507_704_944) // Wed Oct 11 06:55:44 +0000 2017
        XCTAssertEqual(first.responseIDs, ["119236"])
        XCTAssertTrue(first.text.hasSuffix("😡😡😡"))
        // Every outbound reply in the sample names its parent.
        XCTAssertTrue(o.messages.filter { !$0.inbound }.allSatisfy { $0.inResponseTo != nil })
    }

    func testTheRandomSliceAccountsForEveryRow() throws {
        let data = try bytes("twcs-random-5000.csv")
        let o = LogReader.read(data, format: .twcs)
        XCTAssertNil(o.failure)
        XCTAssertEqual(o.summary.rowsRead, o.summary.rowsUsed + o.summary.rowsSkipped)
        XCTAssertEqual(o.summary.rowsRead, 5000)
        XCTAssertEqual(o.messages.count, 5000, o.skips.prefix(5).map(\.description).joined(separator: "\n"))
        XCTAssertEqual(Set(o.messages.map(\.id)).count, 5000)
        // CRLF file: no text ends with a stray CR, and records start on increasing lines.
        XCTAssertFalse(o.messages.contains { $0.author.hasSuffix("\r") || ($0.inResponseTo ?? "").hasSuffix("\r") })
        XCTAssertEqual(o.messages.map(\.line), o.messages.map(\.line).sorted())
        XCTAssertEqual(o.messages.first?.line, 2)
        // Chunked reading gives the same result as one piece.
        XCTAssertEqual(LogReader.read(data, format: .twcs, chunkSize: 4093).messages, o.messages)
    }
}
