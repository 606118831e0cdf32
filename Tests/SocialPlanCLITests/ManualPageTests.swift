import Foundation
import XCTest
import SocialPlanTestSupport

/// `docs/socialplan.1` is the man page of the command line as it is (``ManualPage``), and groff
/// reads it without a warning.
final class ManualPageTests: XCTestCase {
    func testTheManPageIsCurrent() throws {
        let dump = try CLIRunner.run(["--experimental-dump-help"])
        XCTAssertEqual(dump.status, 0, dump.stderr)
        let page = ManualPage.render(dump: try JSONNode.parse(dump.stdout))
        for command in ["check", "validate", "schedule", "simulate", "audit", "triage", "forecast", "erlang", "init", "rules", "schema"] {
            XCTAssertTrue(page.contains("\n.Ss \(command)\n"), command)
        }
        GoldenFile.assert(page, matches: "docs/socialplan.1")
    }

    func testGroffReadsItWithoutWarnings() throws {
        let groff = ["/usr/bin/groff", "/bin/groff"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let groff else { throw XCTSkip("groff is not installed here, so docs/socialplan.1 was not typeset (apt-get install groff)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: groff)
        process.arguments = ["-mandoc", "-Tutf8", "-ww", PackageRoot.file("docs/socialplan.1").path]
        process.environment = ["LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let warnings = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(warnings, "")
        // What the plugin loses: characters outside ASCII (the en dash of a range).
        let plain = text.replacingOccurrences(of: "\u{8}.", with: "", options: .regularExpression)
        XCTAssertTrue(plain.contains("2–1000"), "the en dash survives")
        XCTAssertTrue(plain.contains("--format"), plain)
    }
}
