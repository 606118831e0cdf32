import XCTest
@testable import SocialPlanCore

/// `AuditBuilder.read`: rows straight into the builder, a file read in parts on threads and
/// joined in log order. Whatever the parts, the chunk size or where a part's start falls, the
/// audit and the reported rows must be those of one reader reading the log from start to end.
final class AuditReadTests: XCTestCase {
    typealias F = AuditFixture

    /// A TWCS log of `threads` conversations: quoted texts with commas, `""`, line ends and
    /// emoji; float and non-numeric ids; accounts written in two spellings; agents and handles;
    /// closing follow-ups; malformed rows. Deterministic in `seed`.
    static func log(threads: Int, seed: UInt64 = 7, rowInText: Bool = false) -> String {
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var out = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
        let days = ["Mon Mar 02", "Tue Mar 03", "Wed Mar 04", "Thu Mar 05", "Fri Mar 06"]
        func time(_ minutes: Int) -> String {
            let day = days[(minutes / 1440) % 5], h = (minutes / 60) % 24, m = minutes % 60
            return "\(day) \(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m):00 +0000 2026"
        }
        let accounts = ["AcmeHelp", "acmehelp", "BetaCare"], agents = ["-Kari", "^JK", "*AB", ""]
        let texts = ["my order is late", "refund please, now", "it says \"\"error\"\" 😡", "line one\nline two",
                     "thanks!", "ok thank you 👍", "Ikkje fungerer", "@AcmeHelp hello", "@BetaCare hi, order 12"]
        var id = 1000
        for t in 0..<threads {
            let base = (t * 37) % (4 * 1440)
            let customer = 500 + next(50)
            let root = id
            let idText = next(10) == 0 ? "\(root).0" : "\(root)"
            var text = texts[next(texts.count)]
            if rowInText && t % 3 == 0 {
                // A quoted text holding a line that reads like a row on its own.
                text = "look:\n\(id + 900000),123,True,\(time(base)),x,,\nend"
            }
            out += "\(idText),\(customer),True,\(time(base)),\"\(text)\",,\n"
            id += 1
            let replies = next(3)
            var parent = root
            for r in 0..<replies {
                let account = accounts[next(accounts.count)]
                out += "\(id),\(account),False,\(time(base + 5 + r * 20)),\"@\(customer) on it \(agents[next(agents.count)])\",,\(parent)\n"
                parent = id
                id += 1
                if next(2) == 0 {
                    out += "\(id),\(customer),True,\(time(base + 15 + r * 20)),\(texts[4 + next(2)]),,\(parent)\n"
                    parent = id
                    id += 1
                }
            }
            switch next(40) {
            case 0: out += "x\(id),\(customer),True,\(time(base)),bad id,,\n"
            case 1: out += "\(id),\(customer),maybe,\(time(base)),bad flag,,\n"
            case 2: out += "\(id),\(customer),True,\(time(base)),too,many,fields,here\n"
            case 3: out += "abc\(id),\(customer),True,\(time(base)),text id,,\n"
            default: break
            }
            id += 1
        }
        return out
    }

    struct Read: Equatable {
        var result: AuditResult
        var summary: LogReadSummary
        var skips: [LogSkip]
    }

    static func read(_ text: String, parts: Int, chunk: Int = 1 << 20, minimum: Int = 1,
                     options: AuditOptions = F.options(accounts: ["AcmeHelp", "BetaCare"])) throws -> Read {
        var builder = AuditBuilder(options: options)
        var plan = AuditBuilder.ReadPlan()
        plan.parts = parts
        plan.chunkSize = chunk
        plan.minimumPartBytes = minimum
        plan.keptSkips = 1000
        var skips: [LogSkip] = []
        let summary = try builder.read(.bytes(Array(text.utf8)), format: .twcs, plan: plan) { event in
            if case .skipped(let s) = event { skips.append(s) }
            return true
        }
        return Read(result: builder.finish(), summary: summary, skips: skips)
    }

