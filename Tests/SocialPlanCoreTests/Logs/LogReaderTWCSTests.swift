import Foundation
import XCTest
@testable import SocialPlanCore

/// The TWCS reader on the traps of the real data.
final class LogReaderTWCSTests: XCTestCase {
    private let t0 = "Tue Oct 31 22:10:47 +0000 2017"
    private let t0Instant = 1_509_487_847

    func testReadsARowIntoAMessage() {
        let o = readLog(twcsHeader + "1,AppleSupport,False,\(t0),\"Hi, there\",\"5,7\",3\n")
        XCTAssertNil(o.failure)
        XCTAssertEqual(o.messages, [LogMessage(id: "1", author: "AppleSupport", inbound: false, createdAt: t0Instant, text: "Hi, there",
                                               inResponseTo: "3", responseIDs: ["5", "7"], line: 2)])
        XCTAssertEqual(o.summary.rowsRead, 1)
        XCTAssertEqual(o.summary.rowsUsed, 1)
    }

    func testCRLFAndLFGiveTheSameMessages() {
        let lf = twcsHeader + "1,a,True,\(t0),\"x\ny\",,\n2,b,False,\(t0),z,,1\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        XCTAssertEqual(readLog(lf).messages.map(\.id), ["1", "2"])
        XCTAssertEqual(readLog(crlf).messages.map(\.line), readLog(lf).messages.map(\.line))
        XCTAssertEqual(readLog(crlf).messages[1].text, "z")
    }

    func testIndexColumnAndColumnOrderAndExtraColumns() {
        let text = ",created_at,tweet_id,author_id,inbound,text,in_response_to_tweet_id,response_tweet_id,lang\n"
            + "0,\(t0),10,42,TRUE,hello,,11,en\n"
        let o = readLog(text)
        XCTAssertNil(o.failure)
        XCTAssertEqual(o.messages.first?.id, "10")
        XCTAssertEqual(o.messages.first?.author, "42")
        XCTAssertEqual(o.messages.first?.responseIDs, ["11"])
        let named = readLog("Unnamed: 0," + twcsHeader + "7,1,a,true,\(t0),x,,\n")
        XCTAssertEqual(named.messages.map(\.id), ["1"])
        XCTAssertEqual(named.skips, [])
    }

    func testFloatIDsAndFlagSpellings() {
        let rows = ["192625.0,115712,True,\(t0),a,192624.0,", "192626,Sprint,FALSE,\(t0),b,,192625.0",
                    "1.92627e5,x,true,\(t0),c,,", "192628,y,1,\(t0),d,,", "192629,z,0,\(t0),e,,", "192630,w,false,\(t0),f,,"]
        let o = readLog(twcsHeader + rows.joined(separator: "\n"))
        XCTAssertEqual(o.skips, [])
        XCTAssertEqual(o.messages.map(\.id), ["192625", "192626", "192627", "192628", "192629", "192630"])
        XCTAssertEqual(o.messages.map(\.inbound), [true, false, true, true, false, false])
        XCTAssertEqual(o.messages[0].responseIDs, ["192624"])
        XCTAssertEqual(o.messages[1].inResponseTo, "192625")
    }

    func testEmbeddedNewlinesKeepLineNumbers() {
        let text = twcsHeader + "1,a,True,\(t0),\"one\ntwo\nthree\",,\n2,b,True,\(t0),after,,\n"
        XCTAssertEqual(readLog(text).messages.map(\.line), [2, 5])
    }

    func testBareCRInAnUnquotedTextIsKept() {
        let o = readLog((twcsHeader + "1,a,True,\(t0),one\rtwo,,\n2,b,True,\(t0),x,,\n").replacingOccurrences(of: "\n", with: "\r\n"))
        XCTAssertEqual(o.messages.map(\.text), ["one\rtwo", "x"])
        XCTAssertEqual(o.messages.map(\.line), [2, 3])
    }

