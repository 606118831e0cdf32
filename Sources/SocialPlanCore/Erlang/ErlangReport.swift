import Foundation

/// The one-interval staffing calculator's answer, rendered as text or JSON.
public struct ErlangReport: Sendable {
    /// The interval's load.
    public var load: QueueLoad
    /// The target searched for (or evaluated).
    public var target: ServiceTarget
    /// The cap on occupancy, if any.
    public var maxOccupancy: Double?
    /// Shrinkage, exact.
    public var shrinkage: Percentage
    /// The requirement (searched, or for the given head count).
    public var requirement: StaffingRequirement
    /// True when `--agents` gave the head count instead of a search.
    public var evaluatedGivenAgents: Bool
    /// Figures for N−2…N+3 agents (those above the traffic, or zero).
    public var table: [StaffingFigures]

    /// Searches the requirement (or evaluates `agents`) and builds the neighbouring table.
    public init(load: QueueLoad, target: ServiceTarget, maxOccupancy: Double?, shrinkage: Percentage, agents: Int?) {
        self.load = load
        self.target = target
        self.maxOccupancy = maxOccupancy
        self.shrinkage = shrinkage
        if let agents {
            let figures = StaffingCalculator.figures(agents: agents, load: load, target: target)
            let scheduled = StaffingCalculator.scheduledAgents(raw: agents, shrinkagePartsPerMillion: shrinkage.partsPerMillion)
            let meets = figures.serviceLevel(for: target.metric) >= target.fraction
            requirement = StaffingRequirement(rawAgents: agents, scheduledAgents: scheduled, figures: figures,
                                              bindingConstraint: .none, reachable: meets, issue: meets ? nil : .targetUnreachable)
            evaluatedGivenAgents = true
        } else {
            requirement = StaffingCalculator.requirement(load: load, target: target, maxOccupancy: maxOccupancy,
                                                         shrinkagePartsPerMillion: shrinkage.partsPerMillion)
            evaluatedGivenAgents = false
        }
        let n = requirement.rawAgents
        table = (max(1, n - 2)...max(1, n + 3)).map { StaffingCalculator.figures(agents: $0, load: load, target: target) }
    }

