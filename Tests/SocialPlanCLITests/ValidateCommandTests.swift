import Foundation
import XCTest
import SocialPlanTestSupport

/// `socialplan validate` run as a user runs it.
final class ValidateCommandTests: XCTestCase {
    static let brokenFolder = "Tests/SocialPlanCLITests/Fixtures/broken"

    private func files(in folder: String) throws -> [String] {
        let url = CLIRunner.packageRoot.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: url.path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
    }

    /// Files `validate` counts for a strategy: the file itself and the post files of its
    /// `posts_from:` folder (the bundled strategies keep theirs in `<name>-posts/`).
    private func checkedFiles(_ path: String) throws -> Int {
        let posts = CLIRunner.packageRoot.appendingPathComponent(path).deletingPathExtension().path + "-posts"
        guard FileManager.default.fileExists(atPath: posts) else { return 1 }
        return try 1 + FileManager.default.contentsOfDirectory(atPath: posts).filter { $0.hasSuffix(".md") }.count
    }

    func testEveryBundledStrategyValidatesClean() throws {
        let strategies = try files(in: "Strategies")
        XCTAssertGreaterThanOrEqual(strategies.count, 3)
        for path in strategies {
            let r = try CLIRunner.run(["validate", "--strict", path])
            XCTAssertEqual(r.status, 0, "\(path):\n\(r.stdout)\(r.stderr)")
            let n = try checkedFiles(path)
            XCTAssertEqual(r.stdout, "\(n) \(n == 1 ? "file" : "files") checked: no problems\n", path)
        }
    }

    func testEveryBrokenFixtureFailsWithItsGoldenDiagnostics() throws {
        let broken = try files(in: Self.brokenFolder)
        XCTAssertGreaterThanOrEqual(broken.count, 6)
        for path in broken {
            let r = try CLIRunner.run(["validate", path])
            XCTAssertEqual(r.status, 1, "\(path) must fail:\n\(r.stdout)\(r.stderr)")
            XCTAssertEqual(r.stderr, "", path)
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            CLIRunner.assertGolden(r.stdout, "validate/\(name).txt")
        }
    }

