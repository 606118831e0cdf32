import Foundation
import XCTest
@testable import SocialPlanCore

/// Boundary rules: small and zero traffic, exact shrinkage, invalid and impossible input.
final class StaffingEdgeCaseTests: XCTestCase {
    private let lax = ServiceTarget(fraction: 0.4, limitSeconds: 60, metric: .wait)

    func testSmallTrafficStartsBelowRoundedTraffic() {
        // A = 0.6 (3 contacts / 900 s, AHT 180 s): one agent meets 40 % within 60 s
        // (SL 0.4749); round(A + 1) = 2 would over-staff.
        let load = QueueLoad(arrivalsPerInterval: 3, intervalSeconds: 900, meanHandleSeconds: 180)
        XCTAssertEqual(load.traffic, 0.6, accuracy: 1e-15)
        let r = StaffingCalculator.requirement(load: load, target: lax, maxOccupancy: nil, shrinkagePartsPerMillion: 0)
        XCTAssertTrue(r.reachable)
        XCTAssertEqual(r.rawAgents, 1)
        XCTAssertEqual(r.scheduledAgents, 1)
        XCTAssertEqual(r.figures.serviceLevelWait, 0.47489600857423155, accuracy: 1e-14)
        XCTAssertEqual(r.figures.occupancy, 0.6, accuracy: 1e-15)
    }

    func testZeroArrivalsNeedZeroAgents() {
        let target = ServiceTarget(fraction: 1, limitSeconds: 0, metric: .reply)   // even the strictest target
        for load in [QueueLoad(arrivalsPerInterval: 0, intervalSeconds: 900, meanHandleSeconds: 180),
                     QueueLoad(arrivalsPerInterval: 12, intervalSeconds: 900, meanHandleSeconds: 0)] {
            let r = StaffingCalculator.requirement(load: load, target: target, maxOccupancy: 0.85,
                                                   shrinkagePartsPerMillion: 300_000)
            XCTAssertTrue(r.reachable)
            XCTAssertNil(r.issue)
            XCTAssertEqual(r.rawAgents, 0)
            XCTAssertEqual(r.scheduledAgents, 0)
            XCTAssertEqual(r.bindingConstraint, StaffingConstraint.none)
            XCTAssertEqual(r.figures, StaffingFigures.idle)
            XCTAssertEqual(r.figures.serviceLevelWait, 1)
            XCTAssertEqual(r.figures.serviceLevelReply, 1)
            XCTAssertEqual(r.figures.pWait, 0)
            XCTAssertEqual(r.figures.occupancy, 0)
            XCTAssertEqual(r.figures.asaSeconds, 0)
        }
        XCTAssertEqual(ErlangC.probabilityOfWait(agents: 0, traffic: 0), 0)
        XCTAssertEqual(ErlangC.serviceLevelWait(agents: 0, traffic: 0, meanHandleSeconds: 180, limitSeconds: 20), 1)
        XCTAssertEqual(ErlangC.serviceLevelReply(agents: 0, traffic: 0, meanHandleSeconds: 180, limitSeconds: 20), 1)
        XCTAssertEqual(ErlangC.averageSpeedOfAnswer(agents: 0, traffic: 0, meanHandleSeconds: 180), 0)
        XCTAssertEqual(ErlangC.occupancy(agents: 0, traffic: 0), 0)
        XCTAssertEqual(ErlangC.erlangB(agents: 0, traffic: 0), 1)
        XCTAssertEqual(ErlangC.erlangB(agents: 3, traffic: 0), 0)
    }

