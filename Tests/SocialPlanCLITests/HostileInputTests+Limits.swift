import Foundation
import XCTest
import SocialPlanTestSupport

/// Issue 14, item 1: the numbers that crashed (exit 132) or hung every command now stop at
/// loading with exit 1, the value's position and the limit named (docs/limits.md).
extension HostileInputTests {
    /// One out-of-range value in the template: what it replaces, the commands that crashed or
    /// hung on it, and the start of the message now shown at its line.
    struct LimitCase {
        let old: String
        let new: String
        let commands: [String]
        let message: String
    }

    static let limitCases: [LimitCase] = [
        LimitCase(old: "max_hours_per_week: 40", new: "max_hours_per_week: 1e300", commands: ["validate", "schedule", "check", "simulate"],
                  message: "member `maya` max_hours_per_week 1e300 is more than 168, the hours in a week"),
        LimitCase(old: "shrinkage: 20%", new: "shrinkage: 99999999999999999999%", commands: ["validate", "schedule", "check", "simulate"],
                  message: "care shrinkage: `99999999999999999999%` is beyond ±1,000,000%"),
        LimitCase(old: "cv: 1.0", new: "cv: 1e300", commands: ["check", "simulate"],
                  message: "care handle_time cv 1e300 is more than 10"),
        LimitCase(old: "per_week: 150 ", new: "per_week: 1e7 ", commands: ["schedule", "check", "simulate"],
                  message: "mentions per_week 1e7 is more than 100,000, the most one simulated week holds in the time budget"),
        LimitCase(old: "per_week: 150 ", new: "per_week: 1e9 ", commands: ["check", "simulate"],
                  message: "mentions per_week 1e9 is more than 100,000"),
        LimitCase(old: "per_week: 150 ", new: "per_week: 1e15 ", commands: ["check", "simulate"],
                  message: "mentions per_week 1e15 is more than 100,000"),
        LimitCase(old: "factor: 3", new: "factor: 1e6", commands: ["check", "simulate"],
                  message: "event factor 1e6 is more than 100"),
        LimitCase(old: "factor: 3", new: "factor: 1e300", commands: ["check", "simulate"],
                  message: "event factor 1e300 is more than 100"),
        LimitCase(old: "replies_per_post: 5 ", new: "replies_per_post: 1e9 ", commands: ["schedule", "check", "simulate"],
                  message: "stream `new-in` replies_per_post 1e9 is more than 1,000"),
        LimitCase(old: "max_per_day: 2", new: "max_per_day: 9223372036854775807", commands: ["validate", "schedule", "check", "simulate"],
                  message: "publishing max_per_day 9223372036854775807 is more than 96"),
        LimitCase(old: "every: 2/week", new: "every: 1000/day", commands: ["schedule"],
                  message: "stream `new-in` every: `1000/day` is more than 24/day"),
    ]

    func testNumbersThatCrashedOrHungStopAtLoadingWithTheLimitNamed() throws {
        let folder = try temporaryFolder("limits")
        for (i, c) in Self.limitCases.enumerated() {
            let path = try strategy(replacing: c.old, with: c.new, in: folder, name: "limit-\(i).yaml")
            let at = try line(of: c.new.trimmingCharacters(in: .whitespaces), in: path)
            for command in c.commands {
                let args = [command, path] + (command == "validate" ? [] : ["--week", "2026-W49"])
                let r = try runBounded(args)
                XCTAssertEqual(r.status, 1, "\(args): \(r.stdout)\(r.stderr)")
                let shown = r.stdout + r.stderr
                XCTAssertTrue(shown.contains("limit-\(i).yaml:\(at):"), "\(args) names the line: \(shown)")
                XCTAssertTrue(shown.contains(c.message), "\(args): \(shown)")
            }
        }
    }

    func testAFactorOnABusyWeekIsRefusedAsTheBusiestWeek() throws {
        let folder = try temporaryFolder("limits")
        let busy = try strategy(replacing: "per_week: 150 ", with: "per_week: 60000 ", in: folder)
        let text = try String(contentsOfFile: busy, encoding: .utf8)
            .replacingOccurrences(of: "\"2026-11-28 00:00\", factor: 3", with: "\"2026-12-05 00:00\", factor: 5")
        try text.write(toFile: busy, atomically: true, encoding: .utf8)
        let r = try runBounded(["check", busy, "--week", "2026-W49"])
        XCTAssertEqual(r.status, 1, r.stdout + r.stderr)
        let shown = r.stdout + r.stderr
        XCTAssertTrue(shown.contains("s.yaml:\(try line(of: "per_week: 60000", in: busy)):"), shown)
        XCTAssertTrue(shown.contains("the busiest week expects about"), shown)
    }