    /// The one fixture in the older `account:` form: it still validates (a warning, with the
    /// `accounts:` entries to write in its help), fails only with `--strict`, and plans a week.
    func testTheOlderSingleAccountFormStillLoadsWithAWarning() throws {
        let path = "Tests/SocialPlanCLITests/Fixtures/old-single-account.yaml"
        let r = try CLIRunner.run(["validate", path])
        XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("warning: `account:` names no network"), r.stdout)
        XCTAssertTrue(r.stdout.contains("[single-account-form]"), r.stdout)
        XCTAssertTrue(r.stdout.contains("help: write one entry per account:"), r.stdout)
        XCTAssertTrue(r.stdout.contains("`accounts: { instagram: { network: instagram, handle: \"@fjordkaffe\" }, x: { network: x, handle: \"@fjordkaffe\" } }`"), r.stdout)
        CLIRunner.assertGolden(r.stdout, "validate/old-single-account.txt")
        XCTAssertEqual(try CLIRunner.run(["validate", "--strict", path]).status, 1)
        let schedule = try CLIRunner.run(["schedule", path, "--week", "2026-W49"])
        XCTAssertEqual(schedule.status, 0, schedule.stderr)
        XCTAssertTrue(schedule.stdout.contains("product-news (post) — Kari Nordmann"), schedule.stdout)
    }

    func testJSONAndGitHubFormats() throws {
        let broken = try XCTUnwrap(try files(in: Self.brokenFolder).first { $0.hasSuffix("typo-keys.yaml") })
        let json = try CLIRunner.run(["validate", "--format", "json", broken])
        XCTAssertEqual(json.status, 1)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let summary = try XCTUnwrap(parsed?["summary"] as? [String: Int])
        XCTAssertGreaterThan(summary["errors"] ?? 0, 0)
        CLIRunner.assertGolden(json.stdout, "validate/typo-keys.json")
        let github = try CLIRunner.run(["validate", "--format", "github", broken])
        XCTAssertEqual(github.status, 1)
        XCTAssertTrue(github.stdout.contains("::error file=\(broken),line="), github.stdout)
        CLIRunner.assertGolden(github.stdout, "validate/typo-keys.github.txt")
    }

    func testManyFilesInOneCallKeepTheirOrderAndEndWithASummary() throws {
        let all = try files(in: "Strategies") + files(in: Self.brokenFolder)
        let r = try CLIRunner.run(["validate"] + all)
        XCTAssertEqual(r.status, 1)
        let lastLine = r.stdout.split(separator: "\n").last.map(String.init) ?? ""
        let checked = try all.map(checkedFiles).reduce(0, +)
        XCTAssertTrue(lastLine.hasPrefix("\(checked) files checked: "), lastLine)
        let firstMentions = all.compactMap { path in r.stdout.range(of: "\(path):").map(\.lowerBound) }
        XCTAssertFalse(firstMentions.isEmpty)
        XCTAssertEqual(firstMentions, firstMentions.sorted(), "reports follow the command-line order")
    }

    func testUsageAndFileProblemsExitWith2() throws {
        let missing = try CLIRunner.run(["validate", "no/such/file.yaml"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "error: no/such/file.yaml: no such file\n")
        let folder = try CLIRunner.run(["validate", "Strategies"])
        XCTAssertEqual(folder.status, 2)
        XCTAssertTrue(folder.stderr.contains("is a folder"), folder.stderr)
        XCTAssertEqual(try CLIRunner.run(["validate"]).status, 2)
        XCTAssertEqual(try CLIRunner.run(["validate", "--bogus", "x.yaml"]).status, 2)
        XCTAssertEqual(try CLIRunner.run(["frobnicate"]).status, 2)
        let disable = try CLIRunner.run(["validate", "--disable", "hashtag-malformd", "Strategies/fjordkaffe.yaml"])
        XCTAssertEqual(disable.status, 2)
        XCTAssertTrue(disable.stderr.contains("did you mean `hashtag-malformed`?"), disable.stderr)
    }

    func testAReadableFileNextToAMissingOneIsStillChecked() throws {
        let r = try CLIRunner.run(["validate", "missing.yaml", "Strategies/fjordkaffe.yaml"])
        XCTAssertEqual(r.status, 2)
        // Issue 14 (item 7): the file that could not be read is counted and named.
        XCTAssertEqual(r.stdout, "\(try checkedFiles("Strategies/fjordkaffe.yaml")) files checked: no problems; 1 file could not be read: missing.yaml\n")
    }

    func testHostileFiles() throws {
        let folder = try temporaryFolder("hostile")
        func write(_ name: String, _ data: Data) throws -> String {
            let url = folder.appendingPathComponent(name)
            try data.write(to: url)
            return url.path
        }
        let empty = try write("empty.yaml", Data())
        let comments = try write("comments.yaml", Data("# nothing here\n".utf8))
        let binary = try write("binary.yaml", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }))
        let deep = try write("deep.yaml", Data((String(repeating: "[", count: 100_000)).utf8))
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...25 { bomb += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let laughs = try write("laughs.yaml", Data(bomb.utf8))
        let huge = try write("huge.yaml", Data(count: 17 << 20))
        for path in [empty, comments, binary, deep, laughs] {
            let r = try CLIRunner.run(["validate", path])
            XCTAssertEqual(r.status, 1, "\(path): \(r.stdout) \(r.stderr)")
            XCTAssertTrue(r.stdout.contains("error:"), r.stdout)
        }
        XCTAssertTrue(try CLIRunner.run(["validate", empty]).stdout.contains("the file is empty"))
        XCTAssertTrue(try CLIRunner.run(["validate", comments]).stdout.contains("holds only comments"))
        let big = try CLIRunner.run(["validate", huge])
        XCTAssertEqual(big.status, 2)
        XCTAssertTrue(big.stderr.contains("16 MiB limit"), big.stderr)
    }

    func testStrictTurnsWarningsIntoFailure() throws {
        let folder = try temporaryFolder("strict")
        let path = folder.appendingPathComponent("nobio.yaml").path
        try Data("version: 1\nname: Shop\ntimezone: Europe/Oslo\naccounts: { shop: { network: x, handle: \"@shop\" } }\n".utf8).write(to: URL(fileURLWithPath: path))
        let lenient = try CLIRunner.run(["validate", path])
        XCTAssertEqual(lenient.status, 0, lenient.stdout)
        XCTAssertTrue(lenient.stdout.contains("warning:"), lenient.stdout)
        XCTAssertEqual(try CLIRunner.run(["validate", "--strict", path]).status, 1)
        XCTAssertEqual(try CLIRunner.run(["validate", "--strict", "--disable", "bio-missing", path]).status, 0)
    }

    func testNoColourWhenNotATerminalEvenWithoutNO_COLOR() throws {
        let broken = try XCTUnwrap(try files(in: Self.brokenFolder).first)
        let r = try CLIRunner.run(["validate", broken], environment: [:])
        XCTAssertFalse(r.stdout.contains("\u{1B}["), "escape codes in piped output")
    }

    func testOutputFileIsWrittenAtomically() throws {
        let folder = try temporaryFolder("out")
        let target = folder.appendingPathComponent("report.json").path
        let r = try CLIRunner.run(["validate", "--format", "json", "-o", target, "Strategies/fjordkaffe.yaml"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        XCTAssertTrue(written.contains("\"errors\": 0"), written)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["report.json"], "no temporary file left")
        let bad = try CLIRunner.run(["validate", "-o", "/no/such/folder/x.txt", "Strategies/fjordkaffe.yaml"])
        XCTAssertEqual(bad.status, 2)
    }

    /// Colour on a real terminal, and never with NO_COLOR: run under util-linux `script`,
    /// which gives the binary a pseudo-terminal.
    func testColourOnATerminalUnlessNO_COLOR() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { throw XCTSkip("no /usr/bin/script") }
        let broken = "Tests/SocialPlanCLITests/Fixtures/broken/typo-keys.yaml"
        func onTerminal(_ env: String) throws -> String {
            let command = "env -u NO_COLOR \(env) TERM=xterm '\(CLIRunner.executable.path)' validate \(broken)"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", command, "/dev/null"]
            process.currentDirectoryURL = CLIRunner.packageRoot
            let out = Pipe()
            process.standardOutput = out
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let coloured = try onTerminal("")
        XCTAssertTrue(coloured.contains("\u{1B}[1;31merror"), coloured)
        let plain = try onTerminal("NO_COLOR=1")
        XCTAssertTrue(plain.contains("error: unknown key"), plain)
        XCTAssertFalse(plain.contains("\u{1B}["), "NO_COLOR must switch colour off")
    }
}