    func testExactShrinkageArithmetic() {
        // Floating point gets this wrong: 21 / 0.7 = 30.000000000000004.
        XCTAssertEqual((21.0 / (1 - 0.3)).rounded(.up), 31)
        XCTAssertEqual(StaffingCalculator.scheduledAgents(raw: 21, shrinkagePartsPerMillion: 300_000), 30)
        XCTAssertEqual(StaffingCalculator.scheduledAgents(raw: 14, shrinkagePartsPerMillion: 300_000), 20)
        XCTAssertEqual(StaffingCalculator.scheduledAgents(raw: 22, shrinkagePartsPerMillion: 300_000), 32)
        XCTAssertEqual(StaffingCalculator.scheduledAgents(raw: 10, shrinkagePartsPerMillion: 0), 10)
        XCTAssertEqual(StaffingCalculator.scheduledAgents(raw: 0, shrinkagePartsPerMillion: 500_000), 0)
        XCTAssertEqual(StaffingCalculator.scheduledAgents(raw: 3, shrinkagePartsPerMillion: 500_000), 6)
        XCTAssertEqual(StaffingCalculator.scheduledAgents(raw: 1, shrinkagePartsPerMillion: 1), 2)
        XCTAssertEqual(StaffingCalculator.scheduledAgents(raw: 2, shrinkagePartsPerMillion: 333_334), 4)
        XCTAssertEqual(StaffingCalculator.scheduledAgents(raw: 2, shrinkagePartsPerMillion: 333_333), 3)
        XCTAssertEqual(StaffingCalculator.scheduledAgents(raw: 1, shrinkagePartsPerMillion: 999_999), 1_000_000)
        // Exhaustive agreement with the definition over a small grid.
        for raw in 0...60 {
            for ppm in stride(from: 0, to: 1_000_000, by: 12_345) {
                let s = StaffingCalculator.scheduledAgents(raw: raw, shrinkagePartsPerMillion: ppm)
                XCTAssertGreaterThanOrEqual(s * (1_000_000 - ppm), raw * 1_000_000)
                if s > 0 { XCTAssertLessThan((s - 1) * (1_000_000 - ppm), raw * 1_000_000) }
            }
        }
    }

    func testInvalidShrinkageDoesNotCrash() {
        XCTAssertEqual(StaffingCalculator.scheduledAgents(raw: 21, shrinkagePartsPerMillion: 1_000_000), 0)
        XCTAssertNil(StaffingCalculator.scheduledAgentsIfValid(raw: 21, shrinkagePartsPerMillion: 1_000_000))
        XCTAssertNil(StaffingCalculator.scheduledAgentsIfValid(raw: 21, shrinkagePartsPerMillion: -1))
        XCTAssertNil(StaffingCalculator.scheduledAgentsIfValid(raw: -1, shrinkagePartsPerMillion: 0))
        XCTAssertNil(StaffingCalculator.scheduledAgentsIfValid(raw: Int.max, shrinkagePartsPerMillion: 0))
        XCTAssertEqual(StaffingCalculator.scheduledAgentsIfValid(raw: 21, shrinkagePartsPerMillion: 300_000), 30)
        let load = QueueLoad(arrivalsPerInterval: 100, intervalSeconds: 1800, meanHandleSeconds: 180)
        let target = ServiceTarget(fraction: 0.8, limitSeconds: 20)
        for ppm in [1_000_000, 2_000_000, -5, Int.max, Int.min] {
            let r = StaffingCalculator.requirement(load: load, target: target, maxOccupancy: 0.85,
                                                   shrinkagePartsPerMillion: ppm)
            XCTAssertFalse(r.reachable)
            XCTAssertEqual(r.issue, .invalidShrinkage)
            XCTAssertEqual(r.scheduledAgents, 0)
            XCTAssertEqual(r.rawAgents, 14)   // still computed
        }
        let idle = StaffingCalculator.requirement(load: QueueLoad(arrivalsPerInterval: 0, meanHandleSeconds: 180),
                                                  target: target, maxOccupancy: nil,
                                                  shrinkagePartsPerMillion: 1_000_000)
        XCTAssertFalse(idle.reachable)
        XCTAssertEqual(idle.issue, .invalidShrinkage)
    }

