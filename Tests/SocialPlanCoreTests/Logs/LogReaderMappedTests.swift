import Foundation
import XCTest
@testable import SocialPlanCore

/// Generic CSV through a column mapping, and JSON Lines.
final class LogReaderMappedTests: XCTestCase {
    private let mapping = LogColumnMapping(id: "msg", parent: "reply_to", author: "from", direction: .accounts(["@Fjordkaffe"]),
                                           timestamp: "sent", timeFormat: .iso8601, text: "body", priority: "prio", agent: "agent")

    func testMappedCSVWithAccountsAndOptionalColumns() {
        let text = "sent,msg,from,body,reply_to,prio,agent,extra\n"
            + "2026-03-02T09:00:00Z,a1,kunde7,hjelp,,urgent,,x\n"
            + "2026-03-02 10:30:00+01:00,a2,fjordkaffe,svar,a1,,Kari,y\n"
        let o = readLog(text, format: .csv(mapping))
        XCTAssertNil(o.failure)
        XCTAssertEqual(o.messages.map(\.inbound), [true, false])
        XCTAssertEqual(o.messages.map(\.createdAt), [1_772_442_000, 1_772_443_800])
        XCTAssertEqual(o.messages[0].priority, "urgent")
        XCTAssertEqual(o.messages[1].agent, "Kari")
        XCTAssertEqual(o.messages[1].inResponseTo, "a1")
        XCTAssertNil(o.messages[0].inResponseTo)
    }

    func testMissingMappedColumnFailsNamingIt() {
        let o = readLog("sent,id,from\n", format: .csv(mapping))
        XCTAssertEqual(o.failure?.description, "line 1: the log has no column `msg` (mapped as id); found sent, id, from")
    }

    func testLocalTimesInANamedZoneAndAPattern() throws {
        let format = try LogTimestampFormat.parse("%d.%m.%Y %H:%M").get()
        var m = mapping
        m.timeFormat = format
        m.timeZone = .named("Europe/Oslo")
        let text = "sent,msg,from\n31.01.2026 09:00,1,a\n01.07.2026 09:00,2,b\n29.02.2026 09:00,3,c\n"
        m.text = nil; m.parent = nil; m.priority = nil; m.agent = nil
        let o = readLog(text, format: .csv(m))
        XCTAssertEqual(o.messages.map(\.createdAt), [1_769_846_400, 1_782_889_200]) // 08:00Z in winter, 07:00Z in summer
        XCTAssertEqual(o.skips.map(\.description), ["line 4: sent '29.02.2026 09:00' is not a timestamp (expected %d.%m.%Y %H:%M)"])
    }

    func testUnixTimestampsAndInboundColumn() {
        let m = LogColumnMapping(id: "id", author: "user", direction: .inboundColumn("from_customer"), timestamp: "ts", timeFormat: .unix)
        let o = readLog("id,user,from_customer,ts\n1,a,TRUE,1509487847.75\n2,b,no,1509487847\n", format: .csv(m))
        XCTAssertEqual(o.messages.map(\.createdAt), [1_509_487_847])
        XCTAssertEqual(o.skips.map(\.description), ["line 3: from_customer 'no' is not true or false"])
        let ms = LogColumnMapping(id: "id", author: "user", direction: .accounts(["a"]), timestamp: "ts", timeFormat: .unixMillis)
        XCTAssertEqual(readLog("id,user,ts\n1,a,1509487847999\n", format: .csv(ms)).messages.first?.createdAt, 1_509_487_847)
    }

    func testJSONLinesWithNumbersStringsBlankAndBadLines() {
        let text = """
        {"tweet_id": 10, "author_id": "115712", "inbound": true, "created_at": "Tue Oct 31 22:10:47 +0000 2017", "text": "hi, \\"you\\"", "response_tweet_id": "11,12"}

        {"tweet_id": "11", "author_id": "sprintcare", "inbound": "False", "created_at": "2017-10-31T22:20:47Z", "in_response_to_tweet_id": 10.0, "response_tweet_id": [13]}
        not json
        [1, 2]
        {"tweet_id": 12, "author_id": "x", "inbound": 1, "created_at": "yesterday"}
        """
        let o = readLog(text, format: .jsonl(.twcs))
        XCTAssertNil(o.failure)
        XCTAssertEqual(o.messages.map(\.id), ["10", "11"])
        XCTAssertEqual(o.messages.map(\.line), [1, 3])
        XCTAssertEqual(o.messages[0].text, "hi, \"you\"")
        XCTAssertEqual(o.messages[0].responseIDs, ["11", "12"])
        XCTAssertEqual(o.messages[1].inResponseTo, "10")
        XCTAssertEqual(o.messages[1].responseIDs, ["13"])
        XCTAssertEqual(o.messages.map(\.inbound), [true, false])
        XCTAssertEqual(o.skips.map(\.description), ["line 4: not valid JSON: 'not json'", "line 5: a JSON array, not an object",
                                                    "line 6: created_at 'yesterday' is not a timestamp"])
        XCTAssertEqual(o.summary.rowsRead, 5)
        XCTAssertEqual(readLog("\n\n", format: .jsonl(.twcs)).failure?.message, "the log is empty")
    }

    func testJSONLinesKeepsNineteenDigitIDsExact() {
        let text = "{\"tweet_id\": 919999999999999999, \"author_id\": 7, \"inbound\": false, \"created_at\": \"2017-10-31T22:10:47Z\", \"in_response_to_tweet_id\": \"919999999999999998\"}\n"
        let o = readLog(text, format: .jsonl(.twcs))
        XCTAssertEqual(o.messages.first?.id, "919999999999999999")
        XCTAssertEqual(o.messages.first?.author, "7")
        XCTAssertEqual(o.messages.first?.inbound, false)
    }

    func testSkipKindIDsAreStable() {
        XCTAssertEqual(LogSkipKind.allCases.map(\.rawValue), ["field-count", "unterminated-quote", "text-after-quote", "record-too-long",
                                                             "missing-value", "bad-id", "bad-inbound", "bad-timestamp", "bad-json"])
    }

    func testAStrategyAuditBlockReadsItsLog() throws {
        let yaml = "version: 1\nname: Shop\ntimezone: Europe/Oslo\naudit:\n  format: csv\n  columns: { id: n, author: who, timestamp: at }\n  accounts: [shop]\n  time_format: unix\n"
        let audit = try XCTUnwrap(StrategyLoader.load(yaml).strategy?.audit)
        let o = readLog("n,who,at\n1,cust,100\n2,Shop,160\n", format: audit.logFormat)
        XCTAssertEqual(o.messages.map(\.inbound), [true, false])
        XCTAssertEqual(o.messages.map(\.createdAt), [100, 160])
    }
}
