import XCTest
@testable import SocialPlanCore

/// The fast M/M/c path against exact Erlang C (main's ``ErlangC``): each figure's 95 %
/// confidence interval over independent replications must contain the analytic value.
final class StationaryQueueSimulationTests: XCTestCase {
    private struct Case {
        var agents: Int
        var traffic: Double
        var aht: Double
        var waitLimit: Double
        var replyLimit: Double
        var mentions: Int
    }

    private func check(_ c: Case, replications: Int = 20, file: StaticString = #filePath, line: UInt = #line) {
        let model = StationaryQueueSimulation(arrivalsPerSecond: c.traffic / c.aht, meanHandleSeconds: c.aht, agents: c.agents)
        var pWait: [Double] = [], asa: [Double] = [], slWait: [Double] = [], slReply: [Double] = []
        for index in 0..<replications {
            let summary = model.run(mentions: c.mentions, warmUp: c.mentions / 10,
                                    seed: SimulationRandom.replicationSeed(base: 2026, index: index),
                                    waitLimit: c.waitLimit, replyLimit: c.replyLimit)
            XCTAssertEqual(summary.answered, c.mentions, file: file, line: line)
            pWait.append(summary.probabilityOfWait ?? .nan)
            asa.append(summary.meanWait ?? .nan)
            slWait.append(summary.serviceLevelWait ?? .nan)
            slReply.append(summary.serviceLevelReply ?? .nan)
        }
        let expected = [
            ("P(wait)", ErlangC.probabilityOfWait(agents: c.agents, traffic: c.traffic), pWait),
            ("ASA", ErlangC.averageSpeedOfAnswer(agents: c.agents, traffic: c.traffic, meanHandleSeconds: c.aht), asa),
            ("SL wait", ErlangC.serviceLevelWait(agents: c.agents, traffic: c.traffic,
                                                 meanHandleSeconds: c.aht, limitSeconds: c.waitLimit), slWait),
            ("SL reply", ErlangC.serviceLevelReply(agents: c.agents, traffic: c.traffic,
                                                   meanHandleSeconds: c.aht, limitSeconds: c.replyLimit), slReply),
        ]
        for (name, analytic, values) in expected {
            let summary = ReplicationSummary(values)
            XCTAssertTrue(summary.contains(analytic),
                          "N=\(c.agents) A=\(c.traffic) \(name): analytic \(analytic) outside \(summary.lower)…\(summary.upper)",
                          file: file, line: line)
            XCTAssertLessThan(summary.halfWidth, 0.12 * analytic, "\(name): interval too wide to mean anything",
                              file: file, line: line)
        }
    }

    func testBenchmarkWorkloadMatchesErlangC() {
        check(Case(agents: 25, traffic: 20, aht: 360, waitLimit: 60, replyLimit: 900, mentions: 40_000))
    }

    func testSmallTeamMatchesErlangC() {
        check(Case(agents: 3, traffic: 2, aht: 300, waitLimit: 120, replyLimit: 600, mentions: 40_000))
    }

    func testHeavyLoadNinetyFivePercentMatchesErlangC() {
        check(Case(agents: 20, traffic: 19, aht: 300, waitLimit: 300, replyLimit: 1200, mentions: 200_000))
    }

    func testLargeTeamMatchesErlangC() {
        check(Case(agents: 110, traffic: 100, aht: 240, waitLimit: 20, replyLimit: 480, mentions: 60_000))
    }

    func testSameSeedGivesIdenticalSummaries() {
        let model = StationaryQueueSimulation(arrivalsPerSecond: 200.0 / 3600, meanHandleSeconds: 360, agents: 25)
        let a = model.run(mentions: 20_000, seed: 5, waitLimit: 60, replyLimit: 900)
        let b = model.run(mentions: 20_000, seed: 5, waitLimit: 60, replyLimit: 900)
        let c = model.run(mentions: 20_000, seed: 6, waitLimit: 60, replyLimit: 900)
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.totalWait.bitPattern, b.totalWait.bitPattern)
        XCTAssertNotEqual(a.totalWait, c.totalWait)
    }
}
