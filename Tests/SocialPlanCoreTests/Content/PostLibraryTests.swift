import XCTest
@testable import SocialPlanCore

/// The content library: posts written in the strategy and in post files, the text as published,
/// and how `schedule` fills the week's slots.
final class PostLibraryTests: XCTestCase {
    private let base = """
    version: 1
    name: Fjordkaffe
    timezone: Europe/Oslo
    accounts:
      ig: { network: instagram, handle: "@fjordkaffe" }
      x: { network: x, handle: "@fjordkaffe" }
    team:
      kari: { available: { mon-fri: "08:00-18:00" } }
    content:
      news: { by: [kari], every: 3/week, at: { mon-fri: "09:00-11:00" }, hashtags: ["#fjordkaffe"] }

    """

    private func schedule(_ posts: String, week: String = "2026-W49") throws -> (Strategy, WeekSchedule) {
        let loaded = StrategyLoader.load(base + posts)
        XCTAssertFalse(loaded.hasErrors, "\(loaded.diagnostics)")
        let strategy = try XCTUnwrap(loaded.strategy)
        return (strategy, WeekScheduler.schedule(strategy, week: try ISOWeek.parse(week).get()))
    }

    private func approved(_ id: String, _ extra: String = "") -> String {
        "  \(id): { stream: news, text: \"\(id)\", status: approved, approved_by: kari\(extra) }\n"
    }

    func testPublishedTextAddsTheLinkAndTheHashtagsTheTextDoesNotHold() {
        var post = Post(id: "p", positions: KeyPositions(own: SourcePosition(line: 1, column: 1)))
        post.text = [Located("Julekaffi is back #Fjordkaffe", at: SourcePosition(line: 1, column: 1))]
        post.link = Located("https://fjordkaffe.no/jul", at: SourcePosition(line: 1, column: 1))
        post.hashtags = [Located("#julekaffi", at: SourcePosition(line: 1, column: 1))]
        XCTAssertEqual(post.publishedText(hashtags: ["#fjordkaffe", "#kaffi"]),
                       ["Julekaffi is back #Fjordkaffe\n\nhttps://fjordkaffe.no/jul\n\n#kaffi #julekaffi"])
    }

    func testFreshestApprovedFirstAndDraftsNeverFill() throws {
        let (_, week) = try schedule("posts:\n" + approved("old", ", not_before: 2026-10-01") + approved("new", ", not_before: 2026-11-25")
                                     + approved("undated") + "  draft: { stream: news, text: \"draft\" }\n")
        XCTAssertEqual(week.posts.map(\.post), ["new", "old", "undated"])
        XCTAssertEqual(week.emptySlots, [])
    }

    func testDatesAndAccountsDecideWhichPostFits() throws {
        let (_, week) = try schedule("posts:\n" + approved("too-early", ", not_before: 2026-12-10")
                                     + approved("expired", ", not_after: 2026-11-29")
                                     + approved("ig-only", ", accounts: [ig]")
                                     + approved("monday-only", ", not_after: 2026-11-30"))
        XCTAssertEqual(week.posts.map(\.post), ["monday-only", nil, nil], "only one post fits both accounts on the week's dates")
        XCTAssertEqual(week.emptySlots.count, 2)
        XCTAssertEqual(week.emptySlots.first?.reason, "every post of news for these accounts is used, outside its dates or too recent to recycle")
    }

    func testEvergreenPostsComeBackOnlyAfterRecycleAfter() throws {
        let (_, week) = try schedule("posts:\n" + approved("evergreen", ", recycle_after: 2d")
                                     + approved("recent", ", recycle_after: 8w, published: [2026-11-01]")
                                     + approved("due", ", recycle_after: 4w, published: [2026-10-01]"))
        // Mon: `evergreen` (never out before) goes first. Wed: `evergreen` (out Monday, two whole
        // days ago) and `due` (out 2026-10-01) are both recycled; the one out longest ago goes
        // first. `recent` waits until 8 weeks after 2026-11-01. Fri: `evergreen` again.
        XCTAssertEqual(week.posts.map(\.date.description), ["2026-11-30", "2026-12-02", "2026-12-04"])
        XCTAssertEqual(week.posts.map(\.post), ["evergreen", "due", "evergreen"])
    }

    func testAnEmptySlotNamesTheDraftsWaitingForApproval() throws {
        let (_, week) = try schedule("posts:\n  a: { stream: news, text: a }\n  b: { stream: news, text: b }\n")
        XCTAssertEqual(week.emptySlots.count, 3)
        XCTAssertEqual(week.emptySlots.first?.reason, "2 drafts wait for approval: a, b")
    }

    func testWithoutALibraryNoSlotIsReportedEmpty() throws {
        let (_, week) = try schedule("")
        XCTAssertFalse(week.hasLibrary)
        XCTAssertEqual(week.emptySlots, [])
        XCTAssertTrue(week.posts.allSatisfy { $0.post == nil })
    }

    func testPostFilesReadFrontMatterAndThreadPartsWithTheirOwnPositions() throws {
        let file = """
        ---
        stream: news
        status: approved
        approved_by: kari
        ---
        First part.
        ---

        Second part.
        """
        let folder: StrategyLoader.PostFolderReader = { name in
            XCTAssertEqual(name, "posts")
            return .success([PostFileSource(path: "posts/brew.md", bytes: Array(file.utf8)),
                             PostFileSource(path: "posts/broken.md", bytes: Array("---\nstream: nws\ntext: x\n---\nHi\n".utf8))])
        }
        let r = StrategyLoader.load(base + "posts_from: posts\n", posts: folder)
        let s = try XCTUnwrap(r.strategy)
        let brew = try XCTUnwrap(s.post("brew"))
        XCTAssertEqual(brew.text.map(\.value), ["First part.", "Second part."])
        XCTAssertEqual(brew.text.map(\.position.line), [6, 8])
        XCTAssertEqual(brew.file, "posts/brew.md")
        let broken = r.diagnostics.filter { $0.file == "posts/broken.md" }
        XCTAssertEqual(broken.map(\.id), ["unknown-key", "unknown-reference"])
        XCTAssertEqual(broken.map(\.position), [SourcePosition(line: 3, column: 1), SourcePosition(line: 2, column: 9)])
    }

