import XCTest
@testable import SocialPlanCore

/// Audited accounts matched ignoring case, shown as the log spells them; unknown ones named.
final class AuditAccountLookupTests: XCTestCase {
    private let slas = [ServiceLevel(priority: "normal", firstReply: .minutes(60), nextReply: nil,
                                     target: Percentage(partsPerMillion: 900_000), clock: .calendar,
                                     positions: KeyPositions(own: SourcePosition(line: 1, column: 1)))]
    private let messages = [
        LogMessage(id: "1", author: "kunde", inbound: true, createdAt: 0, text: "@AppleSupport help", line: 2),
        LogMessage(id: "2", author: "AppleSupport", inbound: false, createdAt: 600, text: "hi", inResponseTo: "1", line: 3),
        LogMessage(id: "3", author: "kunde2", inbound: true, createdAt: 700, text: "hello", line: 4),
        LogMessage(id: "4", author: "APPLESUPPORT", inbound: false, createdAt: 900, text: "hi", inResponseTo: "3", line: 5),
    ]

    func testWrongCaseFindsTheAccountUnderTheLogsSpelling() {
        let result = Audit.run(AuditOptions(accounts: ["applesupport"], slas: slas), messages: messages)
        XCTAssertEqual(result.accounts.map(\.account), ["AppleSupport"])
        XCTAssertEqual(result.accounts.first?.groups.first?.mentions, 2)
        XCTAssertEqual(result.unknownAccounts, [])
    }

    func testAnUnknownAccountIsNamedWithTheClosestAndBusiest() {
        let result = Audit.run(AuditOptions(accounts: ["AppleSuport"], slas: slas), messages: messages.prefix(3))
        XCTAssertEqual(result.unknownAccounts.map(\.description),
                       ["no account `AppleSuport` in the log (did you mean `AppleSupport`?); busiest: AppleSupport"])
    }
}
