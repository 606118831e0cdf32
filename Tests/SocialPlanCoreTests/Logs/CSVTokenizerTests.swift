import Foundation
import XCTest
@testable import SocialPlanCore

/// The tokenizer alone: records, fields and lines, whatever the chunking.
final class CSVTokenizerTests: XCTestCase {
    /// Tokenizes `bytes` fed in chunks of `chunk`; records as `line: f1|f2`, problems as `line: kind`.
    private func tokens(_ bytes: [UInt8], chunk: Int = 1 << 20, bound: Int = 1 << 20, linesOnly: Bool = false) -> [String] {
        var t = CSVTokenizer(bound: bound, linesOnly: linesOnly)
        var out: [String] = []
        let handle: (CSVTokenizer.Event) -> Void = { event in
            switch event {
            case .record(let r):
                let fields = (0..<r.fields.count).map { r.string($0) }
                out.append("\(r.line): \(fields.joined(separator: "|"))\(r.textAfterQuote.map { " !\($0)" } ?? "")")
            case .problem(let line, let kind): out.append("\(line): \(kind.rawValue)")
            }
        }
        bytes.withUnsafeBytes { all in
            var s = 0
            while s < all.count {
                let e = min(all.count, s + chunk)
                t.feed(UnsafeRawBufferPointer(rebasing: all[s..<e]), handle)
                s = e
            }
        }
        t.finish(handle)
        return out
    }

    private func tokens(_ text: String, chunk: Int = 1 << 20, bound: Int = 1 << 20) -> [String] {
        tokens(Array(text.utf8), chunk: chunk, bound: bound)
    }

    func testLFAndCRLFGiveTheSameRecords() {
        XCTAssertEqual(tokens("a,b\n1,2\n"), ["1: a|b", "2: 1|2"])
        XCTAssertEqual(tokens("a,b\r\n1,2\r\n"), ["1: a|b", "2: 1|2"])
        XCTAssertEqual(tokens("a,b\r\n1,\"2\"\r\n3,4"), ["1: a|b", "2: 1|2", "3: 3|4"])
    }

    func testBareCRIsDataNotALineEnd() {
        XCTAssertEqual(tokens("a,b\n1,x\ry\n2,z\r\n"), ["1: a|b", "2: 1|x\ry", "3: 2|z"])
    }

    func testQuotedSeparatorsEscapesAndEmbeddedNewlines() {
        let text = "a,b\n1,\"x, \"\"y\"\"\nline two\nline three\"\n2,after\n"
        XCTAssertEqual(tokens(text), ["1: a|b", "2: 1|x, \"y\"\nline two\nline three", "5: 2|after"])
    }

    func testStrayQuoteInsideAnUnquotedFieldIsData() {
        XCTAssertEqual(tokens("a,b\n1,5\" screen\n"), ["1: a|b", "2: 1|5\" screen"])
    }

    func testTextAfterAClosingQuoteIsFlagged() {
        XCTAssertEqual(tokens("a,b\n1,\"x\"y,\n2,ok\n"), ["1: a|b", "2: 1|x| !1", "3: 2|ok"])
    }

    func testEveryChunkSplitGivesTheSameResult() {
        let text = "id,t\r\n1,\"a\"\"b\r\nc 😀,d\"\r\n2,x\ry\r\n3,\"\"\"\"\n4,é\n5,\"unterminated\n6,ok\n"
        let whole = tokens(text)
        XCTAssertEqual(whole.count, 7, whole.joined(separator: "\n"))
        for size in 1...12 { XCTAssertEqual(tokens(text, chunk: size), whole, "chunk size \(size)") }
        let bytes = Array(text.utf8)
        for cut in 1..<bytes.count {
            var t = CSVTokenizer(bound: 1 << 20)
            var out: [String] = []
            let h: (CSVTokenizer.Event) -> Void = { e in
                if case .record(let r) = e { out.append("\(r.line): " + (0..<r.fields.count).map { r.string($0) }.joined(separator: "|")) }
                if case .problem(let l, let k) = e { out.append("\(l): \(k.rawValue)") }
            }
            bytes.withUnsafeBytes { all in
                t.feed(UnsafeRawBufferPointer(rebasing: all[0..<cut]), h)
                t.feed(UnsafeRawBufferPointer(rebasing: all[cut...]), h)
            }
            t.finish(h)
            XCTAssertEqual(out, whole, "split at \(cut)")
        }
    }

    func testUnterminatedQuoteAtTheEndLosesOnlyItsRow() {
        XCTAssertEqual(tokens("a,b\n1,ok\n2,\"never closed\n3,more\n"), ["1: a|b", "2: 1|ok", "3: unterminated-quote", "4: 3|more"])
    }

    func testUnterminatedQuoteMidFileResumesOnTheNextLine() {
        // The runaway quote closes at line 4's quote, followed by text: line 3 is reported.
        let text = "a,b\n1,ok\n2,\"runaway\n3,plain\n4,\"quoted\"\n"
        XCTAssertEqual(tokens(text), ["1: a|b", "2: 1|ok", "3: unterminated-quote", "4: 3|plain", "5: 4|quoted"])
    }

    func testBoundReachedInsideAQuoteResumesAfterItsLine() {
        let filler = String(repeating: "x,y\n", count: 20)
        let text = "a,b\n1,\"open\n" + filler
        let out = tokens(text, chunk: 7, bound: 40)
        XCTAssertEqual(out.prefix(3), ["1: a|b", "2: unterminated-quote", "3: x|y"])
        XCTAssertEqual(out.count, 22)
    }

    func testALineLongerThanTheBoundIsDroppedWithoutBeingHeld() {
        var t = CSVTokenizer(bound: 1000)
        var out: [String] = []
        let h: (CSVTokenizer.Event) -> Void = { e in
            if case .record(let r) = e { out.append("\(r.line): " + (0..<r.fields.count).map { r.string($0) }.joined(separator: "|")) }
            if case .problem(let l, let k) = e { out.append("\(l): \(k.rawValue)") }
        }
        let chunk = [UInt8](repeating: UInt8(ascii: "z"), count: 4096)
        Array("a,b\n".utf8).withUnsafeBytes { t.feed($0, h) }
        for _ in 0..<100 { chunk.withUnsafeBytes { t.feed($0, h) } }
        Array("\n1,2\n".utf8).withUnsafeBytes { t.feed($0, h) }
        t.finish(h)
        XCTAssertEqual(out, ["1: a|b", "2: record-too-long", "3: 1|2"])
        XCTAssertLessThanOrEqual(t.peakBuffered, 1000 + 4096)
    }

    func testLinesModeSplitsOnLineEndsOnly() {
        XCTAssertEqual(tokens(Array("{\"a\": \"x,\\\"y\"}\r\n\n{}".utf8), linesOnly: true), ["1: {\"a\": \"x,\\\"y\"}", "2: ", "3: {}"])
    }
}
