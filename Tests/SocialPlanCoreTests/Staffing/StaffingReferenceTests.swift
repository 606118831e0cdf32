import XCTest
@testable import SocialPlanCore

/// Cross-checks against an independent implementation.
///
/// Every reference value below was computed by `reference.py` (listed in full in
/// docs/staffing-math.md; run with `python3 reference.py`) with mpmath at 60
/// significant digits, by a different method than the Swift code: Erlang C from
/// the closed form with explicit powers and factorials
/// `C = (Aᴺ/N!·N/(N−A)) / (Σ_{k<N} Aᵏ/k! + Aᴺ/N!·N/(N−A))` (no recursion), the
/// reply-based service level by numeric integration (`mpmath.quad`) of the
/// wait/handle-time convolution (not the closed form), and required agents by
/// brute force with exact fractions for shrinkage. Values printed to 17 digits.
final class StaffingReferenceTests: XCTestCase {
    private struct Reference {
        let agents: Int
        let traffic: Double
        let aht: Double
        let limit: Double
        let erlangB: Double
        let pWait: Double
        let slWait: Double
        let asa: Double
        let slReply: Double
    }

    private let references: [Reference] = [
        // Worked example: 100 contacts / 1800 s, AHT 180 s -> A = 10, T = 20 s.
        Reference(agents: 13, traffic: 10, aht: 180, limit: 20,
                  erlangB: 0.084338862672366486, pWait: 0.28527045303649294, slWait: 0.79559478841778312,
                  asa: 17.116227182189576, slReply: 0.079727680325488118),
        Reference(agents: 14, traffic: 10, aht: 180, limit: 20,
                  erlangB: 0.056819143386520859, pWait: 0.17413193359504984, slWait: 0.88835001917946688,
                  asa: 7.8359370117772429, slReply: 0.090437309961221395),
        // Case B: 250 / 1800 s, AHT 270 s -> A = 37.5, T = 30 s.
        Reference(agents: 45, traffic: 37.5, aht: 270, limit: 30,
                  erlangB: 0.032553310634833846, pWait: 0.16797857082817756, slWait: 0.92699681405049468,
                  asa: 6.0472285498143922, slReply: 0.093266738014886331),
        // Case C: 60 / 900 s, AHT 75 s -> A = 5, T = 300 s.
        Reference(agents: 7, traffic: 5, aht: 75, limit: 300,
                  erlangB: 0.12051863507342959, pWait: 0.32414994917328797, slWait: 0.99989125980621586,
                  asa: 12.155623093998299, slReply: 0.97585608789019048),
        // Case D: the singular reply case N − A = 1 (θ = μ): A = 2, N = 3, AHT 300 s, T = 600 s.
        Reference(agents: 3, traffic: 2, aht: 300, limit: 600,
                  erlangB: 0.21052631578947368, pWait: 0.44444444444444444, slWait: 0.93985098522817214,
                  asa: 133.33333333333333, slReply: 0.74436668721973158),
        // Case E: 3 / 900 s, AHT 180 s -> A = 0.6 (the double nearest 0.6), T = 60 s.
        Reference(agents: 1, traffic: 0.6, aht: 180, limit: 60,
                  erlangB: 0.37499999999999999, pWait: 0.59999999999999998, slWait: 0.47489600857423155,
                  asa: 269.99999999999998, slReply: 0.12482668095705255),
        // Case G: big traffic, 7500 / 900 s, AHT 180 s -> A = 1500, T = 20 s.
        Reference(agents: 1520, traffic: 1500, aht: 180, limit: 20,
                  erlangB: 0.01274961211896311, pWait: 0.49532776008157695, slWait: 0.94632230979303,
                  asa: 4.4579498407341925, slReply: 0.08465746927912389),
        Reference(agents: 2000, traffic: 1500, aht: 180, limit: 20,
                  erlangB: 1.660139975805212e-35, pWait: 6.6405599032208481e-35, slWait: 1.0,
                  asa: 2.3906015651595053e-35, slReply: 0.10516068318563023),
    ]

    private func assertRelative(_ value: Double, _ expected: Double, _ tolerance: Double,
                                _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        let scale = max(abs(expected), Double.leastNormalMagnitude)
        XCTAssertLessThanOrEqual(abs(value - expected) / scale, tolerance,
                                 "\(label): got \(value), expected \(expected)", file: file, line: line)
    }

