import XCTest
@testable import SocialPlanCore

/// The thread rules of docs/audit.md with hand-built messages (times in Oslo, Monday 2026-03-02).
final class AuditBuilderTests: XCTestCase {
    typealias F = AuditFixture

    private func row(_ r: AuditResult, _ id: String) throws -> AuditRow { try XCTUnwrap(r.rows.first { $0.id == id }) }

    func testAnsweredRootIsMetWithTheReplyAndItsAgent() throws {
        let r = F.audit([F.msg("1", "100", F.at(2, 10), "@Acme my order is late"),
                         F.msg("2", "Acme", F.at(2, 10, 30), "@100 sorry! ^JK https://t.co/x", parent: "1")])
        let row = try row(r, "1")
        XCTAssertEqual(row.account, "Acme")
        XCTAssertEqual(row.priority, "normal")
        XCTAssertEqual(row.metric, .firstReply)
        XCTAssertEqual(row.repliedAt, F.at(2, 10, 30))
        XCTAssertEqual(row.dueAt, F.at(2, 12))
        XCTAssertEqual(row.elapsedCalendarMinutes, 30)
        XCTAssertEqual(row.status, .met)
        XCTAssertEqual(row.agent, "JK")
        XCTAssertEqual(r.rows.count, 1)
        let g = try XCTUnwrap(r.account("Acme")?.group("normal", .firstReply))
        XCTAssertEqual([g.mentions, g.answered, g.met, g.p50Seconds], [1, 1, 1, 1800])
        XCTAssertEqual(r.account("Acme")?.agents.map(\.agent), ["JK"])
    }

    func testUnansweredRootIsPendingBeforeDueAndBreachedAfter() throws {
        let mention = F.msg("1", "100", F.at(2, 10), "hello @acme, where is my order")
        let answered = [F.msg("7", "200", F.at(2, 9), "@Acme hi, an order question"), F.msg("8", "Acme", F.at(2, 9, 5), "hi -Becky", parent: "7")]
        let early = F.audit([mention] + answered + [F.msg("9", "300", F.at(2, 11), "unrelated")])
        XCTAssertEqual(try row(early, "1").status, .pending, "due 12:00, the log ends 11:00")
        XCTAssertEqual(try row(early, "1").account, "Acme", "attributed through @acme")
        XCTAssertEqual(early.observationEnd, F.at(2, 11))
        let late = F.audit([mention] + answered, F.options(observationEnd: F.at(2, 12, 0, second: 1)))
        XCTAssertEqual(try row(late, "1").status, .breachedUnanswered)
        XCTAssertEqual(try row(late, "1").elapsedCalendarMinutes, 120)
        let g = try XCTUnwrap(late.account("Acme")?.group("normal", .firstReply))
        XCTAssertEqual([g.mentions, g.answered, g.breachedUnanswered, g.pending], [2, 1, 1, 0])
        XCTAssertEqual(g.attainment, 0.5)
        XCTAssertEqual(g.targetMet, false)
        let atDue = F.audit([mention] + answered, F.options(observationEnd: F.at(2, 12)))
        XCTAssertEqual(try row(atDue, "1").status, .pending, "a reply at due would still be met")
    }

    func testFollowUpAfterAReplyIsANextReplyMention() throws {
        let r = F.audit(Self.thread)
        XCTAssertEqual(r.rows.map(\.id), ["1", "3", "6"])
        let f = try row(r, "3")
        XCTAssertEqual(f.metric, .nextReply)
        XCTAssertEqual(f.previousReplyAt, F.at(2, 10, 10))
        XCTAssertEqual(f.repliedAt, F.at(2, 11, 30))
        XCTAssertEqual(f.targetSeconds, 4 * 3600)
        XCTAssertEqual(f.status, .met)
        XCTAssertEqual(try row(r, "1").repliedAt, F.at(2, 10, 10))
        XCTAssertNotNil(r.account("Acme")?.group(nil, .nextReply))
    }

    /// Root 1, reply 2, follow-up 3, its continuation 5, reply 4 to the continuation; then root
    /// 6 continued by 7, answered (8) through the continuation.
    static let thread = [
        F.msg("1", "100", F.at(2, 10), "@Acme my order"),
        F.msg("2", "Acme", F.at(2, 10, 10), "looking -Becky", parent: "1"),
        F.msg("3", "100", F.at(2, 11), "still no order", parent: "2"),
        F.msg("5", "100", F.at(2, 11, 5), "hello?", parent: "3"),
        F.msg("4", "Acme", F.at(2, 11, 30), "sorted -Becky", parent: "5"),
        F.msg("6", "200", F.at(2, 13), "@Acme order 1"),
        F.msg("7", "200", F.at(2, 13, 1), "and order 2", parent: "6"),
        F.msg("8", "Acme", F.at(2, 13, 20), "both shipped", parent: "7"),
    ]

    func testInboundContinuationIsNotANewMentionAndItsReplyAnswersTheStretch() throws {
        let r = F.audit(Self.thread)
        XCTAssertEqual(r.rows.map(\.id), ["1", "3", "6"])
        XCTAssertEqual(try row(r, "6").repliedAt, F.at(2, 13, 20))
        XCTAssertEqual(try row(r, "6").elapsedCalendarMinutes, 20)
        XCTAssertEqual(r.counts.mentions, 3)
    }

