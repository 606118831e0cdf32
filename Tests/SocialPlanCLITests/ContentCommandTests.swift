import Foundation
import XCTest
import SocialPlanTestSupport

/// The content library through the binary: post files beside a strategy, their findings at
/// their own positions, the posts in the calendar, and the publishing-tool export.
final class ContentCommandTests: XCTestCase {
    private let strategy = """
    version: 1
    name: Kaffebar
    timezone: Europe/Oslo
    accounts:
      ig: { network: instagram, handle: "@kaffebar", bio: "Offisiell konto for Kaffebar." }
      x: { network: x, handle: "@kaffebar", bio: "Offisiell konto for Kaffebar." }
    team:
      kari: { available: { mon-fri: "08:00-16:00" } }
    content:
      news: { by: [kari], every: 2/week, at: { mon-fri: "09:00-11:00" }, hashtags: ["#kaffebar"] }
    posts_from: posts

    """

    private func folder(posts: [String: String]) throws -> (URL, String) {
        let dir = try temporaryFolder("content")
        let path = try write(strategy, to: "kaffebar.yaml", in: dir)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("posts"), withIntermediateDirectories: true)
        for (name, text) in posts { _ = try write(text, to: "posts/\(name)", in: dir) }
        return (dir, path)
    }

    private let good = """
    ---
    stream: news
    status: approved
    approved_by: kari
    media:
      - { url: "https://cdn.kaffebar.no/jul.jpg", alt: "Ein kopp kaffi med kanel" }
    ---
    Julekaffien er her: kanel, kardemomme og appelsin.
    """

    func testFindingsInAPostFilePointIntoThatFile() throws {
        let (_, path) = try folder(posts: ["jul.md": good, "lang.md": """
        ---
        stream: news
        status: approved
        approved_by: kari
        media:
          - { url: "https://cdn.kaffebar.no/a.jpg" }
        ---
        Kort tekst.
        """])
        let r = try CLIRunner.run(["validate", path])
        XCTAssertEqual(r.status, 1, r.stdout)
        XCTAssertTrue(r.stdout.contains("posts/lang.md:6:5: error: an image of post `lang` has no alt text [post-media]"), r.stdout)
        XCTAssertTrue(r.stdout.contains("3 files checked: 1 error"), r.stdout)
    }

    func testAMissingPostFolderIsAnErrorAtTheKey() throws {
        let dir = try temporaryFolder("content")
        let path = try write(strategy, to: "kaffebar.yaml", in: dir)
        let r = try CLIRunner.run(["validate", path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.contains("kaffebar.yaml:11:13: error: posts_from `posts`: there is no folder"), r.stdout)
    }

    func testTheCalendarShowsAccountsAndPostsAndNamesEmptySlots() throws {
        let (_, path) = try folder(posts: ["jul.md": good])
        let r = try CLIRunner.run(["schedule", path, "--week", "2026-W49"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("news (post) — kari → Instagram, X"), r.stdout)
        XCTAssertTrue(r.stdout.contains("“Julekaffien er her: kanel, kardemomme og appelsin. #kaffebar” [jul]"), r.stdout)
        XCTAssertTrue(r.stdout.contains("slots without a post (1)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("news → Instagram, X: every post of news for these accounts is used"), r.stdout)
        XCTAssertTrue(r.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 }, "fits 100 columns")
    }

    func testTheExportWritesOnePostPerAccountAndNamesWhatItLeftOut() throws {
        let (_, path) = try folder(posts: ["jul.md": good])
        let r = try CLIRunner.run(["schedule", path, "--week", "2026-W49", "--export", "postiz-json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let requests = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(requests.count, 1, "one publish time")
        let posts = try XCTUnwrap(requests.first?["posts"] as? [[String: Any]])
        XCTAssertEqual(posts.compactMap { ($0["integration"] as? [String: Any])?["id"] as? String }, ["ig", "x"])
        XCTAssertTrue(r.stderr.contains("postiz-json: 2 posts written"), r.stderr)
        XCTAssertTrue(r.stderr.contains("news: left out: no post fills this slot yet"), r.stderr)
        let both = try CLIRunner.run(["schedule", path, "--export", "postiz-json", "--format", "csv"])
        XCTAssertEqual(both.status, 2, "--export and --format together are a usage error")
        let unknown = try CLIRunner.run(["schedule", path, "--export", "buffer-csv"])
        XCTAssertEqual(unknown.status, 2)
    }

    func testADraftPassesPlainValidationButNotStrictAndLeavesItsSlotEmpty() throws {
        let draft = good.replacingOccurrences(of: "status: approved\napproved_by: kari\n", with: "")
        let (_, path) = try folder(posts: ["jul.md": draft])
        let plain = try CLIRunner.run(["validate", path])
        XCTAssertEqual(plain.status, 0, plain.stdout)
        XCTAssertTrue(plain.stdout.contains("posts/jul.md:1:1: warning: post `jul` is a draft"), plain.stdout)
        XCTAssertEqual(try CLIRunner.run(["validate", "--strict", path]).status, 1)
        let week = try CLIRunner.run(["schedule", path, "--week", "2026-W49"])
        XCTAssertTrue(week.stdout.contains("a draft waits for approval: jul"), week.stdout)
        XCTAssertEqual(try CLIRunner.run(["schedule", path, "--week", "2026-W49", "--strict"]).status, 1, "a slot without an approved post")
    }

    func testTheOlderSingleAccountFormStillSchedules() throws {
        let dir = try temporaryFolder("content")
        let path = try write("""
        version: 1
        name: Kaffebar
        timezone: Europe/Oslo
        account: { handle: "@kaffebar", bio: "Offisiell konto for Kaffebar." }
        team:
          kari: { available: { mon-fri: "08:00-16:00" } }
        content:
          news: { by: [kari], every: 2/week, at: { mon-fri: "09:00-11:00" }, channels: [instagram, x] }
        """, to: "old.yaml", in: dir)
        let v = try CLIRunner.run(["validate", path])
        XCTAssertEqual(v.status, 0, v.stdout)
        XCTAssertTrue(v.stdout.contains("[single-account-form]"))
        XCTAssertEqual(try CLIRunner.run(["validate", "--strict", path]).status, 1)
        let s = try CLIRunner.run(["schedule", path, "--week", "2026-W49"])
        XCTAssertEqual(s.status, 0, s.stderr)
        XCTAssertTrue(s.stdout.contains("posting calendar (2 slots)"), s.stdout)
    }
}

/// The export of a bundled strategy, byte for byte.
final class ExportGoldenTests: XCTestCase {
    func testFjordkaffesWeekForPostizIsGolden() throws {
        let r = try CLIRunner.run(["schedule", "Strategies/fjordkaffe.yaml", "--week", "2026-W49", "--export", "postiz-json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        CLIRunner.assertGolden(r.stdout, "publishing/fjordkaffe-2026-W49.postiz.json")
        CLIRunner.assertGolden(r.stderr, "publishing/fjordkaffe-2026-W49.postiz-notes.txt")
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)))
    }
}
