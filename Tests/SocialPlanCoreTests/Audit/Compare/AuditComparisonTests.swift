import Foundation
import SocialPlanTestSupport
import XCTest
@testable import SocialPlanCore

/// The simulator's log read back by the audit: the audit and the simulation measure the same
/// thing (issue 11, item 5).
final class AuditComparisonTests: XCTestCase {
    static let brightdesk: Strategy? = {
        let url = PackageRoot.file("Strategies/brightdesk-saas.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return StrategyLoader.load(text).strategy
    }()

    static let first = ISOWeek(year: 2026, week: 10)

    /// The layout docs/simulation.md documents, read as the CLI reads it with
    /// `--log-format jsonl --column parent=… --column text=text --column priority=priority`.
    static var mapping: LogColumnMapping {
        var m = LogColumnMapping(id: "tweet_id", author: "author_id", direction: .inboundColumn("inbound"),
                                 timestamp: "created_at", timeFormat: .twitter)
        m.parent = "in_response_to_tweet_id"
        m.text = "text"
        m.priority = "priority"
        return m
    }

    func audit(_ log: SimulatedReplyLog, _ strategy: Strategy) throws -> AuditResult {
        let read = LogReader.read(Array(log.text.utf8), format: .jsonl(Self.mapping))
        XCTAssertNil(read.failure)
        XCTAssertEqual(read.skips.count, 0)
        return Audit.run(AuditOptions(strategy: strategy), messages: read.messages)
    }

    /// Each log week, audited, gives exactly the simulation's tally of that replication.
    func testAuditOfTheSimulatedLogEqualsTheSimulationsTallies() throws {
        let strategy = try XCTUnwrap(Self.brightdesk)
        let log = SimulatedReplyLog(strategy: strategy, first: Self.first, count: 3, seed: 5)
        XCTAssertEqual(log.weeks.map(\.description), ["2026-W10", "2026-W11", "2026-W12"])
        let result = try audit(log, strategy)
        XCTAssertEqual(result.accounts.map(\.account), ["BrightDeskHQ"])
        XCTAssertEqual(result.counts.unattributed, 0)
        XCTAssertEqual(result.counts.missingParents, 0)
        let measures = SLAMeasure.all(of: strategy.care)
        let end = WeekTimeline(week: log.weeks[2], zone: strategy.timezone).end
        let clock = ZoneClock(zone: strategy.timezone, from: end - 30 * 86_400, to: end + 8 * 86_400)
        var hours = Array(repeating: 0.0, count: 168)
        var pending = 0
        for (i, week) in log.weeks.enumerated() {
            let t = WeekTimeline(week: week, zone: strategy.timezone)
            let observed = AuditComparison.observedWeek(result.rows, from: t.start, to: t.end, measures: measures,
                                                        observationEnd: end, clock: clock, hours: &hours)
            for (m, measure) in measures.enumerated() {
                let simulated = log.replications[i].tallies[m]
                XCTAssertEqual(observed[m].met, simulated.met, "\(week) \(measure.name) met")
                XCTAssertEqual(observed[m].breached, simulated.breached, "\(week) \(measure.name) breached")
                XCTAssertEqual(observed[m].breachedUnanswered, simulated.breachedUnanswered, "\(week) \(measure.name) unanswered")
                XCTAssertEqual(observed[m].p90, simulated.p90, "\(week) \(measure.name) p90")
                if i == log.weeks.count - 1 {
                    XCTAssertEqual(observed[m].pending, simulated.pending, "the last week keeps its pending mentions")
                } else {
                    XCTAssertEqual(observed[m].pending, 0)
                    pending += simulated.pending
                }
            }
        }
        XCTAssertEqual(pending, log.pendingLeftOut, "pending mentions of earlier weeks are the ones left out of the log")
        XCTAssertGreaterThan(pending, 0)
    }

    /// `audit --compare` on a simulated log agrees with the simulation (a different seed) for every SLA.
    func testCompareOnASimulatedLogAgreesWithinTheRange() throws {
        let strategy = try XCTUnwrap(Self.brightdesk)
        let log = SimulatedReplyLog(strategy: strategy, first: Self.first, count: 6, seed: 7)
        let comparison = AuditComparison.compare(strategy: strategy, audit: try audit(log, strategy), seed: 1, replications: 20)
        XCTAssertEqual(comparison.weeks, log.weeks, "a log that stops on Friday night is whole: no weekend mentions forecast")
        XCTAssertEqual(comparison.partialWeeks, [])
        XCTAssertEqual(comparison.rows.count, 4)
        for row in comparison.rows {
            XCTAssertNotEqual(row.agrees, false, "\(row.measure.name): \(AuditComparisonRendering.render(comparison, as: .text))")
        }
        if ProcessInfo.processInfo.environment["SOCIALPLAN_PRINT_COMPARISON"] != nil {
            print(AuditComparisonRendering.render(comparison, as: .text))
        }
        let text = AuditComparisonRendering.render(comparison, as: .text)
        XCTAssertLessThanOrEqual(text.split(separator: "\n").map(\.count).max() ?? 0, 100)
    }

    /// The same seed gives the same log, byte for byte.
    func testTheLogIsDeterministic() throws {
        let strategy = try XCTUnwrap(Self.brightdesk)
        let a = SimulatedReplyLog(strategy: strategy, first: Self.first, count: 2, seed: 3)
        let b = SimulatedReplyLog(strategy: strategy, first: Self.first, count: 2, seed: 3)
        XCTAssertEqual(a.text, b.text)
        XCTAssertNotEqual(a.text, SimulatedReplyLog(strategy: strategy, first: Self.first, count: 2, seed: 4).text)
        XCTAssertTrue(a.text.contains("\"in_response_to_tweet_id\":\"2026-W10-"), "replies and follow-ups link their parents")
        XCTAssertTrue(a.text.contains("follow-up"))
    }
}