    func testPartsGiveTheSameAuditAsOneReader() throws {
        let text = Self.log(threads: 400)
        let one = try Self.read(text, parts: 1)
        XCTAssertGreaterThan(one.result.counts.mentions, 400)
        XCTAssertFalse(one.skips.isEmpty, "the log has malformed rows")
        XCTAssertEqual(one.summary.rowsRead, one.summary.rowsUsed + one.summary.rowsSkipped)
        // The same as messages read one by one and added.
        let messages = LogReader.read(Array(text.utf8), format: .twcs)
        XCTAssertEqual(one.result, Audit.run(F.options(accounts: ["AcmeHelp", "BetaCare"]), messages: messages.messages))
        XCTAssertEqual(one.skips, messages.skips)
        for parts in [2, 3, 5, 8] {
            for chunk in [97, 4096, 1 << 20] {
                let split = try Self.read(text, parts: parts, chunk: chunk, minimum: 1024)
                XCTAssertEqual(split, one, "\(parts) parts, chunks of \(chunk) bytes")
            }
        }
    }

    func testFinishingOnTwoThreadsGivesTheOneThreadResult() throws {
        // Mentions measured and sorted, parents linked and ids ordered in two parts (the
        // threshold lowered to reach them on a small log), against one thread.
        let text = Self.log(threads: 600)
        let messages = LogReader.read(Array(text.utf8), format: .twcs).messages
        // Out of id order too, so that the id order is sorted rather than taken as written.
        for order in [messages, messages.reversed()] {
            var one = AuditBuilder(options: F.options(accounts: ["AcmeHelp", "BetaCare"]))
            one.parallelMinimum = .max
            var two = one
            two.parallelMinimum = 1
            for m in order {
                one.add(m)
                two.add(m)
            }
            let expected = one.finish()
            XCTAssertGreaterThan(expected.counts.mentions, 600)
            XCTAssertEqual(two.finish(), expected)
        }
    }

    func testAPartStartingInsideAQuotedFieldIsReadAgain() throws {
        let text = Self.log(threads: 300, rowInText: true)
        let bytes = Array(text.utf8)
        // Split points are chosen where the next line reads as a row: some fall inside a
        // quoted text whose middle line looks like one.
        var plan = AuditBuilder.ReadPlan()
        plan.parts = 60
        plan.minimumPartBytes = 64
        var reader = LogReader(format: .twcs)
        let header = bytes.firstIndex(of: UInt8(ascii: "\n"))! + 1
        bytes.withUnsafeBytes { reader.feedRows(UnsafeRawBufferPointer(rebasing: $0[0..<header])) { _ in } }
        let points = try AuditBuilder.splitPoints(.bytes(bytes), from: header, to: bytes.count, plan: plan,
                                                  probe: try XCTUnwrap(reader.continuation()))
        let insideQuotes = points.filter { p in bytes[..<p].filter { $0 == UInt8(ascii: "\"") }.count % 2 == 1 }
        XCTAssertFalse(insideQuotes.isEmpty, "some part starts inside a quoted text (\(points.count) parts)")
        let one = try Self.read(text, parts: 1)
        XCTAssertEqual(try Self.read(text, parts: 60, chunk: 512, minimum: 64), one)
    }

    func testPartsAreJoinedAsOneLog() throws {
        // A mapped CSV with text ids: ids, accounts, agents and handles are interned again when
        // the parts are joined, and an account keeps the spelling the log wrote first.
        let mapping = LogColumnMapping(id: "id", parent: "parent", author: "author", direction: .accounts(["acmehelp", "beta"]),
                                       timestamp: "ts", timeFormat: .unix, text: "text", status: "status")
        let monday = F.at(2, 10)
        var first = "", second = ""
        for k in 0..<40 {
            let t = monday + k * 600
            first += "c\(k),\(500 + k),\(t),@AcmeHelp refund,,\n"
            first += "a\(k),AcmeHelp,\(t + 60),done -Kari,c\(k),\n"
            second += "d\(k),\(600 + k),\(t + 86_400),@acmehelp @beta my order,,\n"
            second += "b\(k),ACMEHELP,\(t + 86_460),ok ^JK,d\(k),\n"
            second += "e\(k),\(600 + k),\(t + 86_500),thanks,b\(k),solved\n"
        }
        let options = AuditOptions(accounts: ["acmehelp", "beta"], slas: F.slas, triage: F.triage, zone: "Europe/Oslo")
        for (rows, spelling) in [(first + second, "AcmeHelp"), (second + first, "ACMEHELP")] {
            let log = "id,author,ts,text,parent,status\n" + rows
            func read(parts: Int) throws -> AuditResult {
                var builder = AuditBuilder(options: options)
                var plan = AuditBuilder.ReadPlan()
                plan.parts = parts
                plan.minimumPartBytes = 64
                plan.chunkSize = 100
                _ = try builder.read(.bytes(Array(log.utf8)), format: .csv(mapping), plan: plan) { _ in true }
                return builder.finish()
            }
            let one = try read(parts: 1)
            XCTAssertEqual(one.accounts.map(\.account), [spelling, "beta"], "an account never written keeps its given name")
            XCTAssertEqual(one.accounts.first?.agents.map(\.agent), ["JK", "Kari"])
            XCTAssertEqual(one.counts.mentions, 120)
            XCTAssertEqual(one.counts.closed, 40)
            for parts in [2, 3, 7] { XCTAssertEqual(try read(parts: parts), one, "\(parts) parts") }
        }
    }