    func testImpossibleTargetsAreReportedNotLooped() {
        let load = QueueLoad(arrivalsPerInterval: 100, intervalSeconds: 1800, meanHandleSeconds: 180)
        // 100 % answered with zero wait can never happen when anyone calls.
        let perfect = StaffingCalculator.requirement(load: load, target: ServiceTarget(fraction: 1, limitSeconds: 0),
                                                     maxOccupancy: nil, shrinkagePartsPerMillion: 0)
        XCTAssertFalse(perfect.reachable)
        XCTAssertEqual(perfect.issue, .targetUnreachable)
        XCTAssertEqual(perfect.bindingConstraint, .serviceLevel)
        XCTAssertEqual(perfect.rawAgents, StaffingCalculator.searchCap(traffic: 10))
        XCTAssertEqual(StaffingCalculator.searchCap(traffic: 10), 10 + 1 + 32 + 1000)
        XCTAssertTrue(perfect.figures.asaSeconds.isFinite)
        // 100 % within a generous limit: still strictly below 1 for every N.
        let full = StaffingCalculator.requirement(load: load, target: ServiceTarget(fraction: 1, limitSeconds: 3600),
                                                  maxOccupancy: nil, shrinkagePartsPerMillion: 0)
        XCTAssertEqual(full.issue, .targetUnreachable)
        // Reply target above the handle-time ceiling 1 − e^(−300/75) = 0.98168…
        let replyLoad = QueueLoad(arrivalsPerInterval: 60, intervalSeconds: 900, meanHandleSeconds: 75)
        let tooHigh = StaffingCalculator.requirement(
            load: replyLoad, target: ServiceTarget(fraction: 0.99, limitSeconds: 300, metric: .reply),
            maxOccupancy: nil, shrinkagePartsPerMillion: 0)
        XCTAssertFalse(tooHigh.reachable)
        XCTAssertEqual(tooHigh.issue, .targetUnreachable)
        XCTAssertLessThan(tooHigh.figures.serviceLevelReply, 0.99)
        // A very strict but possible target is met.
        let strict = StaffingCalculator.requirement(
            load: load, target: ServiceTarget(fraction: 0.999_999, limitSeconds: 0),
            maxOccupancy: nil, shrinkagePartsPerMillion: 0)
        XCTAssertTrue(strict.reachable)
        XCTAssertLessThanOrEqual(strict.figures.pWait, 1e-6)
        // The search cap itself: a possible target with an artificially low cap is unreachable.
        let capped = StaffingCalculator.requirement(load: load, target: ServiceTarget(fraction: 0.8, limitSeconds: 20),
                                                    maxOccupancy: nil, shrinkagePartsPerMillion: 300_000,
                                                    searchLimit: 13)
        XCTAssertFalse(capped.reachable)
        XCTAssertEqual(capped.issue, .targetUnreachable)
        XCTAssertEqual(capped.rawAgents, 13)
        XCTAssertEqual(capped.figures.serviceLevelWait, 0.79559478841778312, accuracy: 1e-13)
        let uncapped = StaffingCalculator.requirement(load: load, target: ServiceTarget(fraction: 0.8, limitSeconds: 20),
                                                      maxOccupancy: nil, shrinkagePartsPerMillion: 300_000,
                                                      searchLimit: 14)
        XCTAssertTrue(uncapped.reachable)
        XCTAssertEqual(uncapped.rawAgents, 14)
    }

