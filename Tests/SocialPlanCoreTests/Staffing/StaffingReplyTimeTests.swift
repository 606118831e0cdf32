import Foundation
import XCTest
@testable import SocialPlanCore

/// The reply-based service level P(W + S ≤ T), checked against numeric
/// integration and against a seeded discrete-event simulation of the queue.
final class StaffingReplyTimeTests: XCTestCase {
    /// P(W + S ≤ T) by composite Simpson integration of the convolution
    /// (1 − C)(1 − e^(−μT)) + C ∫₀ᵀ θe^(−θx)(1 − e^(−μ(T−x))) dx.
    private func integratedReplyLevel(agents: Int, traffic: Double, aht: Double, limit: Double) -> Double {
        let c = ErlangC.probabilityOfWait(agents: agents, traffic: traffic)
        let mu = 1 / aht
        let theta = (Double(agents) - traffic) * mu
        let steps = 4000
        let h = limit / Double(steps)
        var sum = 0.0
        for i in 0...steps {
            let x = Double(i) * h
            let f = theta * exp(-theta * x) * (1 - exp(-mu * (limit - x)))
            let weight: Double = (i == 0 || i == steps) ? 1 : (i % 2 == 1 ? 4 : 2)
            sum += weight * f
        }
        return (1 - c) * (1 - exp(-mu * limit)) + c * sum * h / 3
    }

    func testClosedFormMatchesNumericIntegration() {
        let cases: [(agents: Int, traffic: Double, aht: Double, limit: Double)] = [
            (14, 10, 180, 20), (14, 10, 180, 600), (13, 10, 180, 3600),
            (3, 2, 300, 600),              // singular: N − A = 1
            (3, 2 + 1e-6, 300, 600),       // near-singular, expm1 branch
            (3, 2 - 1e-12, 300, 600),      // near-singular, series branch
            (2, 1.5, 120, 240),            // N − A = 0.5 < 1
            (45, 37.5, 270, 900), (1, 0.6, 180, 60), (60, 20, 200, 100),
        ]
        for c in cases {
            let closed = ErlangC.serviceLevelReply(agents: c.agents, traffic: c.traffic,
                                                   meanHandleSeconds: c.aht, limitSeconds: c.limit)
            let numeric = integratedReplyLevel(agents: c.agents, traffic: c.traffic, aht: c.aht, limit: c.limit)
            XCTAssertEqual(closed, numeric, accuracy: 1e-9, "\(c)")
        }
    }

    /// The removable singularity θ = μ (N − A = 1): the closed form there is
    /// 1 − e^(−τ) − C·τ·e^(−τ) with τ = T/AHT, and it is continuous on both sides.
    func testSingularCaseThetaEqualsMu() {
        let aht = 300.0, limit = 600.0
        let tau = limit / aht
        let c = ErlangC.probabilityOfWait(agents: 3, traffic: 2)
        XCTAssertEqual(c, 4.0 / 9.0, accuracy: 1e-15)
        let expected = 1 - exp(-tau) - c * tau * exp(-tau)
        let at = ErlangC.serviceLevelReply(agents: 3, traffic: 2, meanHandleSeconds: aht, limitSeconds: limit)
        XCTAssertEqual(at, expected, accuracy: 1e-15)
        // mpmath quad (reference.py, case D): 0.74436668721973158.
        XCTAssertEqual(at, 0.74436668721973158, accuracy: 1e-14)
        for eps in [1e-15, 1e-12, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6] {
            for a in [2 + eps, 2 - eps] {
                let near = ErlangC.serviceLevelReply(agents: 3, traffic: a, meanHandleSeconds: aht, limitSeconds: limit)
                XCTAssertEqual(near, at, accuracy: 10 * eps + 1e-14, "A=\(a)")
            }
        }
        // Also at other limits, including 0 and very long ones.
        for t in [0.0, 1, 30, 300, 3000, 30_000] {
            let tau = t / aht
            let closed = 1 - exp(-tau) - c * tau * exp(-tau)
            XCTAssertEqual(ErlangC.serviceLevelReply(agents: 3, traffic: 2, meanHandleSeconds: aht, limitSeconds: t),
                           closed, accuracy: 1e-14, "T=\(t)")
        }
    }

    /// Reply SL is bounded by the wait SL (W + S ≥ W) and by the ceiling 1 − e^(−T/AHT).
    func testReplyBounds() {
        for a in [0.3, 1, 4.5, 10, 50] {
            for n in (Int(a) + 1)...(Int(a) + 30) {
                for t in [0.0, 5, 60, 180, 900, 7200] {
                    let reply = ErlangC.serviceLevelReply(agents: n, traffic: a, meanHandleSeconds: 180, limitSeconds: t)
                    let wait = ErlangC.serviceLevelWait(agents: n, traffic: a, meanHandleSeconds: 180, limitSeconds: t)
                    XCTAssertLessThanOrEqual(reply, wait + 1e-15)
                    XCTAssertLessThanOrEqual(reply, -expm1(-t / 180) + 1e-15)
                    XCTAssertGreaterThanOrEqual(reply, 0)
                }
            }
        }
        XCTAssertEqual(ErlangC.serviceLevelReply(agents: 5, traffic: 3, meanHandleSeconds: 100, limitSeconds: 0), 0)
        XCTAssertEqual(ErlangC.serviceLevelReply(agents: 5, traffic: 3, meanHandleSeconds: 100, limitSeconds: -1), 0)
        XCTAssertEqual(ErlangC.serviceLevelReply(agents: 5, traffic: 3, meanHandleSeconds: 100, limitSeconds: .infinity), 1)
    }

