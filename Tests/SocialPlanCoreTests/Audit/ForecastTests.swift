import XCTest
@testable import SocialPlanCore

/// `Forecast.run`, the forecast's one entry point: which account, and the typed outcomes the
/// command line renders.
final class ForecastTests: XCTestCase {
    typealias F = AuditFixture

    /// Acme answers two mentions, Beta one; one mention names nobody.
    static let log = [
        F.msg("1", "100", F.at(2, 10), "@Acme hi"), F.msg("2", "Acme", F.at(2, 10, 5), "hello", parent: "1"),
        F.msg("3", "101", F.at(3, 10), "@Acme again"), F.msg("4", "Acme", F.at(3, 10, 5), "yes", parent: "3"),
        F.msg("5", "102", F.at(3, 11), "@Beta hi"), F.msg("6", "Beta", F.at(3, 11, 5), "hello", parent: "5"),
    ]

    static func run(account: String?, since: Int? = nil) -> Forecast.Result {
        Forecast.run(strategy: nil, account: account, since: since, logName: "log.csv") { add in
            for m in log { add(m) }
            return LogReadSummary()
        }
    }

    func testSeveralAccountsAndNoneChosenNamesTheBusiest() {
        XCTAssertEqual(Self.run(account: nil).outcome, .accountNeeded(accounts: 2, busiest: ["Acme", "Beta"]))
    }

    func testTheChosenAccountsBlockIsDerived() throws {
        let result = Self.run(account: "Beta")
        XCTAssertEqual(result.source?.name, "log.csv")
        guard case .derived(let forecast, let account) = result.outcome else { return XCTFail("\(result.outcome)") }
        XCTAssertEqual(account, "Beta")
        XCTAssertEqual(forecast.mentions, 1)
        XCTAssertEqual(forecast.zone, "UTC", "hours are UTC without a strategy")
    }

    func testTheOnlyAccountIsChosenAndNoMentionsIsAnOutcome() {
        let one = Forecast.run(strategy: nil, account: nil, logName: "log.csv") { add in
            for m in Self.log.prefix(2) { add(m) }
            return LogReadSummary()
        }
        guard case .derived(_, let account) = one.outcome else { return XCTFail("\(one.outcome)") }
        XCTAssertEqual(account, "Acme")
        XCTAssertEqual(Self.run(account: "Beta", since: F.at(4, 0)).outcome, .noMentions(account: "Beta"))
    }

    func testTheHistoryIsTheLogsSpanClippedToThePeriodNotTheAccountsOwn() throws {
        // Beta's one mention is Tue 11:00 Oslo; the log runs Mon 10:00 … Tue 11:05 Oslo (09:00 … 10:05 UTC).
        guard case .derived(let all, _) = Self.run(account: "Beta").outcome else { return XCTFail() }
        XCTAssertEqual(all.history?.weeks.map(\.hoursCovered), [26])
        guard case .derived(let since, _) = Self.run(account: "Beta", since: F.at(3, 0)).outcome else { return XCTFail() }
        XCTAssertEqual(since.history?.weeks.map(\.hoursCovered), [12], "from Mon 23:00 UTC (Tue 00:00 Oslo) to 11:00 UTC")
    }
}
