import Foundation

/// Turns a forecast load and a service target into an agent count per interval.
///
/// The rules, in order:
///
/// 1. Traffic `A = arrivals × AHT / interval` (see ``QueueLoad/traffic``).
///    Zero traffic needs zero agents.
/// 2. **Service level.** Search `N = ⌊A⌋ + 1, ⌊A⌋ + 2, …` (the first stable
///    staffing; for `A = 0.6` one agent may already do) for the smallest `N`
///    whose wait- or reply-based service level (see ``ErlangC``) is at least the
///    target fraction. The Erlang B value is carried from one `N` to the next
///    with one recursion step, so the whole search is O(N). The search stops at
///    ``searchCap(traffic:)``; a target that is mathematically impossible (fraction
///    1, or a reply fraction at or above `1 − e^(−T/AHT)`) is rejected up front.
/// 3. **Occupancy.** With a maximum occupancy `m`, `N` is raised to the smallest
///    count whose occupancy `A/N` is at most `m` (that is `⌈A/m⌉`, checked in
///    the same floating-point arithmetic the figures use) when that is larger.
/// 4. **Shrinkage.** Scheduled agents are `⌈raw / (1 − s)⌉`, computed exactly as
///    `⌈raw·1 000 000 / (1 000 000 − ppm)⌉` in integers: 21 raw at 30 % is 30.
///
/// Worked example: 100 contacts per 30 minutes, AHT 3 minutes (A = 10 Erlangs),
/// 80 % answered within 20 s, maximum occupancy 85 %, shrinkage 30 % → 14 raw
/// agents (service level 0.888, occupancy 0.714), 20 scheduled.
///
/// Complexity: ``requirement(load:target:maxOccupancy:shrinkagePartsPerMillion:)``
/// and ``figures(agents:load:target:)`` are O(N) for the resulting `N`
/// (bounded by O(A + 40·√A + 800) recursion steps); the rest are O(1).
public enum StaffingCalculator {
    /// The largest agent count the calculator will report (one billion);
    /// a maximum occupancy that would need more is ``StaffingIssue/invalidMaxOccupancy``.
    ///
    /// Complexity: O(1).
    public static let maximumAgents = 1_000_000_000

    /// The highest agent count the service-level search tries before reporting
    /// ``StaffingIssue/targetUnreachable``: `⌊A⌋ + 1 + ⌈10·√A⌉ + 1000`.
    ///
    /// Square-root staffing puts any practical target within `A + β·√A` agents
    /// with β well below 10, so the cap only stops hopeless searches.
    ///
    /// - Parameter traffic: Offered traffic `A` in Erlangs, 0…``ErlangC/maximumTraffic``
    ///   (values outside are clamped into that range).
    /// - Returns: The cap, always greater than `A`.
    ///
    /// Complexity: O(1).
    public static func searchCap(traffic: Double) -> Int {
        let a = traffic >= 0 ? min(traffic, ErlangC.maximumTraffic) : 0
        return Int(a.rounded(.down)) + 1 + Int((10 * a.squareRoot()).rounded(.up)) + 1000
    }

    /// The staffing an interval needs to meet `target` under the occupancy cap,
    /// and the number to schedule after shrinkage.
    ///
    /// See the type documentation for the rules. Invalid input and impossible
    /// targets never trap or loop: they come back with ``StaffingRequirement/reachable``
    /// false and an ``StaffingIssue`` saying why (checked in the order load,
    /// target, maximum occupancy, shrinkage, then reachability).
    ///
    /// - Parameters:
    ///   - load: The interval's forecast contacts, interval length and handle time.
    ///   - target: The service-level target (fraction within a wait or reply limit).
    ///   - maxOccupancy: Optional cap on `A/N` in (0, 1], e.g. `0.85`; `nil` for none.
    ///   - shrinkagePartsPerMillion: Share of paid time agents are unavailable, in
    ///     parts per million (`300_000` = 30 %), 0 ≤ ppm < 1 000 000.
    /// - Returns: The requirement, with figures at the raw agent count.
    ///
    /// Complexity: O(N) for the resulting `N`: Erlang B is computed once for
    /// `⌊A⌋ + 1` agents and then advanced one recursion step per candidate.
    public static func requirement(load: QueueLoad, target: ServiceTarget, maxOccupancy: Double?,
                                   shrinkagePartsPerMillion: Int) -> StaffingRequirement {
        requirement(load: load, target: target, maxOccupancy: maxOccupancy,
                    shrinkagePartsPerMillion: shrinkagePartsPerMillion, searchLimit: nil)
    }

