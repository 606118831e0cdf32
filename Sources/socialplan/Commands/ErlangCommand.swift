import ArgumentParser
import SocialPlanCore

/// `socialplan erlang`: the classic staffing calculator for one interval (exact Erlang C).
struct ErlangCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erlang",
        abstract: "Agents needed for one interval: exact Erlang C with wait- and reply-based service levels.",
        discussion: "Example: socialplan erlang --rate 200/30m --aht 3m --target 80%@20s --shrinkage 30% --max-occupancy 85% --interval 30m")

    @Option(help: "Arrival rate, e.g. 200/h, 100/30m.")
    var rate: String

    @Option(help: "Mean handle time, e.g. 6m, 3m30s.")
    var aht: String

    @Option(help: "Service target: share within a time, e.g. 80%@20s.")
    var target: String

    @Option(help: "What the target's time limit measures: wait (time to answer, the classic) or reply (wait + handle time).")
    var metric: ServiceMetric = .wait

    @Option(help: "Share of paid time not spent answering, e.g. 30%.")
    var shrinkage: String = "0%"

    @Option(name: .customLong("max-occupancy"), help: "Cap on occupancy, e.g. 85%.")
    var maxOccupancy: String?

    @Option(help: "Interval length, e.g. 15m or 30m.")
    var interval: String = "15m"

    @Option(help: "Evaluate this many agents instead of searching for the requirement.")
    var agents: Int?

    @Option(help: "Also simulate this many arrivals of the same stationary queue and show the simulated figures next to the formulas.")
    var simulate: Int?

    @Option(help: "Seed for --simulate (same seed, same figures).")
    var seed: UInt64 = 1

    @Option(help: "Replications for --simulate; each figure gets a 95 % confidence interval.")
    var replications: Int = 20

    @Option(help: "Output format: text or json.")
    var format = FormatChoice<ErlangRendering>.standard

    @OptionGroup var output: OutputOptions

    func run() throws {
        let rate = try Self.value("--rate", self.rate, ArrivalRate.parse)
        let aht = try Self.value("--aht", self.aht, TimeSpan.parse)
        let target = try Self.value("--target", self.target) { ServiceTarget.parse($0, metric: metric) }
        let shrinkage = try Self.value("--shrinkage", self.shrinkage, Percentage.parse)
        let interval = try Self.value("--interval", self.interval, TimeSpan.parse)
        let occupancy = try maxOccupancy.map { try Self.value("--max-occupancy", $0, Percentage.parse) }
        guard aht.seconds > 0 else { throw ValidationError("--aht must be longer than 0") }
        guard interval.seconds > 0 else { throw ValidationError("--interval must be longer than 0") }
        guard (0..<1_000_000).contains(shrinkage.partsPerMillion) else { throw ValidationError("--shrinkage must be at least 0% and below 100%") }
        if let occupancy, !(1...1_000_000).contains(occupancy.partsPerMillion) { throw ValidationError("--max-occupancy must be above 0% and at most 100%") }
        if let agents { try Limits.agents.check("--agents", agents) }
        let load = QueueLoad(arrivalsPerInterval: rate.arrivals(inSeconds: interval.seconds), intervalSeconds: Double(interval.seconds),
                             meanHandleSeconds: Double(aht.seconds))
        guard !Limits.erlangTraffic.exceeds(load.traffic) else { throw ValidationError("the traffic (\(load.traffic) Erlangs) is beyond what the calculator handles") }
        let report = ErlangReport(load: load, target: target, maxOccupancy: occupancy?.fraction, shrinkage: shrinkage, agents: agents)
        var simulated: ErlangReport.Simulation?
        if let simulate {
            try Limits.simulateArrivals.check("--simulate", simulate)
            guard (2...1000).contains(replications) else { throw ValidationError("--replications must be between 2 and 1000") }
            guard load.arrivalsPerInterval > 0, report.requirement.rawAgents >= 1 else {
                throw ValidationError("--simulate needs arrivals and at least one agent")
            }
            simulated = report.simulate(mentions: simulate, replications: replications, seed: seed)
        }
        try output.emit(format.render((report, simulated)))
    }

    static func value<T>(_ name: String, _ text: String, _ parse: (String) -> Result<T, ValueError>) throws -> T {
        switch parse(text) {
        case .success(let v): return v
        case .failure(let e): throw ValidationError("\(name): \(e.message)\(e.help.map { "; \($0)" } ?? "")")
        }
    }
}

extension ServiceMetric: ExpressibleByArgument {}
