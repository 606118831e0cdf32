import XCTest
@testable import SocialPlanCore

final class NetworkHandleTests: XCTestCase {
    func assertValid(_ handles: [String], on network: Network, file: StaticString = #filePath, line: UInt = #line) {
        for h in handles {
            XCTAssertNil(NetworkHandle.problem(with: h, on: network), "\(network.name): \(h)", file: file, line: line)
        }
    }

    func assertInvalid(_ handles: [String], on network: Network, file: StaticString = #filePath, line: UInt = #line) {
        for h in handles {
            guard let p = NetworkHandle.problem(with: h, on: network) else {
                XCTFail("\(network.name): \(h) should be invalid", file: file, line: line)
                continue
            }
            XCTAssertFalse(p.message.contains("\n"), "one line", file: file, line: line)
            XCTAssertEqual(p.message.first, "`", "messages start with the handle, not a capital", file: file, line: line)
            XCTAssertTrue(p.help?.contains("e.g.") ?? false, "help shows an example", file: file, line: line)
        }
    }

    func testX() {
        assertValid(["@socialplan", "socialplan", "@a", "@abc_123", "@abcdefghijklmno"], on: .x)
        assertInvalid(["@", "", "@abcdefghijklmnop", "@a-b", "@a b", "@ä", "@a.b"], on: .x)
        XCTAssertEqual(NetworkHandle.problem(with: "@abcdefghijklmnop", on: .x),
                       ValueError("`@abcdefghijklmnop` is too long: 16 characters, an X username has at most 15",
                                  help: "an X username is @ and 1 to 15 letters, digits or underscores, e.g. @socialplan"))
        XCTAssertEqual(NetworkHandle.problem(with: "@a b", on: .x)?.message,
                       "`@a b` contains a space; an X username has only letters, digits or underscores")
    }

    func testBluesky() {
        assertValid(["@socialplan.bsky.social", "socialplan.bsky.social", "example.com", "4chan.org", "a.b.c.d",
                     "@xn--bcher-kva.de", String(repeating: "a", count: 63) + ".com"], on: .bluesky)
        assertInvalid(["@socialplan", "@-a.com", "@a-.com", "@a.123", "@a.1com", "@exa mple.com", "@a..com", "@.a.com",
                       "@a.com.", String(repeating: "a", count: 64) + ".com", "@name.local", "@bücher.de",
                       Array(repeating: "abcdefghi", count: 26).joined(separator: ".") + ".com"], on: .bluesky)
        XCTAssertEqual(NetworkHandle.problem(with: "@a.123", on: .bluesky)?.message,
                       "`@a.123` ends in `.123`; the last part must start with a letter")
    }

    func testMastodonNeedsTheRemoteForm() {
        assertValid(["@a@b.social", "a@b.social", "@socialplan@mastodon.social", "@user.name@fosstodon.org", "@x_1@sub.example.co.uk"], on: .mastodon)
        assertInvalid(["@alice", "alice", "@@b.social", "@a@", "@a@b", "@a@@b.social", "@al ice@b.social", "@a-@b.social",
                       "@a@b_c.social", "@" + String(repeating: "a", count: 31) + "@b.social"], on: .mastodon)
        XCTAssertEqual(NetworkHandle.problem(with: "@alice", on: .mastodon),
                       ValueError("`@alice` does not name its server; Mastodon handles need the remote form",
                                  help: "a Mastodon handle is @user@server, e.g. @socialplan@mastodon.social"))
    }

    func testThreadsAndInstagram() {
        for network in [Network.threads, .instagram] {
            assertValid(["@social.plan", "social_plan", "@a", "@" + String(repeating: "a", count: 30)], on: network)
            assertInvalid(["@", "@social-plan", "@" + String(repeating: "a", count: 31), "@so cial"], on: network)
        }
    }

    func testFacebook() {
        assertValid(["socialplan.app", "@socialplan", "abcde"], on: .facebook)
        assertInvalid(["abcd", "social_plan", "@social-plan", String(repeating: "a", count: 51)], on: .facebook)
    }

    func testLinkedInTakesASlugOrACompanyURL() {
        assertValid(["socialplan", "social-plan", "https://www.linkedin.com/company/socialplan/",
                     "linkedin.com/company/social-plan", "http://linkedin.com/company/socialplan",
                     "https://www.linkedin.com/showcase/socialplan-labs"], on: .linkedin)
        assertInvalid(["@socialplan", "https://www.linkedin.com/in/someone", "https://example.com/company/x",
                       "https://www.linkedin.com/company/", "social plan", "linkedin.com/company/a/b"], on: .linkedin)
        XCTAssertEqual(NetworkHandle.problem(with: "https://www.linkedin.com/in/someone", on: .linkedin)?.message,
                       "`https://www.linkedin.com/in/someone` is not a company page URL; those look like linkedin.com/company/slug")
    }

    func testTikTok() {
        assertValid(["@socialplan", "@social.plan_2", "ab", "@" + String(repeating: "a", count: 24)], on: .tiktok)
        assertInvalid(["@a", "@socialplan.", "@" + String(repeating: "a", count: 25), "@social-plan"], on: .tiktok)
        XCTAssertEqual(NetworkHandle.problem(with: "@socialplan.", on: .tiktok)?.message,
                       "`@socialplan.` ends with a period, which TikTok does not allow")
    }

    func testYouTube() {
        assertValid(["@socialplan", "@social-plan.tv", "@abc", "@" + String(repeating: "a", count: 30)], on: .youtube)
        assertInvalid(["@ab", "@" + String(repeating: "a", count: 31), "@social plan", "@social+plan"], on: .youtube)
    }
}
