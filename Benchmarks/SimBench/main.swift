// sim-bench: the stationary M/M/c simulation benchmark (λ = 200/h, AHT 6 min, 25 agents).
// Usage: sim-bench [MENTIONS ...]   (default: 1000000 10000000). Prints mentions/second, best of 5,
// for the M/M/c fast path, then for the general event-driven QueueSimulator on the first size
// (same workload, arrivals generated lazily, priorities and staffing steps supported).
// Timing uses the monotonic clock: this executable is the only place wall time is read.
import Foundation
import SocialPlanCore

let model = StationaryQueueSimulation(arrivalsPerSecond: 200.0 / 3600, meanHandleSeconds: 360, agents: 25)
let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let runs = 5

print("stationary M/M/c: lambda=200/h AHT=360s agents=25 traffic=\(model.traffic) Erlangs, best of \(runs)")
for mentions in sizes.isEmpty ? [1_000_000, 10_000_000] : sizes {
    var best = Double.infinity
    var summary = OutcomeSummary(waitLimit: 60, replyLimit: 900)
    for run in 0..<runs {
        let clock = ContinuousClock()
        let started = clock.now
        summary = model.run(mentions: mentions, seed: 42 &+ UInt64(run), waitLimit: 60, replyLimit: 900)
        let elapsed = started.duration(to: clock.now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        best = min(best, seconds)
    }
    let rate = Double(mentions) / best
    let pWait = summary.probabilityOfWait ?? .nan
    let asa = summary.meanWait ?? .nan
    let p90 = summary.replyTimes.quantile(0.9) ?? .nan
    print(String(format: "mentions=%d best=%.4fs rate=%.0f mentions/s  P(wait)=%.4f ASA=%.2fs p90(reply)=%.1fs",
                 mentions, best, rate, pWait, asa, p90))
}

let generalMentions = sizes.first ?? 1_000_000
var generalBest = Double.infinity
var general = OutcomeSummary(waitLimit: 60, replyLimit: 900)
let simulator = QueueSimulator(staffing: .constant(agents: 25, seconds: 1e15))
for run in 0..<runs {
    let clock = ContinuousClock()
    let started = clock.now
    general = OutcomeSummary(waitLimit: 60, replyLimit: 900)
    simulator.run(arrivals: StationaryArrivals(count: generalMentions, arrivalsPerSecond: 200.0 / 3600,
                                               meanHandleSeconds: 360, seed: 42 &+ UInt64(run)),
                  into: &general)
    let elapsed = started.duration(to: clock.now)
    generalBest = min(generalBest, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
}
print(String(format: "general QueueSimulator: mentions=%d best=%.4fs rate=%.0f mentions/s  P(wait)=%.4f ASA=%.2fs",
             generalMentions, generalBest, Double(generalMentions) / generalBest,
             general.probabilityOfWait ?? .nan, general.meanWait ?? .nan))
