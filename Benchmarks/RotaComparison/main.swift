// rota-comparison: writes the comparison instances and the planner's results as JSON, and times the
// planner (best of several runs, release build) on each instance and on a 50-member week.
//
//     swift run -c release rota-comparison OUTDIR [--runs N] [--random N]
import Foundation
import SocialPlanCore

let arguments = Array(CommandLine.arguments.dropFirst())
guard let folder = arguments.first, !folder.hasPrefix("-") else {
    FileHandle.standardError.write(Data("usage: rota-comparison OUTDIR [--runs N] [--random N]\n".utf8))
    exit(2)
}
let randomCount = arguments.firstIndex(of: "--random").flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil } ?? 0
let runs = arguments.firstIndex(of: "--runs").flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil } ?? 5

func timed(_ problem: RotaProblem) -> (RotaSolution, Double) {
    var best = Double.infinity
    var solution = RotaPlanner.plan(problem)
    for _ in 0..<max(1, runs) {
        let clock = ContinuousClock()
        let start = clock.now
        solution = RotaPlanner.plan(problem)
        let elapsed = clock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        best = min(best, ms)
    }
    return (solution, best)
}

do {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var instances = BenchInstances.comparison()
    instances.append(("speed-50", BenchInstances.speed()))
    instances += BenchInstances.random(count: randomCount)
    print("instance              members intervals  demand  shortfall  overstaff  spread    ms(best of \(runs))")
    for (name, problem) in instances {
        let (solution, ms) = timed(problem)
        try BenchJSON.instance(name: name, problem).write(toFile: "\(folder)/\(name).instance.json", atomically: true, encoding: .utf8)
        try BenchJSON.result(name: name, solution, problem: problem, milliseconds: ms)
            .write(toFile: "\(folder)/\(name).planner.json", atomically: true, encoding: .utf8)
        let demand = problem.requirement.reduce(0, +)
        let violations = problem.check(solution)
        print(
            name.padding(toLength: 22, withPad: " ", startingAt: 0),
            String(problem.members.count).padding(toLength: 7, withPad: " ", startingAt: 0),
            String(problem.intervalCount).padding(toLength: 10, withPad: " ", startingAt: 0),
            String(demand).padding(toLength: 7, withPad: " ", startingAt: 0),
            String(solution.shortfall).padding(toLength: 10, withPad: " ", startingAt: 0),
            String(solution.overstaffing).padding(toLength: 10, withPad: " ", startingAt: 0),
            String(format: "%-9.1f %.1f", RotaFairness.spread(of: solution, in: problem), ms),
            violations.isEmpty ? "" : "INVALID: \(violations.prefix(3))"
        )
    }
} catch {
    FileHandle.standardError.write(Data("rota-comparison: \(error)\n".utf8))
    exit(2)
}
