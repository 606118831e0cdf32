import SocialPlanTestSupport
import XCTest
@testable import SocialPlanCore

final class NetworkRulesTests: XCTestCase {
    func testEveryNetworkHasACompleteRowWithSources() {
        for network in Network.allCases {
            let rules = network.rules
            XCTAssertEqual(rules.network, network)
            XCTAssertGreaterThan(rules.textLimit, 0, network.name)
            XCTAssertFalse(rules.hashtagAdvice.sentence.isEmpty, network.name)
            XCTAssertGreaterThanOrEqual(rules.sources.count, 1, network.name)
            for source in rules.sources {
                XCTAssertTrue(source.url.hasPrefix("https://"), "\(network.name): \(source.url)")
                XCTAssertFalse(source.supports.isEmpty, network.name)
                XCTAssertEqual(source.checked, "2026-12-06", network.name)
            }
            for kind in ContentKind.allCases where kind.isPublished {
                let word = rules.word(for: kind)
                let instead = rules.alternative(to: kind)
                XCTAssertFalse(word != nil && instead != nil, "\(network.name) \(kind): a kind it has needs no alternative")
                if let instead { XCTAssertNotNil(rules.word(for: instead), "\(network.name): \(kind) → \(instead) must exist there") }
            }
            XCTAssertEqual(rules.word(for: .replySession), "reply session", network.name)
            XCTAssertEqual(rules.word(for: .task), "task", network.name)
            XCTAssertNil(rules.alternative(to: .task))
        }
    }

    func testTheNumbers() {
        let limits = Network.allCases.map { "\($0.rawValue) \($0.rules.textLimit) \($0.rules.imagesPerPost) \($0.rules.hashtagLimit.map(String.init) ?? "-") \($0.rules.altTextLimit.map(String.init) ?? "-") \($0.rules.videoOnly)" }
        XCTAssertEqual(limits, [
            "x 280 4 - 1000 false",
            "bluesky 300 4 - - false",
            "mastodon 500 4 - 1500 false",
            "threads 500 20 1 - false",
            "instagram 2200 10 5 - false",
            "facebook 63206 10 - - false",
            "linkedin 3000 20 - - false",
            "tiktok 2200 35 - - false",
            "youtube 5000 0 60 - true",
        ])
        XCTAssertEqual(Network.bluesky.rules.byteLimit, 3000)
        XCTAssertEqual(Network.allCases.filter { $0.rules.byteLimit != nil }, [.bluesky])
        XCTAssertEqual(Network.allCases.map(\.rules.counting),
                       [.xWeighted, .graphemes, .mastodon, .threads, .utf16, .utf16, .utf16, .utf16, .utf8Bytes])
        XCTAssertEqual(Network.x.rules.hashtagAdvice.recommendedMost, 2)
        XCTAssertTrue(Network.mastodon.rules.hashtagAdvice.camelCase)
        XCTAssertEqual(Network.threads.rules.hashtagAdvice.sentence, "Threads allows one topic tag per post")
    }

    func testKindWords() {
        XCTAssertEqual(Network.allCases.map { $0.rules.word(for: .repost) ?? "-" },
                       ["repost", "repost", "boost", "repost", "repost", "share", "repost", "repost", "-"])
        XCTAssertEqual(Network.allCases.map { $0.rules.word(for: .thread) ?? "-" },
                       ["thread", "thread", "thread", "thread", "-", "-", "-", "-", "-"])
        XCTAssertEqual(Network.allCases.map { $0.rules.word(for: .carousel) ?? "-" },
                       ["-", "-", "-", "carousel", "carousel", "-", "document", "photo post", "-"])
        XCTAssertEqual(Network.allCases.map { $0.rules.word(for: .video) ?? "-" },
                       ["video", "video", "video", "video", "reel", "reel", "video", "video", "video"])
        XCTAssertEqual(Network.allCases.map { $0.rules.word(for: .post) ?? "-" },
                       ["post", "post", "post", "post", "post", "post", "post", "-", "-"])
    }

    func testAlternatives() {
        XCTAssertEqual(Network.instagram.rules.alternative(to: .thread), .carousel)
        XCTAssertEqual(Network.linkedin.rules.alternative(to: .thread), .post)
        XCTAssertEqual(Network.facebook.rules.alternative(to: .thread), .post)
        XCTAssertEqual(Network.tiktok.rules.alternative(to: .post), .video)
        XCTAssertEqual(Network.tiktok.rules.alternative(to: .thread), .carousel)
        XCTAssertEqual(Network.youtube.rules.alternative(to: .post), .video)
        XCTAssertEqual(Network.x.rules.alternative(to: .carousel), .post)
        XCTAssertNil(Network.youtube.rules.alternative(to: .repost), "nothing stands in for sharing someone's video")
        XCTAssertNil(Network.x.rules.alternative(to: .post), "X has posts")
    }

    func testNetworkWordsAndNames() {
        XCTAssertEqual(Network.allCases.map(\.name),
                       ["X", "Bluesky", "Mastodon", "Threads", "Instagram", "Facebook", "LinkedIn", "TikTok", "YouTube"])
        XCTAssertEqual(["Twitter", "BSKY", "fb", "IG", "yt", "LinkedIn", "x", "Mastodon"].map { Network(word: $0) },
                       [.x, .bluesky, .facebook, .instagram, .youtube, .linkedin, .x, .mastodon])
        XCTAssertNil(Network(word: "myspace"))
        XCTAssertNil(Network(word: ""))
    }

    /// 63206 → "63,206", as the doc writes numbers.
    static func grouped(_ n: Int) -> String {
        var digits = String(n)
        var out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits = String(digits.dropLast(3))
        }
        return digits + out
    }

    func testTheDocNamesEveryNetworkAndLimit() throws {
        let doc = try PackageRoot.text("docs/networks.md")
        for network in Network.allCases {
            let row = doc.split(separator: "\n").first { $0.hasPrefix("| \(network.name) |") }
            XCTAssertNotNil(row, "docs/networks.md has a row for \(network.name)")
            let limit = Self.grouped(network.rules.textLimit)
            XCTAssertTrue(row?.contains(limit) ?? false, "\(network.name)'s row gives \(limit)")
        }
    }
}