    /// A plain-text report with the neighbouring table (and the simulated figures, if any).
    public func text(simulated: Simulation? = nil) -> String {
        let r = requirement, f = requirement.figures
        let limit = TimeSpan(seconds: Int(target.limitSeconds))
        var out = "traffic: \(Self.number(load.traffic, 3)) Erlangs (\(Self.number(load.arrivalsPerInterval, 2)) arrivals per \(TimeSpan(seconds: Int(load.intervalSeconds))), handle time \(TimeSpan(seconds: Int(load.meanHandleSeconds))))\n"
        out += "target: \(Self.percent(target.fraction)) \(target.metric == .wait ? "answered (wait)" : "replied (wait + handle)") within \(limit)"
        if let maxOccupancy { out += ", occupancy ≤ \(Self.percent(maxOccupancy))" }
        out += ", shrinkage \(shrinkage)\n\n"
        if evaluatedGivenAgents {
            out += "agents on the phones (given): \(r.rawAgents) — \(r.reachable ? "meets" : "misses") the target\n"
        } else if !r.reachable {
            out += "target cannot be met: \(r.issue.map(Self.explain) ?? "unreachable")\n"
        } else {
            out += "raw agents: \(r.rawAgents)\(r.bindingConstraint == .occupancy ? " (set by the occupancy cap)" : "")\n"
        }
        out += "scheduled agents: \(r.scheduledAgents) (with \(shrinkage) shrinkage)\n"
        if shrinkage.partsPerMillion > 0 && r.rawAgents > 0 {
            let exact = Double(r.rawAgents) / (1 - shrinkage.fraction)
            out += "on duty, exact: \(Self.number(exact, 2)) (rounded up here for one interval; a week's plan rounds to the nearest)\n"
        }
        out += "P(wait): \(Self.number(f.pWait, 4))\n"
        out += "service level (wait ≤ \(limit)): \(Self.number(f.serviceLevelWait, 4))\n"
        out += "service level (reply ≤ \(limit)): \(Self.number(f.serviceLevelReply, 4))\n"
        out += "average speed of answer: \(f.asaSeconds.isFinite ? Self.number(f.asaSeconds, 1) + " s" : "unbounded")\n"
        out += "occupancy: \(Self.number(f.occupancy, 4))\n\n"
        out += "agents  P(wait)  SL wait  SL reply  ASA (s)  occupancy\n"
        for row in table {
            let mark = row.agents == r.rawAgents ? " ◀" : ""
            out += Self.col("\(row.agents)", 6) + "  " + Self.col(Self.number(row.pWait, 4), 7) + "  " + Self.col(Self.number(row.serviceLevelWait, 4), 7)
                + "  " + Self.col(Self.number(row.serviceLevelReply, 4), 8) + "  " + Self.col(row.asaSeconds.isFinite ? Self.number(row.asaSeconds, 1) : "∞", 7)
                + "  " + Self.col(Self.number(row.occupancy, 4), 9) + mark + "\n"
        }
        if let s = simulated {
            func line(_ name: String, _ r: ReplicationSummary, _ exact: Double, _ digits: Int) -> String {
                let inside = r.contains(exact) ? "inside" : "outside"
                return "  \(name)\(String(repeating: " ", count: max(1, 24 - name.count)))\(Self.number(r.mean, digits)) ± \(Self.number(r.halfWidth, digits))   formula \(Self.number(exact, digits)) (\(inside) the interval)\n"
            }
            let f = requirement.figures
            out += "\nsimulated at \(r.rawAgents) agents: \(s.mentions) mentions in \(s.replications) replications, seed \(s.seed) (mean ± 95 % interval)\n"
            out += line("P(wait)", s.check.probabilityOfWait, f.pWait, 4)
            out += line("mean wait (s)", s.check.meanWait, f.asaSeconds.isFinite ? f.asaSeconds : .infinity, 2)
            out += line("service level (wait)", s.check.serviceLevelWait, f.serviceLevelWait, 4)
            out += line("service level (reply)", s.check.serviceLevelReply, f.serviceLevelReply, 4)
        }
        return out
    }

    struct JSONRow: Encodable {
        var agents: Int, pWait: Double, serviceLevelWait: Double, serviceLevelReply: Double, asaSeconds: Double?, occupancy: Double
    }

    struct JSONDocument: Encodable {
        var traffic: Double, arrivalsPerInterval: Double, intervalSeconds: Double, ahtSeconds: Double
        var targetFraction: Double, targetSeconds: Double, targetMetric: String, maxOccupancy: Double?, shrinkage: Double
        var rawAgents: Int, scheduledAgents: Int, onDutyExact: Double, reachable: Bool, issue: String?, bindingConstraint: String, agentsGiven: Bool
        var pWait: Double, serviceLevelWait: Double, serviceLevelReply: Double, asaSeconds: Double?, occupancy: Double
        var table: [JSONRow]
        var simulated: SimulatedFigures?
    }

    /// The same queue simulated (`--simulate`): each figure with its 95 % confidence interval.
    public struct Simulation: Sendable {
        /// The replications' figures.
        public var check: StationaryCrossCheck
        /// Replications run.
        public var replications: Int
        /// The base seed.
        public var seed: UInt64
        /// Mentions counted in all (replications × mentions per replication).
        public var mentions: Int
    }

    struct SimulatedFigures: Encodable {
        var pWait: Double, meanWaitSeconds: Double, serviceLevelWait: Double, serviceLevelReply: Double, mentions: Int
        var replications: Int, seed: UInt64
        var pWaitCi: [Double], meanWaitSecondsCi: [Double], serviceLevelWaitCi: [Double], serviceLevelReplyCi: [Double]
    }

    /// Simulates `mentions` arrivals of this interval's queue at the requirement's agent count,
    /// split over `replications` (a tenth of each discarded as warm-up on top).
    public func simulate(mentions: Int, replications: Int, seed: UInt64) -> Simulation {
        let model = StationaryQueueSimulation(arrivalsPerSecond: load.arrivalsPerInterval / load.intervalSeconds,
                                              meanHandleSeconds: load.meanHandleSeconds, agents: requirement.rawAgents)
        let each = max(1, mentions / replications)
        let check = StationaryCrossCheck(model: model, mentions: each, replications: replications, seed: seed,
                                         waitLimit: target.limitSeconds, replyLimit: target.limitSeconds)
        return Simulation(check: check, replications: replications, seed: seed, mentions: each * replications)
    }