    func testAPostFileWithoutFrontMatterAndAMissingFolderAreErrors() {
        let noFrontMatter = StrategyLoader.load(base + "posts_from: posts\n", posts: { _ in
            .success([PostFileSource(path: "posts/a.md", bytes: Array("Just text\n".utf8))])
        })
        XCTAssertEqual(noFrontMatter.diagnostics.map(\.id), ["post-front-matter"])
        XCTAssertEqual(noFrontMatter.diagnostics.first?.file, "posts/a.md")
        let missing = StrategyLoader.load(base + "posts_from: posts\n", posts: { _ in .failure(ValueError("there is no folder posts")) })
        XCTAssertEqual(missing.diagnostics.map(\.id), ["posts-from"])
        XCTAssertEqual(missing.diagnostics.first?.position, SourcePosition(line: 11, column: 13))
    }

    func testValidationGroupsFindingsByFile() {
        let outcome = StrategyValidation.validate(bytes: Array((base + "posts_from: posts\n").utf8), path: "strategies/shop.yaml",
                                                  posts: { _ in .success([PostFileSource(path: "posts/a.md", bytes: Array("---\nstream: news\n---\nHi\n".utf8))]) })
        XCTAssertEqual(outcome.postReports.map(\.file.path), ["strategies/posts/a.md"])
        XCTAssertEqual(outcome.postReports.first?.diagnostics.map(\.id), ["post-media", "post-unapproved"], "no image for Instagram; a draft")
        XCTAssertFalse(outcome.report.diagnostics.contains { $0.id == "post-unapproved" })
    }
}

/// Posts checked as each of their networks counts them.
final class PostNetworkCheckTests: XCTestCase {
    private func findings(_ accounts: String, text: String, extra: String = "") -> [Diagnostic] {
        let file = """
        version: 1
        name: Kissa
        timezone: Asia/Tokyo
        accounts:
        \(accounts)
        team:
          yui: { available: { mon-fri: "08:00-16:00" } }
        content:
          news: { by: [yui], every: 1/week }
        posts:
          p: { stream: news, status: approved, approved_by: yui, text: "\(text)"\(extra) }
        """
        let outcome = StrategyValidation.validate(bytes: Array(file.utf8), path: "kissa.yaml")
        return outcome.report.diagnostics.filter { $0.id.hasPrefix("post-") || $0.id.hasPrefix("hashtag") }
    }

    func testCJKCountsDoubleOnXButNotOnBluesky() {
        let text = String(repeating: "日", count: 141)
        let x = findings("  x: { network: x, handle: \"@kissa\", bio: \"Official account of Kissa.\" }", text: text)
        XCTAssertEqual(x.map(\.message), ["post `p` is 282 characters as X counts them; X allows 280"])
        let bluesky = findings("  b: { network: bluesky, handle: \"@kissa.bsky.social\", bio: \"Official account of Kissa.\" }", text: text)
        XCTAssertEqual(bluesky, [])
    }

    func testALongLinkCountsTwentyThreeOnXAndMastodonButWhollyOnBluesky() {
        let link = "https://kissa.example/" + String(repeating: "a", count: 290)
        let x = findings("  x: { network: x, handle: \"@kissa\", bio: \"Official account of Kissa.\" }", text: "New menu \(link)")
        XCTAssertEqual(x, [])
        let masto = findings("  m: { network: mastodon, handle: \"@kissa@mastodon.social\", bio: \"Official account of Kissa.\" }", text: "New menu \(link)")
        XCTAssertEqual(masto, [])
        let bluesky = findings("  b: { network: bluesky, handle: \"@kissa.bsky.social\", bio: \"Official account of Kissa.\" }", text: "New menu \(link)")
        XCTAssertEqual(bluesky.map(\.id), ["post-too-long"])
    }

    func testTheAddedHashtagsAndLinkCountToo() {
        // 270 characters of text plus the link (23 on X) goes over.
        let x = findings("  x: { network: x, handle: \"@kissa\", bio: \"Official account of Kissa.\" }",
                         text: String(repeating: "a", count: 270), extra: ", link: https://kissa.example/menu")
        XCTAssertEqual(x.map(\.message), ["post `p` is 295 characters as X counts them; X allows 280"])
    }
}

extension PostLibraryTests {
    func testAPostFileWithAByteOrderMarkAndWindowsLineEndsReads() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\nstream: news\r\nstatus: approved\r\napproved_by: kari\r\n---\r\nHei\r\n---\r\nPå deg\r\n".utf8)
        let r = StrategyLoader.load(base + "posts_from: posts\n", posts: { _ in .success([PostFileSource(path: "posts/a.md", bytes: bytes)]) })
        XCTAssertEqual(r.diagnostics.filter { $0.severity == .error }, [])
        XCTAssertEqual(r.strategy?.post("a")?.text.map(\.value), ["Hei", "På deg"])
        XCTAssertEqual(r.strategy?.post("a")?.status, .approved)
    }
}
