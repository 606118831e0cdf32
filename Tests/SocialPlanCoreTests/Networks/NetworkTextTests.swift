import XCTest
@testable import SocialPlanCore

final class NetworkTextTests: XCTestCase {
    let family = "👨‍👩‍👧‍👦"      // 7 scalars, 25 UTF-8 bytes, 11 UTF-16 units
    let flag = "🇳🇴"
    let thumbSkin = "👍🏽"
    let combining = "e\u{301}"      // é as e + COMBINING ACUTE ACCENT
    let longURL = "https://example.com/a/very/long/path/that/goes/on/and/on?with=query&and=more#section"

    func length(_ text: String, _ network: Network) -> Int { NetworkText.length(of: text, on: network) }

    func testXCountsWeightedCharactersAfterNFC() {
        XCTAssertEqual(length("hello", .x), 5)
        XCTAssertEqual(length(combining, .x), 1, "NFC makes e + U+0301 one é")
        XCTAssertEqual(length("caf" + combining, .x), 4)
        XCTAssertEqual(length("日本語", .x), 6, "CJK weighs 2")
        XCTAssertEqual(length("한국", .x), 4, "Hangul weighs 2")
        XCTAssertEqual(length("Ωмשع", .x), 4, "Greek, Cyrillic, Hebrew, Arabic weigh 1")
        XCTAssertEqual(length("—“”", .x), 3, "general punctuation in the light ranges weighs 1")
        XCTAssertEqual(length("→", .x), 2, "U+2192 is outside the light ranges")
    }

    func testXCountsEveryEmojiSequenceAsTwo() {
        XCTAssertEqual(length(family, .x), 2, "ZWJ family")
        XCTAssertEqual(length(flag, .x), 2, "flag: two regional indicators")
        XCTAssertEqual(length(thumbSkin, .x), 2, "skin tone")
        XCTAssertEqual(length("🏴󠁧󠁢󠁳󠁣󠁴󠁿", .x), 2, "tag sequence")
        XCTAssertEqual(length("1️⃣", .x), 2, "keycap")
        XCTAssertEqual(length("❤️", .x), 2, "text symbol with VS16")
        XCTAssertEqual(length("©", .x), 1, "bare © is text, in the light range")
        XCTAssertEqual(length("a" + family + "b" + flag, .x), 6)
    }

    func testXCountsEachURLAsTwentyThree() {
        XCTAssertEqual(length(longURL, .x), 23)
        XCTAssertEqual(length("Read " + longURL, .x), 28)
        XCTAssertEqual(length("http://a.co", .x), 23, "a short URL still counts 23")
        XCTAssertEqual(length("see example.com", .x), 27, "a bare host with a known domain is a URL")
        XCTAssertEqual(length("t.co/abc", .x), 23, "a two-letter domain with a path is a URL")
        XCTAssertEqual(length("example.de", .x), 10, "a two-letter domain without a path is not")
        XCTAssertEqual(length("Go to https://x.com.", .x), 30, "the sentence's period is not part of the URL")
        XCTAssertEqual(length("(https://x.com/a_(b))", .x), 25, "balanced parentheses stay in, the outer one does not")
        XCTAssertEqual(length("me@example.com", .x), 14, "an address after @ is no URL")
    }

    func testXAtTheLimitAndOneOver() {
        XCTAssertTrue(NetworkText.fits(String(repeating: "a", count: 280), on: .x))
        XCTAssertFalse(NetworkText.fits(String(repeating: "a", count: 281), on: .x))
        XCTAssertEqual(length(String(repeating: "日", count: 140), .x), 280)
        XCTAssertTrue(NetworkText.fits(String(repeating: "日", count: 140), on: .x))
        XCTAssertFalse(NetworkText.fits(String(repeating: "日", count: 140) + "a", on: .x))
        XCTAssertEqual(length(String(repeating: "a", count: 256) + " " + longURL, .x), 280)
        XCTAssertTrue(NetworkText.fits(String(repeating: "a", count: 256) + " " + longURL, on: .x))
        XCTAssertFalse(NetworkText.fits(String(repeating: "a", count: 257) + " " + longURL, on: .x))
    }

    func testURLRanges() {
        let text = "Plan: https://socialplan.dev/docs, then example.com/x and t.co."
        let found = NetworkText.urls(in: text).map { String(text[$0]) }
        XCTAssertEqual(found, ["https://socialplan.dev/docs", "example.com/x"])
        XCTAssertEqual(NetworkText.urls(in: "https://" + String(repeating: "a", count: 64) + ".com").count, 0, "a label over 63")
        XCTAssertEqual(NetworkText.urls(in: "https://localhost/x").count, 0, "one label")
        XCTAssertEqual(NetworkText.urls(in: "HTTPS://EXAMPLE.ORG").count, 1, "any case")
        XCTAssertEqual(NetworkText.urls(in: "https://bücher.de/ü").map { String("https://bücher.de/ü"[$0]) }, ["https://bücher.de/ü"])
    }

