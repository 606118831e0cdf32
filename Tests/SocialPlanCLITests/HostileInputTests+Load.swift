import Foundation
import XCTest
import SocialPlanTestSupport

/// Issue 14, item 2: files that made the loader quadratic (a long list under an `x-` key,
/// aliases, many unknown or duplicate keys, a long profile row, many streams, many merges) are
/// read in time linear in their size. Each size here took far longer than the 20-second guard
/// before (the tree builder copied a list for every item it appended: 50,000 items took 35 s on
/// a release build) and takes a few seconds on the debug build now.
extension HostileInputTests {
    /// A small valid strategy the hostile part is added to (Benchmarks/make_hostile_load.py
    /// writes the same files at the issue's sizes).
    static let loadHead = """
        version: 1
        name: Hostile Load
        timezone: Europe/Oslo
        account: { handle: "@hostile", bio: "Benchmark account." }
        team:
          maya: { roles: [care, editor], available: { mon-fri: "09:00-17:00" } }
        care:
          hours: { mon-fri: "09:00-17:00" }
          staff: [maya]
          handle_time: 6m
          sla: { normal: { first_reply: 2h, target: 80% } }

        """

    func validateBounded(_ tail: String, name: String) throws -> CLIRunner.Output {
        let path = try write(Self.loadHead + tail, to: name, in: try temporaryFolder("load"))
        return try runBounded(["validate", path])
    }

    func testALongListUnderAnXKeyAndManyAliasesLoadInLinearTime() throws {
        let list = try validateBounded("x-notes:\n" + (0..<50_000).map { "  - note \($0)\n" }.joined(), name: "list.yaml")
        XCTAssertEqual(list.status, 0, list.stdout)
        XCTAssertFalse(list.stdout.contains("error"), list.stdout)
        let aliases = try validateBounded("x-one: &one 1\nx-many:\n" + String(repeating: "  - *one\n", count: 100_000), name: "aliases.yaml")
        XCTAssertEqual(aliases.status, 0, aliases.stdout)
        let merges = (0..<5_000).map { "x-m\($0): &m\($0) { k\($0): \($0) }\n" }.joined()
            + "x-all:\n  <<: [" + (0..<5_000).map { "*m\($0)" }.joined(separator: ", ") + "]\n"
        let merged = try validateBounded(merges, name: "merges.yaml")
        XCTAssertEqual(merged.status, 0, merged.stdout)
    }

    func testManyUnknownAndDuplicateKeysAreEachReportedInLinearTime() throws {
        let unknown = try validateBounded((0..<10_000).map { "unknown_key_\($0): \($0)\n" }.joined(), name: "unknown.yaml")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stdout.contains("unknown.yaml:12:1: error: unknown key `unknown_key_0` at the top level"), unknown.stdout.prefix(500) + "")
        XCTAssertTrue(unknown.stdout.contains("1 file checked: 10000 errors"), String(unknown.stdout.suffix(200)))
        let duplicates = try validateBounded(String(repeating: "name: Again\n", count: 10_000), name: "duplicates.yaml")
        XCTAssertEqual(duplicates.status, 1)
        XCTAssertTrue(duplicates.stdout.contains("duplicates.yaml:10011:1: error: duplicate key `name`"), String(duplicates.stdout.suffix(600)))
        XCTAssertTrue(duplicates.stdout.contains("duplicates.yaml:2:1: note: `name` first defined here"), String(duplicates.stdout.prefix(600)))
        XCTAssertTrue(duplicates.stdout.contains("1 file checked: 10000 errors"), String(duplicates.stdout.suffix(200)))
    }

    func testALongProfileRowAndManyStreamsLoadInLinearTime() throws {
        let row = "mentions:\n  per_week: 100\n  profile:\n    mon: [" + Array(repeating: "1", count: 200_000).joined(separator: ", ") + "]\n"
        let profile = try validateBounded(row, name: "profile.yaml")
        XCTAssertEqual(profile.status, 1)
        XCTAssertTrue(profile.stdout.contains("profile.yaml:15:10: error: profile row for mon has 200000 weights, not 24"),
                      String(profile.stdout.prefix(400)))
        let streams = (0..<2_000).map { "  s\($0): { kind: post, by: [maya], every: 2/week, at: { mon-fri: \"09:00-12:00\" } }\n" }.joined()
        let many = try validateBounded("content:\n" + streams, name: "streams.yaml")
        XCTAssertEqual(many.status, 0, String(many.stdout.prefix(600)))
    }

    /// member-overbooked resolved every stream's authors once per member (5,000 members took
    /// 36 s on a release build); now once per stream.
    func testManyMembersAreCheckedInLinearTime() throws {
        let team = (0..<3_000).map { "  m\($0): { roles: [care], available: { mon-fri: \"09:00-17:00\" } }\n" }.joined()
        let streams = (0..<10).map { "  s\($0): { kind: task, by: [\($0 % 2 == 0 ? "m\($0)" : "role: care")], every: weekdays, duration: 30m }\n" }.joined()
        let text = Self.loadHead.replacingOccurrences(of: "team:\n", with: "team:\n" + team) + "content:\n" + streams
        let path = try write(text, to: "members.yaml", in: try temporaryFolder("load"))
        let r = try runBounded(["validate", path])
        XCTAssertEqual(r.status, 0, String(r.stdout.prefix(600)))
        XCTAssertFalse(r.stdout.contains("member-overbooked"), String(r.stdout.prefix(600)))
    }
}