    func testInvalidInputIsReported() {
        let target = ServiceTarget(fraction: 0.8, limitSeconds: 20)
        let good = QueueLoad(arrivalsPerInterval: 100, intervalSeconds: 1800, meanHandleSeconds: 180)
        let badLoads = [
            QueueLoad(arrivalsPerInterval: -1, intervalSeconds: 900, meanHandleSeconds: 180),
            QueueLoad(arrivalsPerInterval: .nan, intervalSeconds: 900, meanHandleSeconds: 180),
            QueueLoad(arrivalsPerInterval: 10, intervalSeconds: 0, meanHandleSeconds: 180),
            QueueLoad(arrivalsPerInterval: 10, intervalSeconds: -900, meanHandleSeconds: 180),
            QueueLoad(arrivalsPerInterval: 10, intervalSeconds: 900, meanHandleSeconds: .infinity),
            QueueLoad(arrivalsPerInterval: 1e12, intervalSeconds: 900, meanHandleSeconds: 180),
        ]
        for load in badLoads {
            XCTAssertFalse(load.isValid)
            let r = StaffingCalculator.requirement(load: load, target: target, maxOccupancy: nil, shrinkagePartsPerMillion: 0)
            XCTAssertEqual(r.issue, .invalidLoad)
            XCTAssertFalse(r.reachable)
            XCTAssertEqual(r.rawAgents, 0)
            XCTAssertEqual(r.figures, .unavailable)
        }
        for bad in [ServiceTarget(fraction: 1.5, limitSeconds: 20), ServiceTarget(fraction: -0.1, limitSeconds: 20),
                    ServiceTarget(fraction: .nan, limitSeconds: 20), ServiceTarget(fraction: 0.8, limitSeconds: -1),
                    ServiceTarget(fraction: 0.8, limitSeconds: .infinity), ServiceTarget(fraction: 0.8, limitSeconds: .nan)] {
            XCTAssertFalse(bad.isValid)
            let r = StaffingCalculator.requirement(load: good, target: bad, maxOccupancy: nil, shrinkagePartsPerMillion: 0)
            XCTAssertEqual(r.issue, .invalidTarget)
        }
        for occ in [0.0, -0.5, 1.2, 85, .nan, 1e-300] {
            let r = StaffingCalculator.requirement(load: good, target: target, maxOccupancy: occ, shrinkagePartsPerMillion: 0)
            XCTAssertEqual(r.issue, .invalidMaxOccupancy, "\(occ)")
            XCTAssertFalse(r.reachable)
        }
        // Invalid traffic in the formulas gives NaN, never a trap or a hang.
        for a in [-1.0, .nan, .infinity, 2e6] {
            XCTAssertTrue(ErlangC.probabilityOfWait(agents: 5, traffic: a).isNaN)
            XCTAssertTrue(ErlangC.erlangB(agents: 5, traffic: a).isNaN)
            XCTAssertTrue(ErlangC.serviceLevelWait(agents: 5, traffic: a, meanHandleSeconds: 1, limitSeconds: 1).isNaN)
            XCTAssertTrue(ErlangC.occupancy(agents: 5, traffic: a).isNaN)
        }
        XCTAssertTrue(ErlangC.serviceLevelWait(agents: 5, traffic: 2, meanHandleSeconds: 0, limitSeconds: 1).isNaN)
        XCTAssertTrue(ErlangC.serviceLevelReply(agents: 5, traffic: 2, meanHandleSeconds: -3, limitSeconds: 1).isNaN)
        XCTAssertTrue(ErlangC.averageSpeedOfAnswer(agents: 5, traffic: 2, meanHandleSeconds: .nan).isNaN)
        // Huge agent counts return promptly (the recursion stops once B is flushed to 0).
        XCTAssertEqual(ErlangC.probabilityOfWait(agents: Int.max, traffic: 10), 0)
        XCTAssertEqual(ErlangC.probabilityOfWait(agents: -4, traffic: 10), 1)
    }