    /// Issue 14, item 2: `schedule` refuses a care team too large to plan before planning, with
    /// the estimate and the line of `care.staff`, exit 1 like every file error.
    func testACareTeamTooLargeToPlanIsRefusedUpFront() throws {
        let folder = try temporaryFolder("limits")
        let members = (0..<1500).map { "  p\($0): { roles: [care], available: { mon-fri: \"08:00-16:00\" } }" }
        let idLine = "# one entry per person; the key is their id\n"
        let path = try strategy(replacing: idLine, with: idLine + members.joined(separator: "\n") + "\n", in: folder)
        let r = try runBounded(["schedule", path, "--week", "2026-W49"])
        XCTAssertEqual(r.status, 1, r.stdout + r.stderr)
        let shown = r.stdout + r.stderr
        XCTAssertTrue(shown.contains("the care rota would plan 1,50"), shown)
        XCTAssertTrue(shown.contains("care staff × 676 intervals"), shown)
        XCTAssertTrue(shown.contains("more than 1,000,000"), shown)
        XCTAssertTrue(shown.contains("s.yaml:\(try line(of: "staff:", in: path)):"), shown)
        XCTAssertFalse(shown.contains("shifts"), "nothing was planned: \(shown)")
    }

    func testFlagsBeyondTheirLimitsAreUsageErrors() throws {
        let weeks = try runBounded(["forecast", Self.desk, "--log", Self.sample, "--account", "AppleSupport", "--weeks", "9223372036854775807"])
        XCTAssertEqual(weeks.status, 2, weeks.stderr)
        XCTAssertTrue(weeks.stderr.contains("--weeks 9223372036854775807 is more than 520"), weeks.stderr)
        let sample = try runBounded(["triage", Self.desk, "--log", Self.sample, "--sample", "9223372036854775807"])
        XCTAssertEqual(sample.status, 2, sample.stderr)
        XCTAssertTrue(sample.stderr.contains("--sample 9223372036854775807 is more than 100,000"), sample.stderr)
        let folder = try temporaryFolder("limits")
        let busy = try strategy(replacing: "per_week: 150 ", with: "per_week: 10000 ", in: folder)
        let scaled = try runBounded(["simulate", busy, "--week", "2026-W49", "--scale-volume", "100"])
        XCTAssertEqual(scaled.status, 2, scaled.stderr)
        XCTAssertTrue(scaled.stderr.contains("--scale-volume 100.0 makes the busiest week about"), scaled.stderr)
    }

    /// Issue 14 item 2: a run that could simulate more than the work budget stops before it
    /// starts, with the estimate and the replications that fit (docs/limits.md).
    func testARunThatWouldSimulateTooMuchIsRefusedBeforeItStarts() throws {
        let folder = try temporaryFolder("work")
        let busy = try strategy(replacing: "per_week: 150 ", with: "per_week: 10000 ", in: folder)
        let check = try runBounded(["check", busy, "--week", "2026-W49", "--replications", "1000"])
        XCTAssertEqual(check.status, 2, check.stdout + check.stderr)
        XCTAssertEqual(check.stdout, "")
        XCTAssertTrue(check.stderr.split(separator: "\n").allSatisfy { $0.count <= 100 }, check.stderr)
        let said = check.stderr.replacingOccurrences(of: "\n  ", with: " ")
        XCTAssertTrue(said.hasPrefix("error: too much to simulate: about "), said)
        XCTAssertTrue(said.contains("in the busiest week × 5,120 weeks: up to 1,000 for the verdict and 4,120 for the fix search), "
                                    + "more than 50,000,000"), said)
        XCTAssertTrue(said.contains("\nhelp: use --replications "), said)
        let huge = try strategy(replacing: "per_week: 150 ", with: "per_week: 55000 ", in: folder, name: "huge.yaml")
        let simulate = try runBounded(["simulate", huge, "--week", "2026-W49", "--replications", "1000"])
        XCTAssertEqual(simulate.status, 2, simulate.stdout + simulate.stderr)
        XCTAssertTrue(simulate.stderr.replacingOccurrences(of: "\n  ", with: " ")
            .contains("× 1,000 weeks: up to 1,000 for the verdict), more than 50,000,000"), simulate.stderr)
    }

    /// Runs the binary like ``run(_:stdin:file:line:)``, killed after 20 seconds (exit 124) so
    /// a hang fails the test instead of stopping the suite.
    func runBounded(_ args: [String], file: StaticString = #filePath, line: UInt = #line) throws -> CLIRunner.Output {
        let r = try CLIRunner.run(args, timeout: 20)
        XCTAssertNotEqual(r.status, 124, "\(args.joined(separator: " ")) still ran after 20 s", file: file, line: line)
        XCTAssertNotEqual(r.status, 132, "\(args.joined(separator: " ")) trapped", file: file, line: line)
        assertNoControl(r.stdout, "stdout of \(args.joined(separator: " "))", file: file, line: line)
        assertNoControl(r.stderr, "stderr of \(args.joined(separator: " "))", file: file, line: line)
        return r
    }
}