    func testBlueskyCountsGraphemesAndBytes() {
        XCTAssertEqual(length(family, .bluesky), 1)
        XCTAssertEqual(length(flag + thumbSkin, .bluesky), 2)
        XCTAssertEqual(length(combining, .bluesky), 1)
        XCTAssertEqual(length("日本語", .bluesky), 3)
        XCTAssertEqual(length(longURL, .bluesky), longURL.count, "a URL counts as written")
        XCTAssertTrue(NetworkText.fits(String(repeating: "a", count: 300), on: .bluesky))
        XCTAssertFalse(NetworkText.fits(String(repeating: "a", count: 301), on: .bluesky))
        XCTAssertTrue(NetworkText.fits(String(repeating: "日", count: 300), on: .bluesky), "900 bytes")
        XCTAssertTrue(NetworkText.fits(String(repeating: family, count: 120), on: .bluesky), "120 graphemes, exactly 3,000 bytes")
        XCTAssertEqual(length(String(repeating: family, count: 121), .bluesky), 121)
        XCTAssertFalse(NetworkText.fits(String(repeating: family, count: 121), on: .bluesky), "121 graphemes but 3,025 bytes")
        XCTAssertTrue(NetworkText.fits(String(repeating: "😀", count: 300), on: .bluesky), "300 graphemes, 1,200 bytes")
    }

    func testMastodonCountsURLsAsTwentyThreeAndMentionsWithoutTheirServer() {
        XCTAssertEqual(length("@a@b.social hi", .mastodon), 5, "counts as `@a hi`")
        XCTAssertEqual(length("hello @alice@mastodon.social and @bob", .mastodon), 21)
        XCTAssertEqual(length("@user.name@fosstodon.org", .mastodon), 10)
        XCTAssertEqual(length(longURL, .mastodon), 23)
        XCTAssertEqual(length("https://x.co", .mastodon), 23, "short URLs count 23 too")
        XCTAssertEqual(length("example.com", .mastodon), 11, "no protocol, no URL")
        XCTAssertEqual(length("me@x.com", .mastodon), 8, "an address is no mention")
        XCTAssertEqual(length(family + combining, .mastodon), 2, "graphemes")
        XCTAssertEqual(length(String(repeating: "a", count: 476) + " " + longURL, .mastodon), 500)
        XCTAssertTrue(NetworkText.fits(String(repeating: "a", count: 476) + " " + longURL, on: .mastodon))
        XCTAssertFalse(NetworkText.fits(String(repeating: "a", count: 477) + " " + longURL, on: .mastodon))
        XCTAssertEqual(length("a" + longURL, .mastodon), 1 + longURL.count, "a URL glued to a word is no URL")
        XCTAssertTrue(NetworkText.fits(String(repeating: "a", count: 500), on: .mastodon))
        XCTAssertFalse(NetworkText.fits(String(repeating: "a", count: 501), on: .mastodon))
    }

    func testThreadsCountsEmojiAsTheirUTF8Bytes() {
        XCTAssertEqual(length("hello", .threads), 5)
        XCTAssertEqual(length("😀", .threads), 4)
        XCTAssertEqual(length(family, .threads), 25)
        XCTAssertEqual(length(combining + "日本", .threads), 3)
        XCTAssertTrue(NetworkText.fits(String(repeating: "a", count: 496) + "😀", on: .threads))
        XCTAssertFalse(NetworkText.fits(String(repeating: "a", count: 497) + "😀", on: .threads))
    }

    func testUTF16AndByteNetworks() {
        for network in [Network.instagram, .facebook, .linkedin, .tiktok] {
            XCTAssertEqual(length("😀", network), 2, network.name)
            XCTAssertEqual(length(family, network), 11, network.name)
            XCTAssertEqual(length(combining, network), 2, network.name)
            XCTAssertEqual(length("日本", network), 2, network.name)
            XCTAssertEqual(length(longURL, network), longURL.utf16.count, network.name)
        }
        XCTAssertTrue(NetworkText.fits(String(repeating: "a", count: 2200), on: .instagram))
        XCTAssertFalse(NetworkText.fits(String(repeating: "a", count: 2201), on: .instagram))
        XCTAssertFalse(NetworkText.fits(String(repeating: "😀", count: 1101), on: .tiktok), "2,202 UTF-16 units")
        XCTAssertTrue(NetworkText.fits(String(repeating: "a", count: 3000), on: .linkedin))
        XCTAssertFalse(NetworkText.fits(String(repeating: "a", count: 3001), on: .linkedin))
        XCTAssertTrue(NetworkText.fits(String(repeating: "a", count: 63_206), on: .facebook))
        XCTAssertFalse(NetworkText.fits(String(repeating: "a", count: 63_207), on: .facebook))
        XCTAssertEqual(length("é😀", .youtube), 6, "UTF-8 bytes")
        XCTAssertTrue(NetworkText.fits(String(repeating: "é", count: 2500), on: .youtube))
        XCTAssertFalse(NetworkText.fits(String(repeating: "é", count: 2500) + "a", on: .youtube))
    }

    func testHashtags() {
        let text = "#SocialPlan and #2026 and #café, a#b, &#39; #日本 ＃full #snake_case #2026plan"
        XCTAssertEqual(NetworkText.hashtags(in: text), ["SocialPlan", "café", "日本", "full", "snake_case", "2026plan"])
        XCTAssertEqual(NetworkText.hashtags(in: "# alone, ##double"), ["double"])
    }
}
