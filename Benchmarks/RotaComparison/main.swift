// rota-comparison: writes the comparison instances and the planner's results as JSON, and times the
// planner (best of several runs, release build) on each instance and on a 50-member week.
//
//     swift run -c release rota-comparison OUTDIR [--runs N] [--random N] [--only NAME]
//
// The weeks: the comparison set, the 50-member speed week, the mixed-contract teams of 50 and 80
// members (MixedTeam.swift) and, with --random, further random weeks. --only keeps one of them.
import Foundation
import SocialPlanCore

let arguments = Array(CommandLine.arguments.dropFirst())
guard let folder = arguments.first, !folder.hasPrefix("-") else {
    FileHandle.standardError.write(Data("usage: rota-comparison OUTDIR [--runs N] [--random N] [--only NAME]\n".utf8))
    exit(2)
}
let randomCount = arguments.firstIndex(of: "--random").flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil } ?? 0
let only = arguments.firstIndex(of: "--only").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
let runs = arguments.firstIndex(of: "--runs").flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil } ?? 5

/// The plan, the best time of `runs` in milliseconds, and the planner's work in table cells
/// (its last progress report), to set against `RotaPlanner.workLimit`.
func timed(_ problem: RotaProblem) -> (RotaSolution, Double, Int) {
    var best = Double.infinity
    var work = 0
    var solution = RotaPlanner.plan(problem) { work = $0.work }
    for _ in 0..<max(1, runs) {
        let clock = ContinuousClock()
        let start = clock.now
        solution = RotaPlanner.plan(problem)
        let elapsed = clock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        best = min(best, ms)
    }
    return (solution, best, work)
}

do {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var instances = BenchInstances.comparison()
    instances.append(("speed-50", BenchInstances.speed()))
    instances.append(("mixed-50", BenchInstances.mixedTeam(members: 50, seed: 1450)))
    instances.append(("mixed-80", BenchInstances.mixedTeam(members: 80, seed: 1480)))
    instances += BenchInstances.random(count: randomCount)
    if let only { instances = instances.filter { $0.name == only } }
    print("instance              members intervals  demand  shortfall  overstaff  spread    ms(best of \(runs))  Mcells")
    for (name, problem) in instances {
        let (solution, ms, work) = timed(problem)
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
            String(format: "%-9.1f %-13.1f %.0f", RotaFairness.spread(of: solution, in: problem), ms, Double(work) / 1e6),
            violations.isEmpty ? "" : "INVALID: \(violations.prefix(3))"
        )
    }
} catch {
    FileHandle.standardError.write(Data("rota-comparison: \(error)\n".utf8))
    exit(2)
}