    func testEmojiAndEscapedQuotes() {
        let o = readLog(twcsHeader + "1,a,True,\(t0),\"say \"\"hi\"\" 😡👍🏽\",,\n")
        XCTAssertEqual(o.messages.first?.text, "say \"hi\" 😡👍🏽")
    }

    func testUnterminatedQuoteMidFileLosesOnlyThatRow() {
        let text = twcsHeader + "1,a,True,\(t0),ok,,\n2,b,True,\(t0),\"runaway,,\n3,c,True,\(t0),plain,,\n4,d,False,\(t0),\"quoted, too\",,3\n"
        let o = readLog(text)
        XCTAssertEqual(o.messages.map(\.id), ["1", "3", "4"])
        XCTAssertEqual(o.skips.map(\.description), ["line 3: unterminated quote: a quoted field opened on this line never closes; reading resumes on the next line"])
        XCTAssertEqual(o.summary.rowsRead, 4)
    }

    func testUnterminatedQuoteAtTheVeryEnd() {
        let o = readLog(twcsHeader + "1,a,True,\(t0),ok,,\n2,b,True,\(t0),\"never closed")
        XCTAssertEqual(o.messages.map(\.id), ["1"])
        XCTAssertEqual(o.skips.map(\.line), [3])
        XCTAssertEqual(o.skips.map(\.kind), [.unterminatedQuote])
    }

    func testTruncatedFileCutMidField() {
        let o = readLog(twcsHeader + "1,a,True,\(t0),ok,,\n2,b,Tr")
        XCTAssertEqual(o.messages.map(\.id), ["1"])
        XCTAssertEqual(o.skips.map(\.description), ["line 3: expected 7 fields as in the header, found 3"])
    }

    func testATenMegabyteLineIsSkippedWithinTheBound() {
        var reader = LogReader(format: .twcs)
        var skips: [LogSkip] = [], messages: [LogMessage] = []
        let sink: (LogReadEvent) -> Void = { e in
            if case .skipped(let s) = e { skips.append(s) }
            if case .message(let m) = e { messages.append(m) }
        }
        Array((twcsHeader + "1,a,True,\(t0),").utf8).withUnsafeBytes { reader.feed($0, sink) }
        let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<10 { chunk.withUnsafeBytes { reader.feed($0, sink) } }
        Array(",,\n2,b,False,\(t0),fine,,\n".utf8).withUnsafeBytes { reader.feed($0, sink) }
        reader.finish(sink)
        XCTAssertEqual(skips.map(\.kind), [.recordTooLong])
        XCTAssertEqual(skips.first?.line, 2)
        XCTAssertEqual(messages.map(\.line), [3])
        XCTAssertLessThanOrEqual(reader.peakBufferedBytes, LogReader.defaultRecordBound + (1 << 20))
        XCTAssertEqual(reader.summary.rowsRead, 2)
    }

    func testEmptyFileHeaderOnlyAndWrongHeader() {
        XCTAssertEqual(readLog("").failure?.message, "the log is empty")
        XCTAssertEqual(readLog("\n\r\n").failure?.message, "the log is empty")
        let headerOnly = readLog(twcsHeader)
        XCTAssertNil(headerOnly.failure)
        XCTAssertEqual(headerOnly.messages, [])
        let wrong = readLog("id,user,when\n1,a,b\n")
        XCTAssertEqual(wrong.failure?.description, "line 1: not a TWCS log: expected columns tweet_id, author_id, inbound, created_at, text, response_tweet_id, in_response_to_tweet_id; found id, user, when")
        XCTAssertTrue(wrong.failure?.help?.contains("--log-format csv") ?? false)
        XCTAssertEqual(wrong.messages, [])
    }