    func testWorkedExample() {
        // 100 contacts per 30 minutes, AHT 3 minutes, 80 % answered within 20 s,
        // maximum occupancy 85 %, shrinkage 30 %.
        let load = QueueLoad(arrivalsPerInterval: 100, intervalSeconds: 1800, meanHandleSeconds: 180)
        XCTAssertEqual(load.traffic, 10)
        let target = ServiceTarget(fraction: 0.8, limitSeconds: 20, metric: .wait)
        let result = StaffingCalculator.requirement(load: load, target: target, maxOccupancy: 0.85,
                                                    shrinkagePartsPerMillion: 300_000)
        XCTAssertTrue(result.reachable)
        XCTAssertNil(result.issue)
        XCTAssertEqual(result.rawAgents, 14)
        XCTAssertEqual(result.scheduledAgents, 20)
        XCTAssertEqual(result.bindingConstraint, .serviceLevel)
        XCTAssertEqual(result.figures.agents, 14)
        XCTAssertEqual(result.figures.serviceLevelWait, 0.888, accuracy: 0.0005)
        XCTAssertEqual(result.figures.occupancy, 0.714, accuracy: 0.0005)
        // mpmath references (reference.py): P(wait) 0.17413193359504984, ASA 7.8359370117772429 s.
        assertRelative(result.figures.pWait, 0.17413193359504984, 1e-13, "pWait")
        assertRelative(result.figures.asaSeconds, 7.8359370117772429, 1e-13, "ASA")
        assertRelative(result.figures.serviceLevelWait, 0.88835001917946688, 1e-13, "SL wait")
        assertRelative(result.figures.serviceLevelReply, 0.090437309961221395, 1e-12, "SL reply")
        // 13 agents fall short: SL 0.7956 < 0.8.
        let thirteen = StaffingCalculator.figures(agents: 13, load: load, target: target)
        XCTAssertLessThan(thirteen.serviceLevelWait, 0.8)
        assertRelative(thirteen.serviceLevelWait, 0.79559478841778312, 1e-13, "SL wait at 13")
    }

    func testFormulasAgainstMpmath() {
        for r in references {
            let label = "N=\(r.agents) A=\(r.traffic)"
            // Big-N values accumulate ~N ulps through the recursion.
            let tol = r.agents > 100 ? 1e-11 : 1e-13
            assertRelative(ErlangC.erlangB(agents: r.agents, traffic: r.traffic), r.erlangB, tol, "\(label) B")
            assertRelative(ErlangC.probabilityOfWait(agents: r.agents, traffic: r.traffic), r.pWait, tol, "\(label) C")
            assertRelative(ErlangC.serviceLevelWait(agents: r.agents, traffic: r.traffic, meanHandleSeconds: r.aht,
                                                    limitSeconds: r.limit), r.slWait, tol, "\(label) SL wait")
            assertRelative(ErlangC.averageSpeedOfAnswer(agents: r.agents, traffic: r.traffic, meanHandleSeconds: r.aht),
                           r.asa, tol, "\(label) ASA")
            assertRelative(ErlangC.serviceLevelReply(agents: r.agents, traffic: r.traffic, meanHandleSeconds: r.aht,
                                                     limitSeconds: r.limit), r.slReply, 1e-11, "\(label) SL reply")
            assertRelative(ErlangC.occupancy(agents: r.agents, traffic: r.traffic), r.traffic / Double(r.agents),
                           0, "\(label) occupancy")
            // The calculator's figures agree with the standalone functions.
            let load = QueueLoad(arrivalsPerInterval: r.traffic, intervalSeconds: r.aht, meanHandleSeconds: r.aht)
            XCTAssertEqual(load.traffic, r.traffic)
            let f = StaffingCalculator.figures(agents: r.agents, load: load,
                                               target: ServiceTarget(fraction: 0.8, limitSeconds: r.limit))
            assertRelative(f.pWait, r.pWait, tol, "\(label) figures C")
            assertRelative(f.serviceLevelWait, r.slWait, tol, "\(label) figures SL wait")
            assertRelative(f.serviceLevelReply, r.slReply, 1e-11, "\(label) figures SL reply")
            assertRelative(f.asaSeconds, r.asa, tol, "\(label) figures ASA")
        }
    }

