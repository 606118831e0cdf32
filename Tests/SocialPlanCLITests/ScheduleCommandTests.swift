import Foundation
import XCTest
import SocialPlanTestSupport

/// `socialplan schedule` through the binary: formats, golden output, DST weeks, exit codes.
final class ScheduleCommandTests: XCTestCase {
    static let fixture = "Tests/SocialPlanCLITests/Fixtures/schedule/oslo-newyork.yaml"

    func testTextPlanOfABundledStrategyIsGolden() throws {
        let r = try CLIRunner.run(["schedule", "Strategies/fjordkaffe.yaml", "--week", "2026-W49"])
        XCTAssertEqual(r.status, 0, r.stderr)
        CLIRunner.assertGolden(r.stdout, "schedule/fjordkaffe-2026-W49.txt")
        let markdown = try CLIRunner.run(["schedule", "Strategies/fjordkaffe.yaml", "--week", "2026-W49", "--format", "markdown"])
        CLIRunner.assertGolden(markdown.stdout, "schedule/fjordkaffe-2026-W49.md")
    }

    func testCalendarsAcrossDaylightSavingChangesAreGolden() throws {
        for week in ["2026-W13", "2026-W43"] {
            let r = try CLIRunner.run(["schedule", Self.fixture, "--week", week, "--format", "ics"])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
            XCTAssertFalse(r.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF only")
            CLIRunner.assertGolden(r.stdout, "schedule/oslo-newyork-\(week).ics")
            let noah = try CLIRunner.run(["schedule", Self.fixture, "--week", week, "--format", "ics", "--member", "noah"])
            XCTAssertTrue(noah.stdout.contains("TZID=America/New_York"), "a member's calendar is in their zone")
            CLIRunner.assertGolden(noah.stdout, "schedule/oslo-newyork-\(week)-noah.ics")
        }
    }

    func testPostsKeepOsloWallTimesInEveryWeekAroundTheChanges() throws {
        var starts = Set<String>()
        for week in ["2026-W10", "2026-W12", "2026-W13", "2026-W14", "2026-W43", "2026-W44", "2026-W45"] {
            let r = try CLIRunner.run(["schedule", Self.fixture, "--week", week, "--format", "json"])
            XCTAssertEqual(r.status, 0, r.stderr)
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            let posts = try XCTUnwrap(object["posts"] as? [[String: Any]])
            XCTAssertEqual(posts.filter { $0["stream"] as? String == "tea-of-the-week" }.count, 3, week)
            for p in posts where p["stream"] as? String == "tea-of-the-week" {
                starts.insert(String((p["local_start"] as? String ?? "").suffix(5)))
            }
            let hours = try XCTUnwrap(object["hours"] as? Int)
            XCTAssertEqual(hours, ["2026-W13": 167, "2026-W43": 169][week] ?? 168, week)
            XCTAssertEqual((object["intervals"] as? [Any])?.count, hours * 4)
        }
        XCTAssertEqual(starts, ["10:00"], "the middle of the 09:00–11:00 window in Oslo, whatever the offsets")
    }

    func testCSVHasOneRowPerSlotAndShift() throws {
        let r = try CLIRunner.run(["schedule", Self.fixture, "--week", "2026-W49", "--format", "csv"])
        XCTAssertEqual(r.status, 0)
        let rows = r.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(rows.first, "type,stream,kind,member,member_name,local_date,local_start,local_end,timezone,utc_start,utc_end,hashtags,accounts,about,fixed,post,text")
        let json = try CLIRunner.run(["schedule", Self.fixture, "--week", "2026-W49", "--format", "json"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let count = ((object["posts"] as? [Any])?.count ?? 0) + ((object["shifts"] as? [Any])?.count ?? 0)
        XCTAssertEqual(rows.count - 1, count)
        XCTAssertTrue(rows.contains { $0.contains("\"Tea of the week, with a brewing tip; \"\"ask us\"\" at the end\"") }, "quotes doubled")
    }

    func testMemberFilterAndStrict() throws {
        let siri = try CLIRunner.run(["schedule", Self.fixture, "--week", "2026-W49", "--member", "siri", "--format", "json"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(siri.stdout.utf8)) as? [String: Any])
        XCTAssertTrue(((object["shifts"] as? [[String: Any]]) ?? []).allSatisfy { $0["member"] as? String == "siri" })
        XCTAssertTrue(((object["posts"] as? [[String: Any]]) ?? []).allSatisfy { $0["member"] as? String == "siri" })
        // The text view of one member counts only that member's hours of all duties.
        let kari = try CLIRunner.run(["schedule", "Strategies/fjordkaffe.yaml", "--week", "2026-W49", "--member", "kari"])
        let hours = try XCTUnwrap(kari.stdout.split(separator: "\n").first { $0.contains("hours of all duties:") })
        XCTAssertTrue(hours.hasSuffix("hours of all duties: Kari 33h20 of 35h"), String(hours))
        let strict = try CLIRunner.run(["schedule", "Strategies/nordlys-outdoor.yaml", "--week", "2026-W49", "--strict"])
        XCTAssertEqual(strict.status, 1, "nordlys is understaffed on purpose")
        XCTAssertFalse(strict.stdout.isEmpty, "the plan is still printed")
    }

    func testUsageAndInputErrors() throws {
        XCTAssertEqual(try CLIRunner.run(["schedule", Self.fixture, "--week", "2026-W54"]).status, 2)
        XCTAssertEqual(try CLIRunner.run(["schedule", Self.fixture, "--week", "next"]).status, 2)
        let member = try CLIRunner.run(["schedule", Self.fixture, "--member", "nooh"])
        XCTAssertEqual(member.status, 2)
        XCTAssertTrue(member.stderr.contains("did you mean `noah`?"), member.stderr)
        XCTAssertEqual(try CLIRunner.run(["schedule", "missing.yaml"]).status, 2)
        let broken = try CLIRunner.run(["schedule", "Tests/SocialPlanCLITests/Fixtures/broken/typo-keys.yaml"])
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.stderr.contains("fix them first"), broken.stderr)
        XCTAssertEqual(broken.stdout, "")
    }

    func testDefaultWeekIsNextWeek() throws {
        let r = try CLIRunner.run(["schedule", Self.fixture, "--format", "json"])
        XCTAssertEqual(r.status, 0)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertNotNil((object["week"] as? String)?.range(of: #"^\d{4}-W\d{2}$"#, options: .regularExpression))
    }
}