    /// The requirement with an optional override of ``searchCap(traffic:)``
    /// (tests use a small limit to exercise the unreachable path).
    static func requirement(load: QueueLoad, target: ServiceTarget, maxOccupancy: Double?,
                            shrinkagePartsPerMillion: Int, searchLimit: Int?) -> StaffingRequirement {
        guard load.isValid else { return invalid(.invalidLoad) }
        guard target.isValid else { return invalid(.invalidTarget) }
        if let cap = maxOccupancy, !(cap > 0 && cap <= 1) { return invalid(.invalidMaxOccupancy) }
        let shrinkageValid = isValidShrinkage(shrinkagePartsPerMillion)
        let a = load.traffic
        let aht = load.meanHandleSeconds
        let limit = target.limitSeconds

        if a == 0 {
            return StaffingRequirement(rawAgents: 0, scheduledAgents: 0, figures: .idle, bindingConstraint: .none,
                                       reachable: shrinkageValid, issue: shrinkageValid ? nil : .invalidShrinkage)
        }

        let occupancyAgents: Int
        if let cap = maxOccupancy {
            guard let n = minimumAgentsForOccupancy(traffic: a, maxOccupancy: cap) else {
                return invalid(.invalidMaxOccupancy)
            }
            occupancyAgents = n
        } else {
            occupancyAgents = 0
        }

        // Service levels are strictly below this ceiling for every finite N when A > 0,
        // so a positive fraction at or above it is impossible (a zero fraction is always met).
        let ceiling = target.metric == .reply ? -expm1(-limit / aht) : 1
        let possible = target.fraction < ceiling || target.fraction == 0
        var n = Int(a.rounded(.down)) + 1
        let cap = max(searchLimit ?? searchCap(traffic: a), n)
        var met = false
        var b: Double
        if possible {
            b = ErlangC.erlangBRecursion(agents: n, traffic: a)
            while true {
                let c = ErlangC.waitProbability(erlangB: b, agents: n, traffic: a)
                let sl = ErlangC.level(metric: target.metric, pWait: c, agents: n, traffic: a,
                                       meanHandleSeconds: aht, limitSeconds: limit)
                if sl >= target.fraction { met = true; break }
                if n >= cap { break }
                n += 1
                b = ErlangC.erlangBStep(previous: b, agents: n, traffic: a)
            }
        } else {
            n = cap
            b = ErlangC.erlangBRecursion(agents: n, traffic: a)
        }

        guard met else {
            let figures = figures(agents: n, erlangB: b, traffic: a, meanHandleSeconds: aht, limitSeconds: limit)
            return StaffingRequirement(
                rawAgents: n,
                scheduledAgents: shrinkageValid ? scheduledAgents(raw: n, shrinkagePartsPerMillion: shrinkagePartsPerMillion) : 0,
                figures: figures, bindingConstraint: .serviceLevel, reachable: false,
                issue: shrinkageValid ? .targetUnreachable : .invalidShrinkage)
        }

        var binding = StaffingConstraint.serviceLevel
        if occupancyAgents > n {
            binding = .occupancy
            // Carry B forward; once it is flushed to 0 it stays 0.
            while n < occupancyAgents {
                if b == 0 { n = occupancyAgents; break }
                n += 1
                b = ErlangC.erlangBStep(previous: b, agents: n, traffic: a)
            }
        }
        let figures = figures(agents: n, erlangB: b, traffic: a, meanHandleSeconds: aht, limitSeconds: limit)
        return StaffingRequirement(
            rawAgents: n,
            scheduledAgents: shrinkageValid ? scheduledAgents(raw: n, shrinkagePartsPerMillion: shrinkagePartsPerMillion) : 0,
            figures: figures, bindingConstraint: binding, reachable: shrinkageValid,
            issue: shrinkageValid ? nil : .invalidShrinkage)
    }

    /// The queue figures for a given number of agents at `load`, with both
    /// service levels measured against `target.limitSeconds`.
    ///
    /// Follows the ``ErlangC`` conventions: zero traffic gives P(wait) 0, service
    /// levels 1, ASA 0, occupancy 0; `N ≤ A` gives P(wait) 1, service levels 0,
    /// ASA `.infinity`. An invalid load yields NaN figures (check
    /// ``QueueLoad/isValid`` first); negative `agents` count as 0.
    ///
    /// - Parameters:
    ///   - agents: Number of agents `N`.
    ///   - load: The interval's load.
    ///   - target: Supplies the time limit (the fraction and metric are not used).
    /// - Returns: The figures at `N`.
    ///
    /// Complexity: O(min(N, A + 40·√A + 800)) — one Erlang B recursion shared by every figure.
    public static func figures(agents: Int, load: QueueLoad, target: ServiceTarget) -> StaffingFigures {
        let a = load.traffic
        let aht = load.meanHandleSeconds
        let limit = target.limitSeconds
        let n = max(agents, 0)
        guard ErlangC.isValidTraffic(a), aht >= 0, aht.isFinite, !limit.isNaN else {
            return StaffingFigures(agents: n, traffic: a, pWait: .nan, serviceLevelWait: .nan,
                                   serviceLevelReply: .nan, asaSeconds: .nan, occupancy: .nan)
        }
        if a == 0 {
            var idle = StaffingFigures.idle
            idle.agents = n
            return idle
        }
        if Double(n) <= a {
            return StaffingFigures(agents: n, traffic: a, pWait: 1, serviceLevelWait: 0, serviceLevelReply: 0,
                                   asaSeconds: .infinity, occupancy: ErlangC.occupancy(agents: n, traffic: a))
        }
        return figures(agents: n, erlangB: ErlangC.erlangBRecursion(agents: n, traffic: a), traffic: a,
                       meanHandleSeconds: aht, limitSeconds: limit)
    }

