import Foundation
import XCTest

/// `audit --account` as users type it, and what `--fail-under` says (issue 11, item 6).
final class AuditAccountCommandTests: XCTestCase {
    private let strategy = AuditCommandTests.strategy, sample = AuditCommandTests.sample

    func testAnAccountTypedInAnotherCaseIsTheLogsAccount() throws {
        let typed = try CLIRunner.run(["audit", strategy, "--log", sample, "--week", "2026-W49", "--account", "applesupport", "--format", "csv"])
        let exact = try CLIRunner.run(["audit", strategy, "--log", sample, "--week", "2026-W49", "--account", "AppleSupport", "--format", "csv"])
        XCTAssertEqual(typed.status, 0, typed.stderr)
        XCTAssertEqual(typed.stdout, exact.stdout, "the same figures, under the log's spelling")
        XCTAssertTrue(typed.stdout.contains("\nAppleSupport,"), typed.stdout)
        XCTAssertFalse(typed.stdout.contains("applesupport"), typed.stdout)
    }

    func testAnUnknownAccountIsAUsageErrorWithSuggestions() throws {
        let none = try CLIRunner.run(["audit", strategy, "--log", sample, "--week", "2026-W49", "--account", "NoSuch"])
        XCTAssertEqual(none.status, 2)
        XCTAssertEqual(none.stdout, "")
        XCTAssertTrue(none.stderr.contains("error: no account `NoSuch` in the log; busiest: AppleSupport, SpotifyCares, Tesco,"), none.stderr)
        let typo = try CLIRunner.run(["audit", strategy, "--log", sample, "--week", "2026-W49", "--account", "ApleSupport"])
        XCTAssertEqual(typo.status, 2)
        XCTAssertTrue(typo.stderr.contains("no account `ApleSupport` in the log (did you mean `AppleSupport`?)"), typo.stderr)
    }

    func testFailUnderSaysWhichLineFellShortAndByHowMuch() throws {
        let r = try CLIRunner.run(["audit", strategy, "--log", sample, "--week", "2026-W49", "--account", "AppleSupport", "--fail-under"])
        XCTAssertEqual(r.status, 1)
        let lines = r.stderr.split(separator: "\n").filter { $0.hasPrefix("fail-under: ") }
        XCTAssertFalse(lines.isEmpty, r.stderr)
        XCTAssertTrue(lines.contains("fail-under: AppleSupport urgent first_reply 15m: 0.0% < 90% target"), r.stderr)
        for line in lines { XCTAssertLessThanOrEqual(line.count, 100) }
    }
}
