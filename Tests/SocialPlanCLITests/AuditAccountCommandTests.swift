import Foundation
import SocialPlanTestSupport
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

/// `socialplan triage` and the default priority through the binary (issue 11, item 1).
final class TriageCommandTests: XCTestCase {
    private let strategy = AuditCommandTests.strategy, sample = AuditCommandTests.sample

    private func temporaryLog(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("socialplan-triage-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }

    /// The examples as a TWCS log: one customer message each, all answered by Acme.
    private func examplesLog() throws -> String {
        let texts = ["@Acme love the border collie", "@Acme where can I download the app?", "@Acme the countdown widget is great",
                     "@Acme Super help - problem solved", "@Acme my jacket zipper is stuck", "@Acme I want a REFÚND\u{1B}[2J now"]
        var csv = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
        for (i, text) in texts.enumerated() {
            csv += "\(i + 1),\(100 + i),True,2017-10-31T10:0\(i):00Z,\"\(text)\",\(i + 101),\n"
            csv += "\(i + 101),Acme,False,2017-10-31T10:3\(i):00Z,@\(100 + i) hi,,\(i + 1)\n"
        }
        return try temporaryLog(csv)
    }

    func testEachExampleLandsWhereItsWordsSay() throws {
        let r = try CLIRunner.run(["triage", strategy, "--log", try examplesLog(), "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let lines = try XCTUnwrap(object["sample"] as? [[String: Any]])
        var byText: [String: (String?, String?)] = [:]
        for line in lines { byText[line["text"] as? String ?? ""] = (line["priority"] as? String, line["decided_by"] as? String) }
        XCTAssertEqual(byText["@Acme love the border collie"]?.0, "normal")
        XCTAssertEqual(byText["@Acme love the border collie"]?.1, "default", "`border` is not `order`")
        XCTAssertEqual(byText["@Acme where can I download the app?"]?.1, "default", "`download` is not `down`")
        XCTAssertEqual(byText["@Acme the countdown widget is great"]?.1, "default")
        XCTAssertEqual(byText["@Acme Super help - problem solved"]?.0, "normal")
        XCTAssertEqual(byText["@Acme Super help - problem solved"]?.1, "keyword")
        XCTAssertEqual(byText["@Acme my jacket zipper is stuck"]?.0, "normal", "the default priority, not the last SLA (`low`)")
        XCTAssertEqual(byText["@Acme I want a REFÚND\u{1B}[2J now"]?.0, "urgent")
        let counts = try XCTUnwrap(object["priorities"] as? [[String: Any]])
        XCTAssertEqual(counts.map { $0["mentions"] as? Int }, [1, 5, 0])
        XCTAssertEqual(counts.map { $0["by_default"] as? Int }, [0, 4, 0], "border collie, download, countdown, zipper")
    }

    func testTextHighlightsMatchesEscapesControlsAndFits() throws {
        let r = try CLIRunner.run(["triage", strategy, "--log", try examplesLog(), "--sample", "10"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(r.stdout.contains("\u{1B}"), "no raw control bytes from the log")
        XCTAssertTrue(r.stdout.contains("I want a **REFÚND**\\u{1B}[2J now"), r.stdout)
        XCTAssertTrue(r.stdout.contains("urgent ← keyword `refund*`"), r.stdout)
        let report = r.stdout.split(separator: "\n").dropFirst() // the first line names the temporary log
        for line in report { XCTAssertLessThanOrEqual(line.count, 100, String(line)) }
        let again = try CLIRunner.run(["triage", strategy, "--log", try examplesLog(), "--sample", "10"])
        XCTAssertEqual(Array(again.stdout.split(separator: "\n").dropFirst()), Array(report), "the sample is deterministic")
    }

    func testTheRealSampleAndAnUnknownAccount() throws {
        let r = try CLIRunner.run(["triage", strategy, "--log", sample, "--account", "applesupport", "--sample", "3"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("of AppleSupport; default priority normal"), r.stdout)
        let unknown = try CLIRunner.run(["triage", strategy, "--log", sample, "--account", "NoSuch"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("no account `NoSuch` in the log"), unknown.stderr)
        let bad = try CLIRunner.run(["triage", strategy, "--log", sample, "--sample", "-1"])
        XCTAssertEqual(bad.status, 2)
    }
}