    func testBinaryGarbageFails() {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        bytes += (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }
        let o = readLog(bytes: bytes)
        XCTAssertTrue(o.failure?.message.hasPrefix("the log is not text") ?? false, "\(String(describing: o.failure))")
        XCTAssertEqual(o.messages, [])
        let utf16 = readLog(bytes: Array(twcsHeader.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        XCTAssertTrue(utf16.failure?.message.contains("NUL") ?? false)
    }

    func testInvalidUTF8InAFieldBecomesReplacementCharacter() {
        var bytes = Array((twcsHeader + "1,a,True,\(t0),\"bad ").utf8)
        bytes += [0xFF, 0xC3]
        bytes += Array("\",,\n".utf8)
        XCTAssertEqual(readLog(bytes: bytes).messages.first?.text, "bad \u{FFFD}\u{FFFD}")
    }

    func testWrongFieldCountAndBadValuesAreSkippedWithReasons() {
        let rows = ["1,a,True,\(t0),x,", "2,a,True,yesterday,x,,", "3,a,maybe,\(t0),x,,", ",a,True,\(t0),x,,",
                    "abc,a,True,\(t0),x,,", "6,,True,\(t0),x,,", "7,a,True,\"\(String(repeating: "long\n", count: 20))\",x,,"]
        let o = readLog(twcsHeader + rows.joined(separator: "\n") + "\n")
        XCTAssertEqual(o.skips.map(\.description), [
            "line 2: expected 7 fields as in the header, found 6",
            "line 3: created_at 'yesterday' is not a timestamp",
            "line 4: inbound 'maybe' is not true or false",
            "line 5: tweet_id is empty",
            "line 6: tweet_id 'abc' is not a whole number",
            "line 7: author_id is empty",
            "line 8: created_at 'long\\nlong\\nlong\\nlong\\nlong\\nlong\\nlong\\nlong\\n…' is not a timestamp",
        ])
        XCTAssertEqual(o.summary.rowsRead, 7)
        XCTAssertEqual(o.summary.rowsSkipped, 7)
        XCTAssertEqual(o.summary.skippedByKind[.badTimestamp], 2)
    }

    func testTimestampOffsetsAndISOForms() {
        let rows = ["1,a,True,Tue Oct 31 23:10:47 +0100 2017,x,,", "2,a,True,2017-10-31T22:10:47Z,x,,",
                    "3,a,True,2017-10-31 23:10:47+01:00,x,,", "4,a,True,2017-10-31 22:10:47,x,,"]
        let o = readLog(twcsHeader + rows.joined(separator: "\n"))
        XCTAssertEqual(o.skips, [])
        XCTAssertEqual(o.messages.map(\.createdAt), Array(repeating: t0Instant, count: 4))
    }

    func testChunkSplitsAtEveryPositionGiveTheSameResult() {
        let text = "\u{FEFF}" + twcsHeader.replacingOccurrences(of: "\n", with: "\r\n")
            + "1,a,True,\(t0),\"x, \"\"q\"\"\r\n😀\",\"5,7\",\r\n2,b,TRUE,\(t0),c\rd,,1.0\r\n"
            + "3,c,True,\(t0),\"runaway\r\n4,d,False,\(t0),plain,,3\r\n5,e,False,yesterday,z,,\r\n6,f,True,\(t0),\"end"
        let whole = transcript(readLog(text))
        XCTAssertEqual(whole.count, 7, whole.joined(separator: "\n"))
        let bytes = Array(text.utf8)
        for cut in 1..<bytes.count {
            var reader = LogReader(format: .twcs)
            var o = LogReader.Outcome(messages: [], skips: [], failure: nil, summary: LogReadSummary())
            let sink: (LogReadEvent) -> Void = { e in
                switch e {
                case .message(let m): o.messages.append(m)
                case .skipped(let s): o.skips.append(s)
                case .failed(let f): o.failure = f
                }
            }
            bytes.withUnsafeBytes { all in
                reader.feed(UnsafeRawBufferPointer(rebasing: all[..<cut]), sink)
                reader.feed(UnsafeRawBufferPointer(rebasing: all[cut...]), sink)
            }
            reader.finish(sink)
            XCTAssertEqual(transcript(o), whole, "split at \(cut)")
        }
        for size in [1, 2, 3, 5, 7] { XCTAssertEqual(transcript(readLog(text, chunk: size)), whole, "chunks of \(size)") }
    }
}
