import XCTest
@testable import SocialPlanCore

/// Invariants on random CSV-like input: chunking never changes the result, every row is
/// accounted for, memory stays under the bound plus one chunk, and nothing crashes.
final class LogReaderPropertyTests: XCTestCase {
    private let pieces = ["1", "a", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", "é", "😀", "True", "Tue Oct 31 22:10:47 +0000 2017", " ",
                          "\n9,a,True,Tue Oct 31 22:10:47 +0000 2017,\"x,\n\"\"y\",\"5,7\",\n", "\n8,b,false,2017-10-31T22:10:47Z,z,,9\r\n"]

    func testChunkingNeverChangesTheResultAndEveryRowIsCounted() {
        var mix = TestRandom(seed: 42)
        var messages = 0
        for round in 0..<300 {
            var text = twcsHeader
            for _ in 0..<mix.below(120) { text += pieces[mix.below(pieces.count)] }
            let bound = [16, 40, 1 << 20][mix.below(3)]
            let whole = readLog(text, bound: bound)
            let chunk = 1 + mix.below(9)
            let split = readLog(text, chunk: chunk, bound: bound)
            XCTAssertEqual(transcript(split), transcript(whole), "round \(round), chunks of \(chunk), bound \(bound): \(text.debugDescription)")
            XCTAssertEqual(whole.summary.rowsRead, whole.summary.rowsUsed + whole.summary.rowsSkipped)
            XCTAssertEqual(whole.summary.rowsUsed, whole.messages.count)
            XCTAssertEqual(whole.summary.rowsSkipped, whole.skips.count)
            XCTAssertEqual(whole.skips.map(\.line), whole.skips.map(\.line).sorted(), "skips in line order")
            messages += whole.messages.count
        }
        XCTAssertGreaterThan(messages, 100, "the random logs hold valid rows too")
    }

    func testRandomBytesNeverCrashAndStayBounded() {
        var mix = TestRandom(seed: 7)
        for _ in 0..<50 {
            let bytes = (0..<mix.below(3000)).map { _ in UInt8(mix.below(256)) }
            for format in [LogFormat.twcs, .jsonl(.twcs)] {
                var reader = LogReader(format: format, recordBound: 64)
                bytes.withUnsafeBytes { all in
                    var s = 0
                    while s < all.count {
                        let e = min(all.count, s + 100)
                        reader.feed(UnsafeRawBufferPointer(rebasing: all[s..<e])) { _ in }
                        s = e
                    }
                }
                reader.finish { _ in }
                XCTAssertLessThanOrEqual(reader.peakBufferedBytes, 64 + 100)
            }
        }
    }
}
