import Foundation
import XCTest
import SocialPlanTestSupport
@testable import SocialPlanCore

/// `schedule --format postiz-json`: Postiz's create-post request bodies (docs/calendar-export.md).
final class PostizExportTests: XCTestCase {
    /// The whole file and its notes on the fixture, byte for byte.
    func testFixtureMatchesGolden() {
        let result = PublishingExport.postizJSON.render(PublishingFixture.items)
        GoldenFile.assert(result.text, matches: "Tests/SocialPlanCLITests/Golden/publishing/postiz.json")
        GoldenFile.assert(result.notes.joined(separator: "\n") + "\n", matches: "Tests/SocialPlanCLITests/Golden/publishing/postiz-notes.txt")
    }

    func testOnlyVerifiedToolsAreOffered() {
        XCTAssertEqual(PublishingExport.allCases.map(\.rawValue), ["postiz-json"])
        XCTAssertEqual(PublishingExport(rawValue: "postiz-json"), .postizJSON)
    }

    /// The documented example's form: UTC with milliseconds.
    func testDateIsUTCWithMilliseconds() {
        XCTAssertEqual(PostizExport.date(PublishingFixture.monday), "2026-12-07T08:00:00.000Z")
        XCTAssertEqual(PostizExport.date(PublishingFixture.firstHalfPastTwo), "2026-10-25T00:30:00.000Z")
    }

    /// Postiz keeps content as HTML: one paragraph per line, `& < >` escaped, empty lines kept.
    func testContentIsHTMLParagraphs() {
        XCTAssertEqual(PostizExport.html("Fish & chips <3 > tea"), "<p>Fish &amp; chips &lt;3 &gt; tea</p>")
        XCTAssertEqual(PostizExport.html("a\n\nb"), "<p>a</p><p></p><p>b</p>")
        XCTAssertEqual(PostizExport.html("a\r\nb\rc"), "<p>a</p><p>b</p><p>c</p>")
        XCTAssertEqual(PostizExport.html(""), "")
        XCTAssertEqual(PostizExport.html("Smørbrød ☕ «ja»"), "<p>Smørbrød ☕ «ja»</p>")
    }