    /// Agents to schedule so that `raw` remain after shrinkage:
    /// `⌈raw / (1 − ppm/1 000 000)⌉`, computed exactly as
    /// `⌈raw·1 000 000 / (1 000 000 − ppm)⌉` in integer arithmetic (21 raw at
    /// 300 000 ppm is exactly 30, where floating point would give 31).
    ///
    /// Never divides by zero or traps: for invalid input (ppm outside
    /// 0 ≤ ppm < 1 000 000, negative `raw`, or `raw` above
    /// `Int.max / 1 000 000`) it returns 0; use
    /// ``scheduledAgentsIfValid(raw:shrinkagePartsPerMillion:)`` to tell that
    /// apart from a genuine 0.
    ///
    /// - Parameters:
    ///   - raw: Agents needed on the floor, ≥ 0.
    ///   - shrinkagePartsPerMillion: Shrinkage in parts per million, 0 ≤ ppm < 1 000 000.
    /// - Returns: The scheduled count, or 0 for invalid input.
    ///
    /// Complexity: O(1).
    public static func scheduledAgents(raw: Int, shrinkagePartsPerMillion: Int) -> Int {
        scheduledAgentsIfValid(raw: raw, shrinkagePartsPerMillion: shrinkagePartsPerMillion) ?? 0
    }

    /// Like ``scheduledAgents(raw:shrinkagePartsPerMillion:)`` but `nil` for
    /// invalid input (ppm outside 0 ≤ ppm < 1 000 000, negative `raw`, or `raw`
    /// above `Int.max / 1 000 000`).
    ///
    /// Complexity: O(1).
    public static func scheduledAgentsIfValid(raw: Int, shrinkagePartsPerMillion ppm: Int) -> Int? {
        guard isValidShrinkage(ppm), raw >= 0, raw <= Int.max / 1_000_000 else { return nil }
        let numerator = raw * 1_000_000
        let denominator = 1_000_000 - ppm          // 1…1 000 000
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        return remainder == 0 ? quotient : quotient + 1
    }

    /// Whether `ppm` is a usable shrinkage: 0 ≤ ppm < 1 000 000.
    ///
    /// Complexity: O(1).
    public static func isValidShrinkage(_ ppm: Int) -> Bool {
        ppm >= 0 && ppm < 1_000_000
    }

    /// The smallest `N` whose occupancy `A/N` is at most `maxOccupancy`
    /// (mathematically `⌈A/m⌉`; the candidate is adjusted by ±1 so the test
    /// holds in the same floating-point arithmetic as ``ErlangC/occupancy(agents:traffic:)``).
    ///
    /// - Parameters:
    ///   - traffic: Offered traffic `A` in Erlangs, 0…``ErlangC/maximumTraffic``.
    ///   - maxOccupancy: The cap `m`, in (0, 1].
    /// - Returns: The count (0 for zero traffic), or `nil` for invalid input or a
    ///   count above ``maximumAgents``.
    ///
    /// Complexity: O(1).
    public static func minimumAgentsForOccupancy(traffic a: Double, maxOccupancy m: Double) -> Int? {
        guard ErlangC.isValidTraffic(a), m > 0, m <= 1 else { return nil }
        if a == 0 { return 0 }
        let estimate = (a / m).rounded(.up)
        guard estimate <= Double(maximumAgents) else { return nil }
        var n = max(Int(estimate), 1)
        while n > 1 && a / Double(n - 1) <= m { n -= 1 }
        while a / Double(n) > m { n += 1 }
        return n > maximumAgents ? nil : n
    }

    // MARK: - Private

    /// Figures for `agents > traffic > 0` given B(agents).
    private static func figures(agents n: Int, erlangB b: Double, traffic a: Double,
                                meanHandleSeconds aht: Double, limitSeconds limit: Double) -> StaffingFigures {
        let c = ErlangC.waitProbability(erlangB: b, agents: n, traffic: a)
        return StaffingFigures(
            agents: n, traffic: a, pWait: c,
            serviceLevelWait: ErlangC.level(metric: .wait, pWait: c, agents: n, traffic: a,
                                            meanHandleSeconds: aht, limitSeconds: limit),
            serviceLevelReply: ErlangC.level(metric: .reply, pWait: c, agents: n, traffic: a,
                                             meanHandleSeconds: aht, limitSeconds: limit),
            asaSeconds: ErlangC.asa(pWait: c, agents: n, traffic: a, meanHandleSeconds: aht),
            occupancy: a / Double(n))
    }

    /// A requirement for invalid input: zero counts, placeholder figures.
    private static func invalid(_ issue: StaffingIssue) -> StaffingRequirement {
        StaffingRequirement(rawAgents: 0, scheduledAgents: 0, figures: .unavailable,
                            bindingConstraint: .none, reachable: false, issue: issue)
    }
}