    /// A tiny deterministic 64-bit LCG (Knuth's MMIX constants) so the simulation is reproducible.
    private struct StaffingTestLCG {
        var state: UInt64
        mutating func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (Double(state >> 11) + 0.5) / 9_007_199_254_740_992.0   // in (0, 1)
        }
        mutating func exponential(mean: Double) -> Double { -log(uniform()) * mean }
    }

    /// Simulates an M/M/N first-come-first-served queue and returns the observed
    /// P(wait > 0), P(W ≤ T) and P(W + S ≤ T).
    private func simulate(agents: Int, traffic: Double, aht: Double, limit: Double,
                          customers: Int, seed: UInt64) -> (pWait: Double, wait: Double, reply: Double) {
        var rng = StaffingTestLCG(state: seed)
        let meanGap = aht / traffic       // λ = A/AHT
        var free = [Double](repeating: 0, count: agents)
        var clock = 0.0
        let warmUp = customers / 10
        var counted = 0, waited = 0, withinWait = 0, withinReply = 0
        for i in 0..<(customers + warmUp) {
            clock += rng.exponential(mean: meanGap)
            var best = 0
            for k in 1..<agents where free[k] < free[best] { best = k }
            let start = max(clock, free[best])
            let service = rng.exponential(mean: aht)
            free[best] = start + service
            guard i >= warmUp else { continue }
            let w = start - clock
            counted += 1
            if w > 0 { waited += 1 }
            if w <= limit { withinWait += 1 }
            if w + service <= limit { withinReply += 1 }
        }
        let n = Double(counted)
        return (Double(waited) / n, Double(withinWait) / n, Double(withinReply) / n)
    }

    /// One million simulated contacts per case (after a 10 % warm-up). With these
    /// seeds the largest observed deviation from the formulas is about 0.0015, so
    /// a tolerance of 0.005 leaves a 3× margin yet catches any real formula error
    /// (the truncated reply formula is off by C·e^(−θT) ≈ 0.06 in the first case).
    func testMonteCarloSimulation() {
        // (agents, traffic, AHT, limit); the first is the singular case N − A = 1.
        let cases: [(Int, Double, Double, Double)] = [(3, 2, 300, 600), (5, 3.2, 180, 240), (2, 0.9, 60, 45)]
        for (index, c) in cases.enumerated() {
            let sim = simulate(agents: c.0, traffic: c.1, aht: c.2, limit: c.3, customers: 1_000_000,
                               seed: 0x5EED_0000 + UInt64(index))
            let pWait = ErlangC.probabilityOfWait(agents: c.0, traffic: c.1)
            let wait = ErlangC.serviceLevelWait(agents: c.0, traffic: c.1, meanHandleSeconds: c.2, limitSeconds: c.3)
            let reply = ErlangC.serviceLevelReply(agents: c.0, traffic: c.1, meanHandleSeconds: c.2, limitSeconds: c.3)
            XCTAssertEqual(sim.pWait, pWait, accuracy: 0.005, "P(wait) \(c)")
            XCTAssertEqual(sim.wait, wait, accuracy: 0.005, "SL wait \(c)")
            XCTAssertEqual(sim.reply, reply, accuracy: 0.005, "SL reply \(c)")
        }
    }

    /// The wrong formula (1−C)e^(−μT) + C·θ/(θ−μ)·(e^(−μT) − e^(−θT)) for P(W+S > T)
    /// is off by C·e^(−θT); the implementation must not match it.
    func testClosedFormIsNotTheTruncatedVariant() {
        let (n, a, aht, t) = (14, 10.0, 180.0, 20.0)
        let c = ErlangC.probabilityOfWait(agents: n, traffic: a)
        let mu = 1 / aht, theta = (Double(n) - a) / aht
        let truncated = 1 - ((1 - c) * exp(-mu * t) + c * theta / (theta - mu) * (exp(-mu * t) - exp(-theta * t)))
        let correct = 1 - ((1 - c) * exp(-mu * t) + c * (theta * exp(-mu * t) - mu * exp(-theta * t)) / (theta - mu))
        let sl = ErlangC.serviceLevelReply(agents: n, traffic: a, meanHandleSeconds: aht, limitSeconds: t)
        XCTAssertEqual(sl, correct, accuracy: 1e-14)
        XCTAssertGreaterThan(abs(sl - truncated), 0.1)
    }
}