    func testOutOfOrderLogGivesTheSameResult() {
        let inOrder = F.audit(Self.thread)
        XCTAssertEqual(F.audit(Self.thread.reversed()), inOrder)
        var shuffled = Self.thread
        shuffled.swapAt(0, 4)
        shuffled.swapAt(2, 7)
        XCTAssertEqual(F.audit(shuffled), inOrder)
    }

    func testParentMissingFromTheLogMakesAMention() throws {
        let r = F.audit([F.msg("5", "100", F.at(2, 10), "@Acme again", parent: "999"),
                         F.msg("6", "Acme", F.at(2, 10, 5), "yes", parent: "5"),
                         F.msg("7", "Acme", F.at(2, 10, 6), "orphan reply", parent: "998")])
        XCTAssertEqual(try row(r, "5").metric, .firstReply)
        XCTAssertEqual(try row(r, "5").status, .met)
        XCTAssertEqual(r.counts.missingParents, 2)
        XCTAssertTrue(r.notes.contains("2 messages answer a message missing from the log"))
    }

    func testReplyBeforeItsParentIsBadDataNotACrash() throws {
        let r = F.audit([F.msg("1", "100", F.at(2, 10), "@Acme hi"),
                         F.msg("2", "Acme", F.at(2, 9, 50), "time travel", parent: "1")])
        XCTAssertEqual(r.counts.badOrderReplies, 1)
        XCTAssertNil(try row(r, "1").repliedAt)
        XCTAssertTrue(r.notes.contains("1 reply is timestamped before the message they answer; ignored as bad data"))
    }

    func testTwoAccountsAreReportedSeparatelyAndTheFirstReplyWins() throws {
        let log = [F.msg("1", "100", F.at(2, 10), "@Acme"), F.msg("2", "Acme", F.at(2, 10, 20), "a", parent: "1"),
                   F.msg("3", "200", F.at(2, 10), "@Brava"), F.msg("4", "Brava", F.at(2, 10, 40), "b", parent: "3"),
                   F.msg("5", "300", F.at(2, 11), "@Acme @Brava"), F.msg("6", "Brava", F.at(2, 11, 5), "c", parent: "5"),
                   F.msg("7", "Acme", F.at(2, 11, 9), "d", parent: "5"),
                   F.msg("8", "400", F.at(2, 12), "hi", parent: "6"),
                   F.msg("9", "12345", F.at(2, 12, 1), "numeric outbound", parent: "8", inbound: false)]
        let r = F.audit(log)
        XCTAssertEqual(r.accounts.map(\.account), ["Acme", "Brava"], "numeric outbound authors are not accounts")
        XCTAssertEqual(r.rows.map { "\($0.account):\($0.id)" }, ["Acme:1", "Brava:3", "Brava:5", "Brava:8"])
        XCTAssertEqual(try row(r, "5").repliedAt, F.at(2, 11, 5))
        let onlyAcme = F.audit(log, F.options(accounts: ["Acme"]))
        XCTAssertEqual(onlyAcme.rows.map(\.id), ["1", "5"], "Acme's own reply to 5 counts when Brava is not audited")
        XCTAssertEqual(onlyAcme.counts.otherAccounts, 2)
    }

    func testUnattributedAndNotMeasuredAreCountedNotDropped() {
        let r = F.audit([F.msg("1", "100", F.at(2, 10), "no handle here"),
                         F.msg("2", "200", F.at(2, 10), "@Acme hi"), F.msg("3", "Acme", F.at(2, 10, 1), "x", parent: "2"),
                         F.msg("4", "200", F.at(2, 10, 2), "still broken", parent: "3")],
                        F.options(slas: [F.sla("low", first: .hours(1))]))
        XCTAssertEqual(r.counts.unattributed, 1)
        XCTAssertEqual(r.counts.notMeasured, 1)
        XCTAssertEqual(r.rows.map(\.statusText), ["met", "not_measured"])
        XCTAssertNil(r.account("Acme")?.group(nil, .nextReply))
    }

    func testDuplicateIDsAreIgnoredAndRepliesOutsideShiftsCounted() throws {
        let duty = OnDutyWeek(onDutySlots: 36..<68) // Monday 09:00–17:00
        let r = F.audit([F.msg("1", "100", F.at(2, 8), "@Acme"), F.msg("1", "100", F.at(2, 8), "@Acme"),
                         F.msg("2", "Acme", F.at(2, 8, 30), "early -Becky", parent: "1"),
                         F.msg("3", "Acme", F.at(2, 9, 30), "later -Becky", parent: "1")],
                        F.options(onDuty: duty))
        XCTAssertEqual(r.counts.duplicateIDs, 1)
        XCTAssertEqual(r.rows.count, 1)
        let a = try XCTUnwrap(r.account("Acme"))
        XCTAssertEqual(a.repliesOutsideShifts, 1)
        XCTAssertEqual(a.agents.first?.outsideShifts, 1)
        XCTAssertEqual(a.agents.first?.messages, 2)
    }

    func testACycleOfIDsEndsAsAFirstReplyMention() throws {
        let r = F.audit([F.msg("1", "100", F.at(2, 10), "@Acme order", parent: "2"),
                         F.msg("2", "100", F.at(2, 10, 1), "order?", parent: "1"),
                         F.msg("3", "Acme", F.at(2, 10, 5), "ok", parent: "2")])
        XCTAssertEqual(r.rows.map(\.metric), [.firstReply])
        XCTAssertEqual(r.rows.first?.repliedAt, F.at(2, 10, 5))
    }
}
