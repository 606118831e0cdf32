import XCTest
@testable import SocialPlanCore

/// Follow-ups that only close a conversation start no clock (docs/audit.md, "Closed conversations").
final class ClosedConversationTests: XCTestCase {
    typealias F = AuditFixture
    let phrases = ClosingPhrases()
    /// One priority limiting both metrics, so every follow-up is measured.
    static let options = F.options(slas: [F.sla("normal", first: .hours(2), next: .hours(4))], observationEnd: F.at(8, 10))

    func testClosingMessagesInEachLanguage() {
        for text in ["thanks, got it!", "@AcmeHelp Thanks!! 👍", "👍", "Thank you so much, all sorted now :)", "takk", "Tusen takk!",
                     "tack så mycket", "Mange tak", "Danke schön", "vielen DANK", "merci beaucoup", "Ça marche, merci",
                     "¡Muchas gracias!", "MUCHÍSIMAS gracias", "ok thanks https://t.co/abc", "perfekt, takk for hjelpen 🙏"] {
            XCTAssertTrue(phrases.isClosing(text), text)
        }
    }

    func testMessagesThatAskForMoreDoNotClose() {
        for text in ["thanks, but it still doesn't work", "thanks for nothing, still broken", "", "@AcmeHelp", "thanksgiving order?",
                     "got it? no", "takk, men det virker ikke", "danke, aber", "😡", "merci mais non", "gracias por nada"] {
            XCTAssertFalse(phrases.isClosing(text), text)
        }
    }

    func testTheStrategyAddsPhrases() {
        XCTAssertFalse(phrases.isClosing("cheers mate"))
        XCTAssertTrue(ClosingPhrases(extra: ["cheers mate", "Tusind hjertelig tak"]).isClosing("Cheers, mate!"))
        XCTAssertTrue(ClosingPhrases(extra: ["Tusind hjertelig tak"]).isClosing("tusind HJERTELIG tak"))
    }

    /// Root 1 answered by 2; the customer's "thanks, got it!" (3) follows: closed, not a breach.
    func testThanksGotItIsClosedNotABreach() throws {
        let r = F.audit([F.msg("1", "100", F.at(2, 10), "@Acme my order"),
                         F.msg("2", "Acme", F.at(2, 10, 10), "shipped -Becky", parent: "1"),
                         F.msg("3", "100", F.at(2, 10, 12), "thanks, got it!", parent: "2")],
                        Self.options)
        let follow = try XCTUnwrap(r.rows.first { $0.id == "3" })
        XCTAssertEqual(follow.status, .closed)
        XCTAssertEqual(follow.statusText, "closed")
        XCTAssertNil(follow.dueAt)
        let line = try XCTUnwrap(r.account("Acme")?.group(nil, .nextReply))
        XCTAssertEqual(line.closed, 1)
        XCTAssertEqual(line.breachedUnanswered, 0)
        XCTAssertNil(line.attainment, "nothing judged")
        XCTAssertEqual(r.counts.closed, 1)
        XCTAssertFalse(r.missesATarget)
    }

    func testANonClosingThanksStillWaitsForAReply() throws {
        let r = F.audit([F.msg("1", "100", F.at(2, 10), "@Acme my order"),
                         F.msg("2", "Acme", F.at(2, 10, 10), "shipped -Becky", parent: "1"),
                         F.msg("3", "100", F.at(2, 10, 12), "thanks, but it still hasn't arrived", parent: "2")],
                        Self.options)
        XCTAssertEqual(try XCTUnwrap(r.rows.first { $0.id == "3" }).status, .breachedUnanswered)
    }

    /// "thanks!" then, in the same stretch, a new question: the clock runs.
    func testAQuestionAfterTheThanksKeepsTheClock() throws {
        let r = F.audit([F.msg("1", "100", F.at(2, 10), "@Acme my order"),
                         F.msg("2", "Acme", F.at(2, 10, 10), "shipped -Becky", parent: "1"),
                         F.msg("3", "100", F.at(2, 10, 12), "thanks!", parent: "2"),
                         F.msg("4", "100", F.at(2, 10, 13), "wait, which carrier?", parent: "3")],
                        Self.options)
        XCTAssertEqual(try XCTUnwrap(r.rows.first { $0.id == "3" }).status, .breachedUnanswered)
    }

    func testAFirstMessageIsNeverClosed() throws {
        let r = F.audit([F.msg("1", "100", F.at(2, 10), "@Acme thanks!"), F.msg("2", "Acme", F.at(2, 10, 10), "welcome", parent: "1")])
        XCTAssertEqual(r.rows.first?.status, .met)
    }

    /// A log's status column: `solved` on the customer's follow-up closes it, whatever its text.
    func testAStatusColumnClosesAConversation() throws {
        let mapping = LogColumnMapping(id: "id", parent: "parent", author: "author", direction: .accounts(["Acme"]),
                                       timestamp: "at", text: "text", status: "state")
        let log = "id,parent,author,at,text,state\n"
            + "1,,100,2026-03-02T09:00:00Z,@Acme my order,open\n"
            + "2,1,Acme,2026-03-02T09:10:00Z,shipped,open\n"
            + "3,2,100,2026-03-02T09:12:00Z,ok see you,Solved\n"
            + "4,2,100,2026-03-02T09:13:00Z,and the invoice?,open\n"
        let o = readLog(log, format: .csv(mapping))
        XCTAssertNil(o.failure)
        XCTAssertEqual(o.messages.map(\.status), ["open", "open", "Solved", "open"])
        let r = F.audit(o.messages, { var o = Self.options; o.accounts = ["Acme"]; return o }())
        XCTAssertEqual(r.rows.first { $0.id == "3" }?.status, .closed)
        XCTAssertEqual(r.rows.first { $0.id == "4" }?.status, .breachedUnanswered)
        XCTAssertTrue(ClosingStatus.closes(" resolved "))
        XCTAssertFalse(ClosingStatus.closes("pending"))
    }

    func testJSONLinesReadTheStatusField() {
        var mapping = LogColumnMapping.twcs
        mapping.status = "status"
        let o = readLog(#"{"tweet_id": 1, "author_id": "9", "inbound": true, "created_at": "Mon Oct 02 10:00:00 +0000 2017", "status": "closed"}"# + "\n",
                        format: .jsonl(mapping))
        XCTAssertEqual(o.messages.first?.status, "closed")
    }
}
