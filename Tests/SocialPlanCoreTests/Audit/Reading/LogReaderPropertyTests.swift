import XCTest
@testable import SocialPlanCore

/// Invariants on random CSV-like input: chunking never changes the result, every row is
/// accounted for, memory stays under the bound plus one chunk, and nothing crashes.
final class LogReaderPropertyTests: XCTestCase {
    /// A small deterministic generator (SplitMix64).
    private struct Mix {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
    }

    private let pieces = ["1", "a", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", "é", "😀", "True", "Tue Oct 31 22:10:47 +0000 2017", " ",
                          "\n9,a,True,Tue Oct 31 22:10:47 +0000 2017,\"x,\n\"\"y\",\"5,7\",\n", "\n8,b,false,2017-10-31T22:10:47Z,z,,9\r\n"]

    func testChunkingNeverChangesTheResultAndEveryRowIsCounted() {
        var mix = Mix(state: 42)
        var messages = 0
        for round in 0..<300 {
            var text = twcsHeader
            for _ in 0..<mix.next(120) { text += pieces[mix.next(pieces.count)] }
            let bound = [16, 40, 1 << 20][mix.next(3)]
            let whole = readLog(text, bound: bound)
            let chunk = 1 + mix.next(9)
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
        var mix = Mix(state: 7)
        for _ in 0..<50 {
            let bytes = (0..<mix.next(3000)).map { _ in UInt8(mix.next(256)) }
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