    /// The JSON document (keys named in docs/cli.md).
    public func json(simulated: Simulation? = nil) -> String {
        let f = requirement.figures
        func finite(_ x: Double) -> Double? { x.isFinite ? Self.round(x, 6) : nil }
        return JSONValue(encoding: JSONDocument(
            traffic: Self.round(load.traffic, 6), arrivalsPerInterval: Self.round(load.arrivalsPerInterval, 6),
            intervalSeconds: load.intervalSeconds, ahtSeconds: load.meanHandleSeconds,
            targetFraction: target.fraction, targetSeconds: target.limitSeconds, targetMetric: target.metric.rawValue,
            maxOccupancy: maxOccupancy, shrinkage: shrinkage.fraction,
            rawAgents: requirement.rawAgents, scheduledAgents: requirement.scheduledAgents,
            onDutyExact: Self.round(shrinkage.fraction < 1 ? Double(requirement.rawAgents) / (1 - shrinkage.fraction) : 0, 6),
            reachable: requirement.reachable,
            issue: requirement.issue?.rawValue, bindingConstraint: "\(requirement.bindingConstraint)", agentsGiven: evaluatedGivenAgents,
            pWait: Self.round(f.pWait, 6), serviceLevelWait: Self.round(f.serviceLevelWait, 6),
            serviceLevelReply: Self.round(f.serviceLevelReply, 6), asaSeconds: finite(f.asaSeconds), occupancy: Self.round(f.occupancy, 6),
            table: table.map { JSONRow(agents: $0.agents, pWait: Self.round($0.pWait, 6), serviceLevelWait: Self.round($0.serviceLevelWait, 6),
                                       serviceLevelReply: Self.round($0.serviceLevelReply, 6), asaSeconds: finite($0.asaSeconds),
                                       occupancy: Self.round($0.occupancy, 6)) },
            simulated: simulated.map { s in
                let c = s.check
                func ci(_ r: ReplicationSummary) -> [Double] { [Self.round(r.lower, 6), Self.round(r.upper, 6)] }
                return SimulatedFigures(pWait: Self.round(c.probabilityOfWait.mean, 6), meanWaitSeconds: Self.round(c.meanWait.mean, 6),
                                        serviceLevelWait: Self.round(c.serviceLevelWait.mean, 6),
                                        serviceLevelReply: Self.round(c.serviceLevelReply.mean, 6), mentions: s.mentions,
                                        replications: s.replications, seed: s.seed,
                                        pWaitCi: ci(c.probabilityOfWait), meanWaitSecondsCi: ci(c.meanWait),
                                        serviceLevelWaitCi: ci(c.serviceLevelWait), serviceLevelReplyCi: ci(c.serviceLevelReply))
            })).document
    }

    static func explain(_ issue: StaffingIssue) -> String {
        switch issue {
        case .targetUnreachable: return "even with no waiting, handle times alone keep the share below the target; raise the time limit or lower the target"
        default: return issue.rawValue
        }
    }

    static func round(_ x: Double, _ digits: Int) -> Double {
        let p = pow(10.0, Double(digits))
        return (x * p).rounded() / p
    }

    static func number(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return "∞" }
        return String(format: "%.\(digits)f", x)
    }

    static func percent(_ x: Double) -> String { Percentage(percent: x * 100).description }

    static func col(_ s: String, _ width: Int) -> String { s.count >= width ? s : String(repeating: " ", count: width - s.count) + s }
}

/// `erlang --format …`: the interval's figures, with the simulated cross-check when run.
public enum ErlangRendering: ReportRendering {
    public static let formats: [OutputFormat] = [.text, .json]

    public static func render(_ figures: (report: ErlangReport, simulated: ErlangReport.Simulation?), as format: OutputFormat) -> String {
        format == .json ? figures.report.json(simulated: figures.simulated) : figures.report.text(simulated: figures.simulated)
    }
}