    func testAStreamIsReadInOrderByOneReader() throws {
        let text = Self.log(threads: 120)
        let bytes = Array(text.utf8)
        let position = ReadPosition()
        // A stream ignores offsets: it hands over the next bytes, as `read(2)` on a pipe does.
        let stream = LogSource(size: nil) { _, buffer in
            let start = position.take(buffer.count, of: bytes.count)
            bytes.withUnsafeBytes { all in
                buffer.baseAddress!.copyMemory(from: all.baseAddress! + start.lowerBound, byteCount: start.count)
            }
            return start.count
        }
        var builder = AuditBuilder(options: F.options(accounts: ["AcmeHelp", "BetaCare"]))
        var plan = AuditBuilder.ReadPlan()
        plan.parts = 4
        plan.minimumPartBytes = 1
        plan.chunkSize = 333
        let summary = try builder.read(stream, format: .twcs, plan: plan) { _ in true }
        let one = try Self.read(text, parts: 1)
        XCTAssertEqual(builder.finish(), one.result)
        XCTAssertEqual(summary, one.summary)
    }

    func testAReadErrorEndsTheRead() throws {
        struct Broken: Error {}
        let text = Array(Self.log(threads: 200).utf8)
        let failing = LogSource(size: text.count) { offset, buffer in
            if offset > text.count / 2 { throw Broken() }
            return try LogSource.bytes(text).read(offset, buffer)
        }
        for parts in [1, 2] {
            var builder = AuditBuilder(options: F.options())
            var plan = AuditBuilder.ReadPlan()
            plan.parts = parts
            plan.minimumPartBytes = 1024
            plan.chunkSize = 1000
            XCTAssertThrowsError(try builder.read(failing, format: .twcs, plan: plan) { _ in true }, "\(parts) parts") {
                XCTAssertTrue($0 is Broken)
            }
        }
    }

    func testStoppingAtTheFirstSkippedRowStopsReading() throws {
        let text = Self.log(threads: 300)
        let one = try Self.read(text, parts: 1)
        let firstSkip = try XCTUnwrap(one.skips.first)
        for parts in [1, 3] {
            var builder = AuditBuilder(options: F.options())
            var plan = AuditBuilder.ReadPlan()
            plan.parts = parts
            plan.minimumPartBytes = 512
            var seen: [LogSkip] = []
            _ = try builder.read(.bytes(Array(text.utf8)), format: .twcs, plan: plan) { event in
                if case .skipped(let s) = event { seen.append(s) }
                return false
            }
            XCTAssertEqual(seen, [firstSkip], "\(parts) parts: only the first skipped row is reported")
        }
    }

    func testTheFailureOfAnUnreadableLogIsReported() throws {
        for text in ["", "\u{0}\u{1}binary\n", "just,one,header\n1,2,3\n"] {
            var builder = AuditBuilder(options: F.options())
            var failures: [LogReadFailure] = []
            _ = try builder.read(.bytes(Array(text.utf8)), format: .twcs) { event in
                if case .failed(let f) = event { failures.append(f) }
                return true
            }
            XCTAssertEqual(failures.count, 1, "\(text.debugDescription) fails once")
            XCTAssertEqual(failures, LogReader.read(Array(text.utf8), format: .twcs).failure.map { [$0] } ?? [])
        }
    }
}

/// The next bytes a test stream hands over.
private final class ReadPosition: @unchecked Sendable {
    private let lock = NSLock()
    private var offset = 0

    func take(_ n: Int, of total: Int) -> Range<Int> {
        lock.lock()
        defer { lock.unlock() }
        let start = offset
        offset = min(total, offset + n)
        return start..<offset
    }
}
