import XCTest
@testable import SocialPlanCore

final class AuditPercentileTests: XCTestCase {
    func testNearestRank() {
        let ten = (1...10).map { $0 }
        XCTAssertEqual(AuditPercentile.of(sorted: ten, 50), 5)
        XCTAssertEqual(AuditPercentile.of(sorted: ten, 90), 9)
        XCTAssertEqual(AuditPercentile.of(sorted: ten, 99), 10)
        XCTAssertEqual(AuditPercentile.of(sorted: [7], 1), 7)
        XCTAssertNil(AuditPercentile.of(sorted: [Int](), 50))
        XCTAssertEqual(AuditPercentile.median([40, 10, 30, 20]), 20, "the lower middle value")
        let hundred = (1...200).map { Int32($0) }
        XCTAssertTrue(AuditPercentile.triple(hundred.reversed()) == (100, 180, 198))
    }

    func testGroupPercentilesAreOverAnsweredMentionsInSeconds() throws {
        typealias F = AuditFixture
        var log: [LogMessage] = []
        for (i, minutes) in [5, 1, 3, 2, 4].enumerated() {
            log.append(F.msg("\(i * 2 + 1)", "100", F.at(2, 10), "@Acme order"))
            log.append(F.msg("\(i * 2 + 2)", "Acme", F.at(2, 10, minutes), "x", parent: "\(i * 2 + 1)"))
        }
        log.append(F.msg("99", "100", F.at(2, 10), "@Acme order, unanswered"))
        let g = try XCTUnwrap(F.audit(log).account("Acme")?.group("normal", .firstReply))
        XCTAssertEqual(g.mentions, 6)
        XCTAssertEqual(g.unanswered, 1)
        XCTAssertEqual(g.p50Seconds, 180)
        XCTAssertEqual(g.p90Seconds, 300)
        XCTAssertEqual(g.p99Seconds, 300)
        XCTAssertEqual(g.pending, 1)
        XCTAssertEqual(g.attainment, 1)
        XCTAssertEqual(g.targetMet, true)
    }

    /// Selection gives exactly the values a full sort does, for every size up to 300 and for
    /// arrays full of duplicates, in seeded random order.
    func testSelectionAgreesWithSorting() {
        var random = SimulationRandom(seed: 11)
        for n in 1...300 {
            let spread = n % 3 == 0 ? 4 : 100_000
            let values = (0..<n).map { _ in Int32(random.uniform() * Double(spread)) }
            let sorted = values.sorted()
            let (p50, p90, p99) = AuditPercentile.triple(values)
            XCTAssertEqual(p50, AuditPercentile.of(sorted: sorted, 50).map(Int.init), "n=\(n)")
            XCTAssertEqual(p90, AuditPercentile.of(sorted: sorted, 90).map(Int.init), "n=\(n)")
            XCTAssertEqual(p99, AuditPercentile.of(sorted: sorted, 99).map(Int.init), "n=\(n)")
            XCTAssertEqual(AuditPercentile.median(values), p50)
        }
        XCTAssertNil(AuditPercentile.triple([UInt32]()).0)
        // Reply times are unsigned 32-bit seconds: values past 2^31 keep their order and value.
        XCTAssertTrue(AuditPercentile.triple([UInt32(4_070_908_800), 1800, 600]) == (1800, 4_070_908_800, 4_070_908_800))
    }
}
