import Foundation
import XCTest
import SocialPlanTestSupport

/// `socialplan audit` and `forecast` through the binary: golden audits of the real TWCS sample,
/// rows, exit codes, other log formats, and hostile logs.
final class AuditCommandTests: XCTestCase {
    static let strategy = "Tests/SocialPlanCLITests/Fixtures/audit/support-desk.yaml"
    static let sample = "Tests/SocialPlanCLITests/Fixtures/audit/twcs-sample-93.csv"

    func testGoldenAuditOfEveryAccountInTheRealSample() throws {
        let text = try CLIRunner.run(["audit", Self.strategy, "--log", Self.sample, "--week", "2026-W49"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.hasPrefix("log \(Self.sample): read 93 rows: 93 used, 0 skipped\n"), text.stdout)
        CLIRunner.assertGolden(text.stdout, "audit/support-desk-twcs-93.txt")
        let json = try CLIRunner.run(["audit", Self.strategy, "--log", Self.sample, "--week", "2026-W49", "--format", "json"])
        CLIRunner.assertGolden(json.stdout, "audit/support-desk-twcs-93.json")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let accounts = try XCTUnwrap(object["accounts"] as? [[String: Any]])
        XCTAssertEqual(accounts.count, 13, "13 support accounts answer in the sample")
        for account in accounts {
            for sla in try XCTUnwrap(account["slas"] as? [[String: Any]]) {
                for key in ["mentions", "answered", "met", "breached", "pending", "closed", "attainment", "p50_sla_minutes", "p90_sla_minutes", "p99_sla_minutes",
                            "p50_calendar_minutes", "p90_calendar_minutes", "p99_calendar_minutes"] {
                    XCTAssertTrue(sla.keys.contains(key), "\(key) in \(sla)")
                }
            }
        }
        let csv = try CLIRunner.run(["audit", Self.strategy, "--log", Self.sample, "--week", "2026-W49", "--format", "csv"])
        CLIRunner.assertGolden(csv.stdout, "audit/support-desk-twcs-93.csv")
        let markdown = try CLIRunner.run(["audit", Self.strategy, "--log", Self.sample, "--week", "2026-W49", "--format", "markdown", "--account", "AppleSupport"])
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        CLIRunner.assertGolden(markdown.stdout, "audit/support-desk-twcs-93-applesupport.md")
    }

    /// Issue 11: the 93-row sample's text report was 508 lines and 136 columns wide (13 accounts,
    /// each with two nearly empty heatmaps). Quiet accounts are now one table, heatmaps need the
    /// volume to fill them (or `--heatmaps`), and every line fits 100 columns.
    func testTheSamplesTextReportFitsOneHundredColumns() throws {
        let r = try CLIRunner.run(["audit", Self.strategy, "--log", Self.sample, "--week", "2026-W49"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertLessThanOrEqual(lines.map(\.count).max() ?? 0, 100, r.stdout)
        XCTAssertLessThan(lines.count, 80, "508 lines before")
        XCTAssertFalse(r.stdout.contains("mentions per hour"), "16 mentions cannot fill a 7 × 24 heatmap")
        XCTAssertTrue(r.stdout.contains("accounts with fewer than 10 mentions"), r.stdout)
        XCTAssertTrue(r.stdout.contains("\n  Tesco "), "a quiet account is one line of the summary")
        XCTAssertTrue(r.stdout.contains("SLA's clock") && r.stdout.contains("calendar"), "both clocks labelled")
        let all = try CLIRunner.run(["audit", Self.strategy, "--log", Self.sample, "--week", "2026-W49", "--heatmaps"])
        XCTAssertEqual(all.status, 0, all.stderr)
        XCTAssertTrue(all.stdout.contains("mentions per hour (16 in all)"), all.stdout)
        let markdown = try CLIRunner.run(["audit", Self.strategy, "--log", Self.sample, "--week", "2026-W49", "--format", "markdown"])
        XCTAssertTrue(markdown.stdout.contains("| p90 SLA-clock min |") && markdown.stdout.contains("| p90 calendar min |"), markdown.stdout)
    }

    /// "thanks, got it!" after the account's reply closes the conversation: `closed`, not a
    /// breach, in the rows and the rollup; "thanks, but…" still waits for a reply.
    func testACourtesyFollowUpIsClosedInEveryFormat() throws {
        let folder = try temporaryFolder()
        let log = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
            + "1,111,True,Tue Oct 03 10:00:00 +0000 2017,@Acme my order is late,2,\n"
            + "2,Acme,False,Tue Oct 03 10:05:00 +0000 2017,@111 shipped today ^AB,3,1\n"
            + "3,111,True,Tue Oct 03 10:07:00 +0000 2017,\"@Acme thanks, got it!\",,2\n"
            + "4,112,True,Tue Oct 03 11:00:00 +0000 2017,@Acme my order is late,5,\n"
            + "5,Acme,False,Tue Oct 03 11:05:00 +0000 2017,@112 shipped today ^AB,6,4\n"
            + "6,112,True,Tue Oct 03 11:07:00 +0000 2017,\"@Acme thanks, but the tracking link is broken\",,5\n"
            + "7,113,True,Tue Oct 10 11:07:00 +0000 2017,@Acme hello,,\n"
        let path = try write(log, to: "log.csv", in: folder)
        let rowsPath = folder.appendingPathComponent("rows.csv").path
        let r = try CLIRunner.run(["audit", Self.strategy, "--log", path, "--week", "2026-W49", "--format", "json", "--rows", rowsPath])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = try String(contentsOfFile: rowsPath, encoding: .utf8)
        XCTAssertTrue(rows.contains(",closed,"), rows)
        XCTAssertTrue(rows.contains("6,Acme,urgent,next_reply,30,2017-10-03T11:07:00Z,2017-10-03T11:37:00Z,,10080,4320,breached_unanswered,"), rows)
        XCTAssertTrue(r.stdout.contains("\"closed\": 1"), r.stdout)
        let text = try CLIRunner.run(["audit", Self.strategy, "--log", path, "--week", "2026-W49"])
        XCTAssertTrue(text.stdout.contains("1 closed"), text.stdout)
    }

    func testRowsAreWrittenAndFailUnderExitsOne() throws {
        let folder = try temporaryFolder("audit")
        let rows = folder.appendingPathComponent("rows.csv").path
        let r = try CLIRunner.run(["audit", Self.strategy, "--log", Self.sample, "--week", "2026-W49", "--rows", rows, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = try String(contentsOfFile: rows, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let mentions = try XCTUnwrap((object["counts"] as? [String: Any])?["mentions"] as? Int)
        XCTAssertEqual(lines.count, 1 + mentions, "a header and one row per audited mention")
        XCTAssertTrue(lines[0].hasPrefix("id,account,priority,metric"), lines[0])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["rows.csv"], "no temporary file left")
        let failing = try CLIRunner.run(["audit", Self.strategy, "--log", Self.sample, "--week", "2026-W49", "--fail-under"])
        XCTAssertEqual(failing.status, 1, "the sample misses targets")
    }

    func testMalformedRowsAreSkippedAndReportedWithTheirLine() throws {
        let folder = try temporaryFolder("audit")
        let header = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
        let log = header
            + "1,111,True,Tue Oct 31 22:10:47 +0000 2017,@Acme my order is late,2,\n"
            + "2,Acme,False,Tue Oct 31 22:20:47 +0000 2017,\"@111 sorry, checking\n^AB\",,1\n"
            + "3,112,True,yesterday,@Acme hello,,\n"
            + "4,113,maybe,Tue Oct 31 23:00:00 +0000 2017,@Acme hi,,\n"
            + "5,114,True,Tue Oct 31 23:10:00 +0000 2017,@Acme broken,,\n"
        let path = try write(log, to: "log.csv", in: folder)
        let r = try CLIRunner.run(["audit", Self.strategy, "--log", path, "--week", "2026-W49"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("\(path):5: skipped: created_at 'yesterday' is not a timestamp"), r.stderr)
        XCTAssertTrue(r.stderr.contains("\(path):6: skipped:"), r.stderr)
        XCTAssertTrue(r.stdout.contains("read 5 rows: 3 used, 2 skipped (1 bad-inbound, 1 bad-timestamp)"), r.stdout)
        let strict = try CLIRunner.run(["audit", Self.strategy, "--log", path, "--week", "2026-W49", "--strict"])
        XCTAssertEqual(strict.status, 2)
        XCTAssertTrue(strict.stderr.contains("error: \(path):5: created_at 'yesterday' is not a timestamp"), strict.stderr)
        XCTAssertEqual(strict.stdout, "")
    }

    func testHostileLogsGetAClearMessageAndTheRightExitCode() throws {
        let folder = try temporaryFolder("audit")
        let header = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
        let row = "1,111,True,Tue Oct 31 22:10:47 +0000 2017,@Acme hi,,\n"
        var garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        garbage[0] = 0
        let garbagePath = folder.appendingPathComponent("garbage.bin").path
        try garbage.write(to: URL(fileURLWithPath: garbagePath))
        let cases: [(name: String, content: String?, status: Int32, message: String)] = [
            ("empty.csv", "", 2, "the log is empty"),
            // Issue 14 (item 7): an audit that used no row measured nothing: exit 2 with the reason.
            ("header-only.csv", header, 2, "no row could be used (read 0 rows: 0 used, 0 skipped); nothing was measured"),
            ("wrong-header.csv", "id,user,when\n1,2,3\n", 2, "not a TWCS log"),
            ("truncated.csv", header + row + "2,Acme,False,Tue Oct 31 22:2", 0, "skipped"),
            ("open-quote.csv", header + row + "2,Acme,False,Tue Oct 31 22:20:47 +0000 2017,\"@111 never closed,,1\n", 0, "unterminated"),
            ("garbage.bin", nil, 2, "error:"),
        ]
        for c in cases {
            let path = try c.content.map { try write($0, to: c.name, in: folder) } ?? garbagePath
            let r = try CLIRunner.run(["audit", Self.strategy, "--log", path, "--week", "2026-W49"])
            XCTAssertEqual(r.status, c.status, "\(c.name): \(r.stderr)")
            XCTAssertTrue((r.stdout + r.stderr).contains(c.message), "\(c.name): \(r.stdout) \(r.stderr)")
        }
        let missing = try CLIRunner.run(["audit", Self.strategy, "--log", folder.appendingPathComponent("nope.csv").path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("no such file"), missing.stderr)
        let directory = try CLIRunner.run(["audit", Self.strategy, "--log", folder.path])
        XCTAssertEqual(directory.status, 2)
    }

    /// A line far past the reader's 4 MiB record bound, made by the shell and streamed through
    /// standard input: skipped and reported, the rows around it kept, memory bounded. The line
    /// is 16 MiB in an ordinary run and 1 GiB with `SOCIALPLAN_SLOW_TESTS=1` (7–15 s), where the
    /// memory bound shows that the line is not held.
    func testALineFarPastTheRecordBoundIsSkippedWithoutHoldingIt() throws {
        let header = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id"
        let length = SlowTests.pick(fast: 16 << 20, slow: 1 << 30)
        let script = """
            { printf '%s\\n' '\(header)' '1,111,True,Tue Oct 31 22:10:47 +0000 2017,@Acme hi,,'
              printf '2,112,True,Tue Oct 31 22:11:47 +0000 2017,'
              head -c \(length) /dev/zero | tr '\\0' 'x'
              printf ',,\\n3,113,True,Tue Oct 31 22:12:47 +0000 2017,@Acme hello,,\\n'
            } | /usr/bin/time -f 'peak-kb %M' '\(CLIRunner.executable.path)' audit \(Self.strategy) --log - --week 2026-W49
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = CLIRunner.packageRoot
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { throw XCTSkip("no /usr/bin/time") }
        try process.run()
        let errorData = err.fileHandleForReading.readDataToEndOfFile()
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = String(decoding: errorData, as: UTF8.self), stdout = String(decoding: outputData, as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, stderr)
        XCTAssertTrue(stderr.contains("<stdin>:3: skipped:"), stderr)
        XCTAssertTrue(stdout.contains("read 3 rows: 2 used, 1 skipped (1 record-too-long)"), stdout)
        let peak = stderr.components(separatedBy: "peak-kb ").last.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        XCTAssertLessThan(try XCTUnwrap(peak, stderr), 200_000, "the line is not held in memory")
    }

    func testMappedCSVAndJSONLinesThroughFlags() throws {
        let folder = try temporaryFolder("audit")
        let csv = "msg,reply_to,who,when,body\n"
            + "a1,,7001,2017-10-31 22:00:00,@acme refund please\n"
            + "a2,a1,acme,2017-10-31 22:10:00,@7001 done -Kim\n"
        let csvPath = try write(csv, to: "mapped.csv", in: folder)
        let r = try CLIRunner.run(["audit", Self.strategy, "--log", csvPath, "--log-format", "csv", "--account", "acme",
                                   "--column", "id=msg", "--column", "parent=reply_to", "--column", "author=who",
                                   "--column", "timestamp=when", "--column", "text=body", "--time-format", "%Y-%m-%d %H:%M:%S",
                                   "--format", "json", "--week", "2026-W49"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("\"account\": \"acme\""), r.stdout)
        XCTAssertTrue(r.stdout.contains("\"agent\": \"Kim\""), r.stdout)
        let jsonl = "{\"tweet_id\": 1, \"author_id\": \"7001\", \"inbound\": true, \"created_at\": \"2017-10-31T22:00:00Z\", \"text\": \"@acme hi\"}\n"
            + "{\"tweet_id\": 2, \"author_id\": \"acme\", \"inbound\": false, \"created_at\": \"2017-10-31T22:30:00Z\", \"text\": \"@7001 hello\", \"in_response_to_tweet_id\": 1}\n"
            + "not json\n"
        let jsonlPath = try write(jsonl, to: "log.jsonl", in: folder)
        let j = try CLIRunner.run(["audit", Self.strategy, "--log", jsonlPath, "--log-format", "jsonl", "--format", "csv", "--week", "2026-W49"])
        XCTAssertEqual(j.status, 0, j.stderr)
        XCTAssertTrue(j.stderr.contains(":3: skipped:"), j.stderr)
        // "@acme hi" matches no triage rule: the default priority, `normal` (issue 11), not the last SLA.
        XCTAssertTrue(j.stdout.contains("acme,normal,first_reply,calendar,60,0.8,1,1,1,0,0,0,0,1,yes,30,30,30,30,30,30"), j.stdout)
        let bad = try CLIRunner.run(["audit", Self.strategy, "--log", csvPath, "--log-format", "csv", "--column", "colour=red"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("unknown role `colour`"), bad.stderr)
        let twcsFlags = try CLIRunner.run(["audit", Self.strategy, "--log", Self.sample, "--time-format", "unix"])
        XCTAssertEqual(twcsFlags.status, 2)
    }

    func testForecastPrintsABlockThatLoadsIntoAStrategy() throws {
        let r = try CLIRunner.run(["forecast", Self.strategy, "--log", Self.sample, "--account", "AppleSupport"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("mentions:\n  per_week: "), r.stdout)
        // The sample covers 51 hours of one ISO week: partial, prorated, and a warning on stderr.
        XCTAssertTrue(r.stdout.contains("# derived from 12 mentions in 51 hours covered"), r.stdout)
        XCTAssertTrue(r.stdout.contains("# partial: 2017-W41 51/168 h (30.4 %), prorated\n"), r.stdout)
        XCTAssertTrue(r.stderr.contains("warning: thin history: 0 whole ISO weeks (2 recommended)"), r.stderr)
        XCTAssertEqual(r.stdout.split(separator: "\n").filter { $0.count > 100 }, [])
        CLIRunner.assertGolden(r.stdout, "audit/forecast-applesupport.yaml")
        // Paste it into the strategy in place of its own forecast: it must validate without errors.
        let folder = try temporaryFolder("audit")
        let original = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(Self.strategy), encoding: .utf8)
        let head = original.components(separatedBy: "\nmentions:")[0]
        let pasted = try write(head + "\n" + r.stdout, to: "pasted.yaml", in: folder)
        let check = try CLIRunner.run(["validate", pasted])
        XCTAssertNotEqual(check.status, 1, check.stdout)
        let several = try CLIRunner.run(["forecast", "--log", Self.sample])
        XCTAssertEqual(several.status, 2)
        XCTAssertTrue(several.stderr.contains("pick one with --account"), several.stderr)
        let json = try CLIRunner.run(["forecast", "--log", Self.sample, "--account", "AppleSupport", "--format", "json", "--weeks", "1"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["weeks"] as? Int, 1)
        XCTAssertEqual(object["timezone"] as? String, "UTC")
        XCTAssertEqual(object["basis"] as? String, "prorated")
        XCTAssertEqual(object["thin_history"] as? Bool, true)
        XCTAssertEqual((object["warnings"] as? [String])?.count, 1)
        XCTAssertEqual((object["history"] as? [[String: Any]])?.first?["whole"] as? Bool, false)
        XCTAssertNotNil((object["backtest"] as? [String: Any])?["skipped"])
        let trend = try CLIRunner.run(["forecast", "--log", Self.sample, "--account", "AppleSupport", "--trend"])
        XCTAssertEqual(trend.status, 0, trend.stderr)
        XCTAssertTrue(trend.stderr.contains("warning: no trend: it needs 3 whole weeks"), trend.stderr)
        let zero = try CLIRunner.run(["forecast", "--log", Self.sample, "--account", "AppleSupport", "--weeks", "0"])
        XCTAssertEqual(zero.status, 2)
        XCTAssertTrue(zero.stderr.contains("--weeks must be at least 1"), zero.stderr)
    }

    /// Four whole weeks (2026-W45 … W48, London = UTC in November) of three mentions a day at
    /// 09:05, 12:05 and 18:05, each answered ten minutes later; Monday 16 November is a care
    /// holiday with no mentions. The backtest of W48 is exact; the holiday is out of the profile.
    func testForecastOfWholeWeeksWithTrendBacktestAndHolidays() throws {
        let folder = try temporaryFolder()
        let original = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(Self.strategy), encoding: .utf8)
        let strategy = try write(original.replacingOccurrences(of: "  staff: [role: care]\n",
                                                               with: "  staff: [role: care]\n  holidays: 2026-11-16\n"),
                                 to: "holidays.yaml", in: folder)
        var csv = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
        // The log runs from Monday 2 November 00:10 to Sunday 29 November 23:30 (other brands).
        csv += "900000,99,True,Mon Nov 02 00:10:00 +0000 2026,@Other hello,,\n"
        csv += "900001,99,True,Sun Nov 29 23:30:00 +0000 2026,@Other bye,,\n"
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        var id = 1
        for d in 0..<28 where d != 14 {
            let date = String(format: "%@ Nov %02d", days[d % 7], 2 + d) + " %02d:%02d:00 +0000 2026"
            for hour in [9, 12, 18] {
                csv += "\(id),\(1000 + id),True,\(String(format: date, hour, 5)),@Acme help please,\(id + 1),\n"
                csv += "\(id + 1),Acme,False,\(String(format: date, hour, 15)),@\(1000 + id) on it ^AM,,\(id)\n"
                id += 2
            }
        }
        let log = try write(csv, to: "weeks.csv", in: folder)
        let r = try CLIRunner.run(["forecast", strategy, "--log", log, "--trend"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(r.stderr.contains("warning:"), r.stderr)
        XCTAssertTrue(r.stdout.contains("# whole ISO weeks (Europe/London): 2026-W45 … 2026-W48 (4)\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("# profile: 1 holiday date left out\n"), r.stdout)
        // W45–W47: 21, 21, 18 (the holiday); their line (--trend) gives 17 for W48, which had 21.
        XCTAssertTrue(r.stdout.contains("#   weekly volume: forecast 17, actual 21, error -4 (-19 %)\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("#   hourly profile: WAPE 0 %, MAE 0.00 mentions/hour\n"), r.stdout)
        // 21, 21, 18, 21: slope -0.3 a week, next week 20.25 - 0.3 × 2.5 = 19.5.
        XCTAssertTrue(r.stdout.contains("# trend: -1.5 % per week (-0.30 mentions/week), next week 19.5\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("  per_week: 19.5\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("    mon: [0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 4, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0]\n"), r.stdout)
        XCTAssertEqual(r.stdout.split(separator: "\n").filter { $0.count > 100 }, [])
        let pasted = try write(original.components(separatedBy: "\nmentions:")[0] + "\n" + r.stdout, to: "pasted.yaml", in: folder)
        XCTAssertNotEqual(try CLIRunner.run(["validate", pasted]).status, 1)
        let json = try CLIRunner.run(["forecast", strategy, "--log", log, "--format", "json"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["basis"] as? String, "whole_weeks")
        XCTAssertEqual(object["whole_weeks"] as? Int, 4)
        XCTAssertEqual(object["thin_history"] as? Bool, false)
        XCTAssertEqual(object["holiday_dates"] as? Int, 1)
        let backtest = try XCTUnwrap(object["backtest"] as? [String: Any])
        XCTAssertEqual(backtest["week"] as? String, "2026-W48")
        XCTAssertEqual(backtest["forecast"] as? Double, 20, "without --trend, the mean of 21, 21, 18")
        XCTAssertEqual(backtest["error_percent"] as? Double, -4.8)
        XCTAssertNil(object["trend"] as? [String: Any])
        XCTAssertEqual(backtest["profile_wape_percent"] as? Double, 0)
    }

    /// The strategy's `audit:` block says how to read a mapped log, so no flag is needed; a
    /// custom signature pattern names the agents.
    func testTheStrategysAuditBlockMapsTheLog() throws {
        let folder = try temporaryFolder("audit")
        let original = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(Self.strategy), encoding: .utf8)
        let block = """

            audit:
              format: csv
              columns: { id: msg, parent: reply_to, author: who, timestamp: sent, text: body }
              accounts: ["@Acme"]
              time_format: "%d.%m.%Y %H:%M"
              timezone: Europe/Oslo
              signature: '/([A-Z][a-z]+)$'

            """
        let strategy = try write(original + block, to: "strategy.yaml", in: folder)
        let log = "msg;reply_to;who;sent;body\n".replacingOccurrences(of: ";", with: ",")
            + "1,,5001,31.10.2017 22:00,\"@Acme my order, it is broken\"\n"
            + "2,1,acme,31.10.2017 22:10,@5001 on it /Kari\n"
            + "3,,5002,31.10.2017 22:30,@Acme where is my order\n"
        let path = try write(log, to: "mapped.csv", in: folder)
        let r = try CLIRunner.run(["audit", strategy, "--log", path, "--format", "json", "--week", "2026-W49"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let accounts = try XCTUnwrap(object["accounts"] as? [[String: Any]])
        XCTAssertEqual(accounts.map { $0["account"] as? String }, ["acme"])
        let slas = try XCTUnwrap(accounts[0]["slas"] as? [[String: Any]])
        let urgent = try XCTUnwrap(slas.first { $0["priority"] as? String == "urgent" && $0["metric"] as? String == "first_reply" })
        XCTAssertEqual(urgent["mentions"] as? Int, 1, "'broken' is an urgent keyword")
        XCTAssertEqual(urgent["met"] as? Int, 1, "answered in 10 minutes, limit 15")
        let agents = try XCTUnwrap(accounts[0]["agents"] as? [[String: Any]])
        XCTAssertEqual(agents.first?["agent"] as? String, "Kari")
    }

    /// Several `--account`s are each reported (by name), and `--since`/`--until` keep only the
    /// mentions of the period, counting the others; a time that is not one is refused.
    func testAccountsAndPeriod() throws {
        func json(_ extra: [String]) throws -> [String: Any] {
            let r = try CLIRunner.run(["audit", Self.strategy, "--log", Self.sample, "--week", "2026-W49", "--format", "json"] + extra)
            XCTAssertEqual(r.status, 0, r.stderr)
            return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        }
        let two = try json(["--account", "SpotifyCares", "--account", "AppleSupport"])
        let names = try XCTUnwrap(two["accounts"] as? [[String: Any]]).map { $0["account"] as? String }
        XCTAssertEqual(names, ["AppleSupport", "SpotifyCares"])
        let all = try XCTUnwrap((try json([])["counts"] as? [String: Any])?["mentions"] as? Int)
        let counts = try XCTUnwrap(try json(["--since", "2017-10-11", "--until", "2017-10-11T12:00:00Z"])["counts"] as? [String: Any])
        let kept = try XCTUnwrap(counts["mentions"] as? Int), outside = try XCTUnwrap(counts["outside_period"] as? Int)
        XCTAssertGreaterThan(kept, 0)
        XCTAssertGreaterThan(outside, 0)
        XCTAssertLessThan(kept, all)
        let bad = try CLIRunner.run(["audit", Self.strategy, "--log", Self.sample, "--since", "yesterday"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--since 'yesterday' is not a time"), bad.stderr)
        let reversed = try CLIRunner.run(["audit", Self.strategy, "--log", Self.sample, "--since", "2017-10-12", "--until", "2017-10-11"])
        XCTAssertEqual(reversed.status, 2)
    }
}
