import XCTest
@testable import SocialPlanCore

final class StationaryCrossCheckTests: XCTestCase {
    func testCrossCheckIntervalsContainExactErlangC() {
        let model = StationaryQueueSimulation(arrivalsPerSecond: 200.0 / 3600, meanHandleSeconds: 360, agents: 25)
        let check = StationaryCrossCheck(model: model, mentions: 50_000, replications: 10, seed: 42,
                                         waitLimit: 60, replyLimit: 900)
        XCTAssertTrue(check.probabilityOfWait.contains(ErlangC.probabilityOfWait(agents: 25, traffic: 20)))
        XCTAssertTrue(check.meanWait.contains(ErlangC.averageSpeedOfAnswer(agents: 25, traffic: 20, meanHandleSeconds: 360)))
        XCTAssertTrue(check.serviceLevelWait.contains(
            ErlangC.serviceLevelWait(agents: 25, traffic: 20, meanHandleSeconds: 360, limitSeconds: 60)))
        XCTAssertTrue(check.serviceLevelReply.contains(
            ErlangC.serviceLevelReply(agents: 25, traffic: 20, meanHandleSeconds: 360, limitSeconds: 900)))
        XCTAssertEqual(check.probabilityOfWait.count, 10)
        // p90 of reply sits where the exact reply-time distribution crosses 0.9 (between 800 s and 900 s).
        XCTAssertTrue((800...900).contains(check.replyP90.mean), "\(check.replyP90.mean)")
    }

    func testSameSeedGivesIdenticalFigures() {
        let model = StationaryQueueSimulation(arrivalsPerSecond: 0.01, meanHandleSeconds: 300, agents: 4)
        let a = StationaryCrossCheck(model: model, mentions: 5_000, replications: 3, seed: 9, waitLimit: 60, replyLimit: 600)
        let b = StationaryCrossCheck(model: model, mentions: 5_000, replications: 3, seed: 9, waitLimit: 60, replyLimit: 600)
        XCTAssertEqual(a, b)
    }
}