    /// Required agents, checked against the brute-force search in reference.py.
    func testRequirementsAgainstMpmath() {
        struct Case {
            let load: QueueLoad
            let target: ServiceTarget
            let maxOccupancy: Double?
            let ppm: Int
            let raw: Int
            let scheduled: Int
            let binding: StaffingConstraint
        }
        let cases: [Case] = [
            // Case B: A = 37.5, 90 % within 30 s, shrinkage 35 % -> (45, 70).
            Case(load: QueueLoad(arrivalsPerInterval: 250, intervalSeconds: 1800, meanHandleSeconds: 270),
                 target: ServiceTarget(fraction: 0.9, limitSeconds: 30, metric: .wait),
                 maxOccupancy: nil, ppm: 350_000, raw: 45, scheduled: 70, binding: .serviceLevel),
            // Case C: A = 5, 80 % replied within 300 s, shrinkage 25 % -> (6, 8).
            Case(load: QueueLoad(arrivalsPerInterval: 60, intervalSeconds: 900, meanHandleSeconds: 75),
                 target: ServiceTarget(fraction: 0.8, limitSeconds: 300, metric: .reply),
                 maxOccupancy: nil, ppm: 250_000, raw: 6, scheduled: 8, binding: .serviceLevel),
            // Case C': A = 5, 98 % replied within 300 s (ceiling 0.98168) -> (8, 8).
            Case(load: QueueLoad(arrivalsPerInterval: 60, intervalSeconds: 900, meanHandleSeconds: 75),
                 target: ServiceTarget(fraction: 0.98, limitSeconds: 300, metric: .reply),
                 maxOccupancy: nil, ppm: 0, raw: 8, scheduled: 8, binding: .serviceLevel),
            // Case E: A = 0.6, 40 % within 60 s -> (1, 1); 50 % -> (2, 2).
            Case(load: QueueLoad(arrivalsPerInterval: 3, intervalSeconds: 900, meanHandleSeconds: 180),
                 target: ServiceTarget(fraction: 0.4, limitSeconds: 60, metric: .wait),
                 maxOccupancy: nil, ppm: 0, raw: 1, scheduled: 1, binding: .serviceLevel),
            Case(load: QueueLoad(arrivalsPerInterval: 3, intervalSeconds: 900, meanHandleSeconds: 180),
                 target: ServiceTarget(fraction: 0.5, limitSeconds: 60, metric: .wait),
                 maxOccupancy: nil, ppm: 0, raw: 2, scheduled: 2, binding: .serviceLevel),
            // Case F: A = 10, lax 50 % within 60 s, max occupancy 70 % binds -> (15, 15).
            Case(load: QueueLoad(arrivalsPerInterval: 100, intervalSeconds: 1800, meanHandleSeconds: 180),
                 target: ServiceTarget(fraction: 0.5, limitSeconds: 60, metric: .wait),
                 maxOccupancy: 0.7, ppm: 0, raw: 15, scheduled: 15, binding: .occupancy),
            // Case G: A = 1500, 80 % within 20 s, shrinkage 30 % -> (1512, 2160).
            Case(load: QueueLoad(arrivalsPerInterval: 7500, intervalSeconds: 900, meanHandleSeconds: 180),
                 target: ServiceTarget(fraction: 0.8, limitSeconds: 20, metric: .wait),
                 maxOccupancy: nil, ppm: 300_000, raw: 1512, scheduled: 2160, binding: .serviceLevel),
        ]
        for c in cases {
            let r = StaffingCalculator.requirement(load: c.load, target: c.target, maxOccupancy: c.maxOccupancy,
                                                   shrinkagePartsPerMillion: c.ppm)
            let label = "A=\(c.load.traffic) target=\(c.target)"
            XCTAssertTrue(r.reachable, label)
            XCTAssertEqual(r.rawAgents, c.raw, label)
            XCTAssertEqual(r.scheduledAgents, c.scheduled, label)
            XCTAssertEqual(r.bindingConstraint, c.binding, label)
            XCTAssertEqual(r.figures.agents, c.raw, label)
        }
    }

    /// The O(N) incremental search gives the same answer as recomputing every
    /// candidate from scratch, starting at zero agents.
    func testIncrementalSearchMatchesBruteForce() {
        let traffics: [Double] = [0.05, 0.6, 1, 2, 2.5, 7.9, 10, 33.3, 120, 480]
        let targets: [ServiceTarget] = [
            ServiceTarget(fraction: 0.8, limitSeconds: 20, metric: .wait),
            ServiceTarget(fraction: 0.95, limitSeconds: 0, metric: .wait),
            ServiceTarget(fraction: 0.5, limitSeconds: 600, metric: .wait),
            ServiceTarget(fraction: 0.7, limitSeconds: 600, metric: .reply),
            ServiceTarget(fraction: 0.9, limitSeconds: 900, metric: .reply),
        ]
        let aht = 240.0
        for a in traffics {
            let load = QueueLoad(arrivalsPerInterval: a * 900 / aht, intervalSeconds: 900, meanHandleSeconds: aht)
            for t in targets {
                var brute = 0
                while ErlangC.serviceLevel(metric: t.metric, agents: brute, traffic: load.traffic,
                                           meanHandleSeconds: aht, limitSeconds: t.limitSeconds) < t.fraction {
                    brute += 1
                }
                let r = StaffingCalculator.requirement(load: load, target: t, maxOccupancy: nil,
                                                       shrinkagePartsPerMillion: 0)
                XCTAssertTrue(r.reachable)
                XCTAssertEqual(r.rawAgents, brute, "A=\(a) \(t)")
                XCTAssertEqual(r.figures, StaffingCalculator.figures(agents: brute, load: load, target: t))
            }
        }
    }
}
