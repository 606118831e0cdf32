import XCTest
@testable import SocialPlanCore

/// Who wrote a message, in every log format: the `inbound` column, or the audited accounts
/// (issue 11, item 3: JSON Lines with `accounts:` and no inbound field dropped every row).
final class LogDirectionTests: XCTestCase {
    private let byAccounts = LogColumnMapping(id: "id", parent: "parent", author: "author", direction: .accounts(["@Fjordkaffe"]),
                                              timestamp: "at", text: "text")
    private var byColumn: LogColumnMapping {
        var m = byAccounts
        m.direction = .inboundColumn("inbound")
        return m
    }

    func testCSVWithAccountsAndNoInboundColumn() {
        let o = readLog("id,author,at,text,parent\n1,kunde,2026-03-02T09:00:00Z,hei,\n2,FJORDKAFFE,2026-03-02T09:05:00Z,svar,1\n",
                        format: .csv(byAccounts))
        XCTAssertEqual(o.skips.map(\.description), [])
        XCTAssertEqual(o.messages.map(\.inbound), [true, false])
    }

    func testCSVWithAnInboundColumn() {
        let o = readLog("id,author,inbound,at,text,parent\n1,kunde,true,2026-03-02T09:00:00Z,hei,\n2,fjordkaffe,false,2026-03-02T09:05:00Z,svar,1\n",
                        format: .csv(byColumn))
        XCTAssertEqual(o.skips.map(\.description), [])
        XCTAssertEqual(o.messages.map(\.inbound), [true, false])
    }

    func testJSONLinesWithAccountsAndNoInboundField() {
        let text = """
        {"id": 1, "author": "kunde", "at": "2026-03-02T09:00:00Z", "text": "hei"}
        {"id": 2, "author": "@fjordkaffe", "at": "2026-03-02T09:05:00Z", "text": "svar", "parent": 1}
        {"id": 3, "author": "kunde", "at": "2026-03-02T09:07:00Z", "text": "takk", "parent": 2}

        """
        let o = readLog(text, format: .jsonl(byAccounts))
        XCTAssertNil(o.failure)
        XCTAssertEqual(o.skips.map(\.description), [])
        XCTAssertEqual(o.messages.map(\.inbound), [true, false, true])
    }

    func testJSONLinesWithAccountsIgnoresAnInboundField() {
        let text = "{\"id\": 1, \"author\": \"fjordkaffe\", \"inbound\": \"maybe\", \"at\": \"2026-03-02T09:00:00Z\"}\n"
        XCTAssertEqual(readLog(text, format: .jsonl(byAccounts)).messages.map(\.inbound), [false])
    }

    func testJSONLinesWithAnInboundField() {
        let text = """
        {"id": 1, "author": "kunde", "inbound": true, "at": "2026-03-02T09:00:00Z"}
        {"id": 2, "author": "fjordkaffe", "inbound": false, "at": "2026-03-02T09:05:00Z", "parent": 1}

        """
        let o = readLog(text, format: .jsonl(byColumn))
        XCTAssertEqual(o.messages.map(\.inbound), [true, false])
        let missing = readLog("{\"id\": 1, \"author\": \"kunde\", \"at\": \"2026-03-02T09:00:00Z\"}\n", format: .jsonl(byColumn))
        XCTAssertEqual(missing.skips.map(\.description), ["line 1: inbound is empty"])
    }

    func testTWCSReadsItsInboundColumnAndNeedsIt() {
        let o = readLog(twcsHeader + "1,kunde,True,2017-10-31T22:10:47Z,hei,2,\n2,Fjordkaffe,False,2017-10-31T22:12:47Z,svar,,1\n")
        XCTAssertEqual(o.messages.map(\.inbound), [true, false])
        let without = readLog("tweet_id,author_id,created_at,text,response_tweet_id,in_response_to_tweet_id\n1,kunde,2017-10-31T22:10:47Z,hei,,\n")
        XCTAssertEqual(without.failure?.help, "for another CSV layout use `--log-format csv` with a column mapping (the strategy's `audit:` block)")
    }
}
