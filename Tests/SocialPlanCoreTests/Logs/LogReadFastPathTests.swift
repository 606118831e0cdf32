import XCTest
@testable import SocialPlanCore

/// The reader's and builder's fast paths answer as the general code does: the fixed-layout
/// Twitter timestamp, the one-pass canonical id, and the join of a log already in id order.
final class LogReadFastPathTests: XCTestCase {
    private func parse(_ text: String, _ read: (UnsafeRawBufferPointer) -> ParsedTime?) -> ParsedTime? {
        Array(text.utf8).withUnsafeBytes(read)
    }

    func testTheFixedTwitterLayoutReadsAsTheGeneralReader() {
        let dataset = ["Tue Oct 31 22:10:47 +0000 2017", "Sun Oct 01 00:00:09 +0000 2017", "Thu Feb 29 23:59:59 -0530 2024",
                       "Mon Jan 01 00:00:00 +2359 1970", "Fri Dec 31 24:00:00 +0000 2100", "Wed Oct 11 06:55:44 +0000 2090"]
        for text in dataset {
            let fixed = parse(text, LogTimestampParser.twitterFixed)
            XCTAssertNotNil(fixed, text)
            XCTAssertEqual(fixed, parse(text, LogTimestampParser.twitter), text)
        }
        XCTAssertEqual(parse("Tue Oct 31 22:10:47 +0000 2017", LogTimestampParser.twitterFixed), .instant(1_509_487_847))
        // Not the layout, or not a date: the fixed reader declines and never disagrees.
        let others = ["Tue Oct  1 22:10:47 +0000 2017", "Tue Oct 31 22:10:47 +01:00 2017", "Tue Oct 31 22:10:47 Z 2017",
                      "Xyz Oct 31 22:10:47 +0000 2017", "Tue Abc 31 22:10:47 +0000 2017", "Tue Feb 29 22:10:47 +0000 2017",
                      "Tue Oct 31 22:10:47 +2400 2017", "Tue Oct 31 22:10:47 +0060 2017", "Tue Oct 31 25:10:47 +0000 2017",
                      "Tue Oct 31 22:1x:47 +0000 2017", "Tuesday Oct 31 22:10:47 +0000 2017", "Tue Oct 31 22:10:47 +0000 20171"]
        for text in others {
            let fixed = parse(text, LogTimestampParser.twitterFixed)
            XCTAssertTrue(fixed == nil || fixed == parse(text, LogTimestampParser.twitter), text)
        }
        XCTAssertNil(parse("Tue Feb 29 22:10:47 +0000 2017", LogTimestampParser.twitterFixed), "no 29 February in 2017")
        XCTAssertEqual(parse("Tue Oct  1 22:10:47 +0000 2017", { LogTimestampParser.parse($0, .twitter) }),
                       parse("Tue Oct  1 22:10:47 +0000 2017", LogTimestampParser.twitter), "a padded day still reads")
    }

    func testCanonicalIDsAreReadInOnePass() {
        func number(_ s: String) -> UInt64? { Array(s.utf8).withUnsafeBufferPointer(AuditIDKeys.canonicalNumber) }
        XCTAssertEqual(number("0"), 0)
        XCTAssertEqual(number("918273645"), 918_273_645)
        XCTAssertEqual(number("999999999999999999"), 999_999_999_999_999_999)
        XCTAssertNil(number("1000000000000000000"), "19 digits are interned")
        XCTAssertNil(number("007"), "a leading zero is kept as written")
        XCTAssertNil(number(""))
        XCTAssertNil(number("12a"))
        var keys = AuditIDKeys()
        XCTAssertEqual(keys.key("918273645"), 918_273_645)
        let padded = keys.key("007")
        XCTAssertEqual(keys.text(padded), "007")
        XCTAssertNotEqual(padded, 7)
    }

    func testALogInIDOrderJoinsAsAShuffledOne() {
        typealias F = AuditFixture
        // Ids in order with a duplicate (2 twice): the first 2 counts, the second is ignored.
        let inOrder = [F.msg("1", "100", F.at(2, 10), "@Acme my order is late"),
                       F.msg("2", "Acme", F.at(2, 10, 30), "@100 sorry ^JK", parent: "1"),
                       F.msg("2", "Acme", F.at(2, 10, 5), "@100 duplicate ^XY", parent: "1"),
                       F.msg("3", "100", F.at(2, 11), "@Acme still late", parent: "2"),
                       F.msg("4", "Acme", F.at(2, 11, 20), "@100 on it ^JK", parent: "3"),
                       F.msg("9", "200", F.at(2, 12), "@Acme hello", parent: "8")]
        XCTAssertTrue(AuditBuilder.isNonDecreasing([1, 2, 2, 3, 4, 9]))
        XCTAssertFalse(AuditBuilder.isNonDecreasing([1, 3, 2]))
        let a = F.audit(inOrder)
        XCTAssertEqual(a.counts.duplicateIDs, 1)
        XCTAssertEqual(a.counts.missingParents, 1)
        XCTAssertEqual(a.rows.first { $0.id == "1" }?.repliedAt, F.at(2, 10, 30), "the first message with id 2 answers")
        XCTAssertEqual(a.rows.first { $0.id == "3" }?.repliedAt, F.at(2, 11, 20))
        // The same messages out of id order (the sorted index) give the same audit, as long as
        // the two messages with id 2 keep their order.
        let shuffled = [inOrder[5], inOrder[3], inOrder[1], inOrder[0], inOrder[4], inOrder[2]]
        XCTAssertEqual(F.audit(shuffled), a)
    }
}