    func testOccupancyRule() {
        // Occupancy binds: A = 10, lax target, max 70 % -> ⌈10/0.7⌉ = 15 (mpmath/fractions: 15).
        let load = QueueLoad(arrivalsPerInterval: 100, intervalSeconds: 1800, meanHandleSeconds: 180)
        let r = StaffingCalculator.requirement(load: load, target: ServiceTarget(fraction: 0.5, limitSeconds: 60),
                                               maxOccupancy: 0.7, shrinkagePartsPerMillion: 0)
        XCTAssertEqual(r.rawAgents, 15)
        XCTAssertEqual(r.bindingConstraint, .occupancy)
        XCTAssertEqual(r.figures, StaffingCalculator.figures(agents: 15, load: load,
                                                             target: ServiceTarget(fraction: 0.5, limitSeconds: 60)))
        // Exact multiples: A = 8.5 at 85 % is exactly 10 agents.
        XCTAssertEqual(StaffingCalculator.minimumAgentsForOccupancy(traffic: 8.5, maxOccupancy: 0.85), 10)
        XCTAssertEqual(StaffingCalculator.minimumAgentsForOccupancy(traffic: 10, maxOccupancy: 1), 10)
        XCTAssertEqual(StaffingCalculator.minimumAgentsForOccupancy(traffic: 0, maxOccupancy: 0.5), 0)
        XCTAssertEqual(StaffingCalculator.minimumAgentsForOccupancy(traffic: 0.01, maxOccupancy: 0.9), 1)
        XCTAssertNil(StaffingCalculator.minimumAgentsForOccupancy(traffic: 10, maxOccupancy: 0))
        for a in stride(from: 0.1, through: 200, by: 0.7) {
            for m in [0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 1] {
                guard let n = StaffingCalculator.minimumAgentsForOccupancy(traffic: a, maxOccupancy: m) else {
                    XCTFail("nil for A=\(a) m=\(m)"); continue
                }
                XCTAssertLessThanOrEqual(a / Double(n), m)
                XCTAssertGreaterThan(a / Double(n - 1), m)
            }
        }
        // Maximum occupancy 100 % with integral traffic never yields N = A.
        let integral = StaffingCalculator.requirement(load: load, target: ServiceTarget(fraction: 0, limitSeconds: 0),
                                                      maxOccupancy: 1, shrinkagePartsPerMillion: 0)
        XCTAssertEqual(integral.rawAgents, 11)
    }

    func testUnstableFiguresAndCodable() throws {
        let load = QueueLoad(arrivalsPerInterval: 100, intervalSeconds: 1800, meanHandleSeconds: 180)
        let target = ServiceTarget(fraction: 0.8, limitSeconds: 20)
        for n in [0, 5, 10] {
            let f = StaffingCalculator.figures(agents: n, load: load, target: target)
            XCTAssertEqual(f.pWait, 1)
            XCTAssertEqual(f.serviceLevelWait, 0)
            XCTAssertEqual(f.serviceLevelReply, 0)
            XCTAssertEqual(f.asaSeconds, .infinity)
            XCTAssertGreaterThanOrEqual(f.occupancy, 1)
        }
        // Requirements are always finite, so they round-trip through a default JSONEncoder.
        let requirements = [
            StaffingCalculator.requirement(load: load, target: target, maxOccupancy: 0.85, shrinkagePartsPerMillion: 300_000),
            StaffingCalculator.requirement(load: load, target: ServiceTarget(fraction: 1, limitSeconds: 0),
                                           maxOccupancy: nil, shrinkagePartsPerMillion: 0),
            StaffingCalculator.requirement(load: QueueLoad(arrivalsPerInterval: .nan, meanHandleSeconds: 1),
                                           target: target, maxOccupancy: nil, shrinkagePartsPerMillion: 0),
            StaffingCalculator.requirement(load: QueueLoad(arrivalsPerInterval: 0, meanHandleSeconds: 1),
                                           target: target, maxOccupancy: nil, shrinkagePartsPerMillion: 0),
        ]
        for r in requirements {
            let data = try JSONEncoder().encode(r)
            XCTAssertEqual(try JSONDecoder().decode(StaffingRequirement.self, from: data), r)
        }
        let json = try JSONEncoder().encode(ServiceMetric.reply)
        XCTAssertEqual(String(decoding: json, as: UTF8.self), "\"reply\"")
    }
}