    /// Quotes become JSON escapes; commas and non-ASCII are written as they are.
    func testQuotesInTextAreJSONEscaped() {
        let item = PublishingItem(accountID: "a", network: "bluesky", handle: "@a", start: 0, zone: "Etc/UTC", stream: "s",
                                  postID: "p", text: ["Say \"hei\", Åse"])
        XCTAssertTrue(PublishingExport.postizJSON.render([item]).text.contains(#""content": "<p>Say \"hei\", Åse</p>""#))
    }

    /// One body per instant; the items of an instant are its posts.
    func testOneRequestPerPublishTime() {
        func item(_ account: String, _ start: Int) -> PublishingItem {
            PublishingItem(accountID: account, network: "mastodon", handle: "@m", start: start, zone: "Europe/Oslo",
                           stream: "s", postID: "p", text: ["hi"])
        }
        let result = PublishingExport.postizJSON.render([item("b", 600), item("a", 0), item("c", 0)])
        XCTAssertEqual(result.text.components(separatedBy: "\"date\": ").count - 1, 2)
        XCTAssertEqual(result.text.components(separatedBy: "\"integration\": ").count - 1, 3)
        XCTAssertEqual(result.notes.first, "2 requests, one per publish time: send each element of the array as its own POST /public/v1/posts (Postiz limits API requests per hour)")
        let a = result.text.range(of: "\"id\": \"a\""), c = result.text.range(of: "\"id\": \"c\""), b = result.text.range(of: "\"id\": \"b\"")
        XCTAssertTrue(a.map { x in c.map { x.lowerBound < $0.lowerBound } ?? false } ?? false, "accounts in order within a time")
        XCTAssertTrue(c.map { x in b.map { x.lowerBound < $0.lowerBound } ?? false } ?? false, "times in order")
    }

    /// The required settings: x's reply audience, instagram's post type; the rest only `__type`.
    func testProviderSettings() {
        let text = PublishingExport.postizJSON.render(PublishingFixture.items).text
        XCTAssertTrue(text.contains("\"__type\": \"x\",\n          \"who_can_reply_post\": \"everyone\""), text)
        XCTAssertTrue(text.contains("\"__type\": \"instagram\",\n          \"post_type\": \"post\""), text)
        let bluesky = PublishingItem(accountID: "b", network: "bluesky", handle: "@b", start: 0, zone: "Etc/UTC", stream: "s", postID: "p", text: ["x"])
        XCTAssertTrue(PublishingExport.postizJSON.render([bluesky]).text.contains("\"settings\": {\n          \"__type\": \"bluesky\"\n        }"))
    }

    /// A link not already in the text is added to the first part, with a note.
    func testLinkIsAppendedOnceWithNote() {
        var item = PublishingItem(accountID: "a", network: "threads", handle: "@a", start: 0, zone: "Etc/UTC", stream: "s",
                                  postID: "p", text: ["New menu", "Part two"], link: "https://x.no/m")
        var result = PublishingExport.postizJSON.render([item])
        XCTAssertTrue(result.text.contains(#""content": "<p>New menu</p><p></p><p>https://x.no/m</p>""#), result.text)
        XCTAssertTrue(result.notes.contains("a 1970-01-01 00:00 Etc/UTC, post p: link added to the end of the text (Postiz has no link field)"), "\(result.notes)")
        item.text = ["Menu: https://x.no/m"]
        result = PublishingExport.postizJSON.render([item])
        XCTAssertFalse(result.notes.contains { $0.contains("link added") }, "a link already in the text is not added again")
    }

    /// Nothing is dropped silently: every item left out has a note saying why.
    func testLeftOutItemsAreNamed() {
        let notes = PublishingExport.postizJSON.render(PublishingFixture.items).notes
        XCTAssertTrue(notes.contains { $0.hasPrefix("fjordkaffe-tt 2026-12-07 10:00 Europe/Oslo, post roast-video: left out: Postiz requires TikTok's") }, "\(notes)")
        let odd = PublishingItem(accountID: "p", network: "pinterest", handle: "@p", start: 0, zone: "Etc/UTC", stream: "s", postID: "q", text: ["x"])
        let empty = PublishingItem(accountID: "e", network: "x", handle: "@e", start: 0, zone: "Etc/UTC", stream: "s", postID: "r", text: [""])
        let result = PublishingExport.postizJSON.render([odd, empty])
        XCTAssertEqual(result.text, "[]\n")
        XCTAssertEqual(result.notes, ["no posts to send",
                                      "e 1970-01-01 00:00 Etc/UTC, post r: left out: no text and no media to publish",
                                      "p 1970-01-01 00:00 Etc/UTC, post q: left out: Postiz has no channel type for network \"pinterest\" that socialplan knows"])
    }

    /// A thread on a network without threads becomes comments; a refused medium is named;
    /// the notes show the local time, here the first of Oslo's two 02:30s.
    func testThreadOnInstagramAndRefusedMedium() {
        let notes = PublishingExport.postizJSON.render(PublishingFixture.items).notes
        XCTAssertTrue(notes.contains("fjordkaffe-ig 2026-10-25 02:30 Europe/Oslo, post extra-hour: thread of 2 parts: part 2 becomes a comment under the post (instagram has no threads)"), "\(notes)")
        XCTAssertTrue(notes.contains { $0.hasPrefix("fjordkaffe-ig 2026-10-25 02:30 Europe/Oslo, post extra-hour: Postiz refuses https://cdn.fjordkaffe.no/night.HEIC") }, "\(notes)")
        XCTAssertFalse(notes.contains { $0.contains("fjordblend-thread: thread") }, "x takes threads natively")
    }

    /// Media keep their alt text and go on the first part only.
    func testMediaWithAltOnFirstPart() {
        let text = PublishingExport.postizJSON.render(PublishingFixture.items).text
        let expected = "\"image\": [\n              {\n                \"id\": \"https://cdn.fjordkaffe.no/latte-2.jpg\",\n"
            + "                \"path\": \"https://cdn.fjordkaffe.no/latte-2.jpg\",\n"
            + "                \"alt\": \"A swan drawn in milk foam on a flat white\"\n              }\n            ]"
        XCTAssertTrue(text.contains(expected), text)
        XCTAssertEqual(text.components(separatedBy: "\"image\": []").count - 1, 4, "media only on a first part: the x thread has none, follow-up parts never")
    }
}

/// The file parses as JSON and every body has the keys Postiz requires, in its shapes.
final class PostizExportShapeTests: XCTestCase {
    func testEveryBodyHasTheRequiredKeys() throws {
        let text = PublishingExport.postizJSON.render(PublishingFixture.items).text
        let bodies = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        XCTAssertEqual(bodies.count, 2)
        for body in bodies {
            XCTAssertEqual(body["type"] as? String, "schedule")
            XCTAssertEqual(body["shortLink"] as? Bool, false)
            XCTAssertNotNil(body["tags"] as? [Any])
            let date = try XCTUnwrap(body["date"] as? String)
            XCTAssertNotNil(ISO8601DateFormatter.withFractionalSeconds.date(from: date), date)
            let posts = try XCTUnwrap(body["posts"] as? [[String: Any]])
            XCTAssertFalse(posts.isEmpty)
            for post in posts {
                XCTAssertNotNil((post["integration"] as? [String: Any])?["id"] as? String)
                let values = try XCTUnwrap(post["value"] as? [[String: Any]])
                XCTAssertFalse(values.isEmpty)
                for value in values {
                    XCTAssertNotNil(value["content"] as? String)
                    for image in try XCTUnwrap(value["image"] as? [[String: Any]]) {
                        XCTAssertNotNil(image["id"] as? String)
                        XCTAssertNotNil(image["path"] as? String)
                    }
                }
                XCTAssertNotNil((post["settings"] as? [String: Any])?["__type"] as? String)
            }
        }
    }
}

private extension ISO8601DateFormatter {
    static var withFractionalSeconds: ISO8601DateFormatter {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f
    }
}
