import Foundation

/// Erlang B / Erlang C queueing formulas for an M/M/N queue (Poisson arrivals,
/// exponential handle times, N identical agents, first come first served).
///
/// All functions take the traffic `A` in Erlangs (see ``QueueLoad/traffic``)
/// and a whole number of agents `N`.
///
/// **Numerical method.** Nothing here evaluates `Aᴺ` or `N!`. The Erlang B
/// blocking probability comes from the stable forward recursion
/// `B(0) = 1`, `B(n) = A·B(n−1) / (n + A·B(n−1))`, whose every intermediate value
/// lies in [0, 1]; the Erlang C waiting probability is then
/// `C = N·B / (N − A·(1 − B))` for `N > A`, and `C = 1` when `N ≤ A` (the queue
/// is unstable, so every contact waits). This is accurate to a few ulps times
/// `N` for `N` in the thousands and `A` up to ``maximumTraffic``.
///
/// **Conventions.**
/// - Zero traffic (`A = 0`) means no contacts: P(wait) 0, service levels 1, ASA 0,
///   occupancy 0, whatever `N` is.
/// - `N ≤ A` (with `A > 0`): P(wait) 1, service levels 0, ASA `.infinity`,
///   occupancy `A/N` (≥ 1; `.infinity` for `N = 0`).
/// - Negative `agents` are treated as 0.
/// - Traffic that is negative, NaN, infinite or above ``maximumTraffic``, and a
///   handle time that is negative, non-finite, or 0 while `A > 0`, are invalid:
///   the functions return `.nan` rather than trapping or looping.
///
/// **Complexity.** The recursion costs O(min(N, A + 40·√A + 800)) steps: it stops
/// early once `B` drops below the smallest normal double (≈ 2.2e−308) and is
/// flushed to 0, after which `C` is 0 for every larger `N`.
/// Every other formula is O(1) on top of it.
public enum ErlangC {
    /// The largest traffic, in Erlangs, the functions accept (one million).
    ///
    /// It bounds the running time of the O(N) recursion; real care teams are
    /// several orders of magnitude below it.
    ///
    /// Complexity: O(1).
    public static let maximumTraffic: Double = 1_000_000

    /// Erlang B: the probability that all `agents` are busy in a loss system
    /// (blocked contacts are lost) offered `traffic` Erlangs.
    ///
    /// Computed with the forward recursion `B(0) = 1`,
    /// `B(n) = A·B(n−1) / (n + A·B(n−1))`. `B(0) = 1` even for zero traffic.
    /// Values below the smallest normal double (≈ 2.2e−308) are returned as 0.
    ///
    /// - Parameters:
    ///   - agents: Number of agents `N` (negative values count as 0).
    ///   - traffic: Offered traffic `A` in Erlangs, 0…``maximumTraffic``.
    /// - Returns: B(N, A) in [0, 1], or `.nan` for invalid traffic.
    ///
    /// Complexity: O(min(N, A + 40·√A + 800)) — the loop ends once `B` is flushed to 0.
    public static func erlangB(agents: Int, traffic: Double) -> Double {
        guard isValidTraffic(traffic) else { return .nan }
        return erlangBRecursion(agents: agents, traffic: traffic)
    }

    /// Erlang C: the probability that an arriving contact has to wait (all
    /// agents busy) in an M/M/N queue offered `traffic` Erlangs.
    ///
    /// `C = N·B / (N − A·(1 − B))` with `B` = ``erlangB(agents:traffic:)`` when
    /// `N > A`; 1 when `N ≤ A` (and `A > 0`); 0 when `A = 0`.
    ///
    /// - Parameters:
    ///   - agents: Number of agents `N`.
    ///   - traffic: Offered traffic `A` in Erlangs, 0…``maximumTraffic``.
    /// - Returns: P(wait) in [0, 1], or `.nan` for invalid traffic.
    ///
    /// Complexity: O(min(N, A + 40·√A + 800)).
    public static func probabilityOfWait(agents: Int, traffic: Double) -> Double {
        guard isValidTraffic(traffic) else { return .nan }
        if traffic == 0 { return 0 }
        let n = max(agents, 0)
        if Double(n) <= traffic { return 1 }
        return waitProbability(erlangB: erlangBRecursion(agents: n, traffic: traffic), agents: n, traffic: traffic)
    }

    /// Wait-based service level: the fraction of contacts whose queue wait is at
    /// most `limitSeconds`.
    ///
    /// `SL = 1 − C·e^(−(N−A)·T/AHT)` for `N > A`; 0 when `N ≤ A` (and `A > 0`);
    /// 1 when `A = 0`. A negative limit gives 0 (no wait is negative); an
    /// infinite limit gives 1 when `N > A`.
    ///
    /// - Parameters:
    ///   - agents: Number of agents `N`.
    ///   - traffic: Offered traffic `A` in Erlangs.
    ///   - meanHandleSeconds: Mean handle time (AHT) in seconds, > 0 when `A > 0`.
    ///   - limitSeconds: The wait limit `T` in seconds.
    /// - Returns: The service level in [0, 1], or `.nan` for invalid input.
    ///
    /// Complexity: O(min(N, A + 40·√A + 800)).
    public static func serviceLevelWait(agents: Int, traffic: Double, meanHandleSeconds: Double, limitSeconds: Double) -> Double {
        serviceLevel(metric: .wait, agents: agents, traffic: traffic,
                     meanHandleSeconds: meanHandleSeconds, limitSeconds: limitSeconds)
    }

    /// Reply-based service level: the fraction of contacts whose wait **plus**
    /// handle time is at most `limitSeconds`, i.e. `P(W + S ≤ T)` in M/M/N.
    ///
    /// With `μ = 1/AHT`, `θ = Nμ − λ = (N − A)·μ` and `C` = P(wait), the wait `W`
    /// is 0 with probability `1 − C` and otherwise exponential with rate `θ`; the
    /// handle time `S` is exponential with rate `μ`, independent of `W`. Then
    ///
    ///     P(W + S ≤ T) = (1 − e^(−μT)) − C · μ·(e^(−μT) − e^(−θT)) / (θ − μ)
    ///
    /// and at the removable singularity `θ = μ` (that is `N − A = 1`) the last
    /// fraction becomes `μT·e^(−μT)`. The code evaluates
    /// `(e^(−μT) − e^(−θT))/(θ − μ)` as `e^(−min(θ,μ)T)·(1 − e^(−|θ−μ|T))/|θ−μ|`
    /// with `expm1` (and a series for tiny `|θ−μ|·T`), so it is accurate and
    /// continuous through the singularity and cannot overflow.
    ///
    /// The result never exceeds `1 − e^(−T/AHT)`, the share of contacts whose
    /// handle time alone fits in the limit. 0 when `N ≤ A` (and `A > 0`); 1 when
    /// `A = 0`; 0 for a negative limit.
    ///
    /// - Parameters:
    ///   - agents: Number of agents `N`.
    ///   - traffic: Offered traffic `A` in Erlangs.
    ///   - meanHandleSeconds: Mean handle time (AHT) in seconds, > 0 when `A > 0`.
    ///   - limitSeconds: The reply-time limit `T` in seconds.
    /// - Returns: The service level in [0, 1], or `.nan` for invalid input.
    ///
    /// Complexity: O(min(N, A + 40·√A + 800)).
    public static func serviceLevelReply(agents: Int, traffic: Double, meanHandleSeconds: Double, limitSeconds: Double) -> Double {
        serviceLevel(metric: .reply, agents: agents, traffic: traffic,
                     meanHandleSeconds: meanHandleSeconds, limitSeconds: limitSeconds)
    }

    /// The service level on the clock named by `metric`: dispatches to
    /// ``serviceLevelWait(agents:traffic:meanHandleSeconds:limitSeconds:)`` or
    /// ``serviceLevelReply(agents:traffic:meanHandleSeconds:limitSeconds:)``.
    ///
    /// - Returns: The service level in [0, 1], or `.nan` for invalid input.
    ///
    /// Complexity: O(min(N, A + 40·√A + 800)).
    public static func serviceLevel(metric: ServiceMetric, agents: Int, traffic: Double, meanHandleSeconds: Double, limitSeconds: Double) -> Double {
        guard isValidTraffic(traffic), !limitSeconds.isNaN,
              meanHandleSeconds >= 0, meanHandleSeconds.isFinite
        else { return .nan }
        if traffic == 0 { return 1 }
        guard meanHandleSeconds > 0 else { return .nan }
        let n = max(agents, 0)
        if Double(n) <= traffic { return 0 }
        let c = waitProbability(erlangB: erlangBRecursion(agents: n, traffic: traffic), agents: n, traffic: traffic)
        return level(metric: metric, pWait: c, agents: n, traffic: traffic,
                     meanHandleSeconds: meanHandleSeconds, limitSeconds: limitSeconds)
    }

    /// Average speed of answer: the mean queue wait over all contacts, in seconds.
    ///
    /// `ASA = C·AHT / (N − A)` for `N > A`; `.infinity` when `N ≤ A` (and `A > 0`);
    /// 0 when `A = 0`.
    ///
    /// - Parameters:
    ///   - agents: Number of agents `N`.
    ///   - traffic: Offered traffic `A` in Erlangs.
    ///   - meanHandleSeconds: Mean handle time (AHT) in seconds.
    /// - Returns: The ASA in seconds, `.infinity` for an unstable queue, `.nan` for invalid input.
    ///
    /// Complexity: O(min(N, A + 40·√A + 800)).
    public static func averageSpeedOfAnswer(agents: Int, traffic: Double, meanHandleSeconds: Double) -> Double {
        guard isValidTraffic(traffic), meanHandleSeconds >= 0, meanHandleSeconds.isFinite else { return .nan }
        if traffic == 0 { return 0 }
        let n = max(agents, 0)
        if Double(n) <= traffic { return .infinity }
        let c = waitProbability(erlangB: erlangBRecursion(agents: n, traffic: traffic), agents: n, traffic: traffic)
        return asa(pWait: c, agents: n, traffic: traffic, meanHandleSeconds: meanHandleSeconds)
    }

    /// Agent occupancy: the fraction of staffed time spent handling contacts, `A / N`.
    ///
    /// 0 when `A = 0` (even with no agents); `.infinity` when `N = 0` and `A > 0`.
    /// Values ≥ 1 mean `N ≤ A`, an unstable queue.
    ///
    /// - Parameters:
    ///   - agents: Number of agents `N`.
    ///   - traffic: Offered traffic `A` in Erlangs.
    /// - Returns: `A / N`, or `.nan` for invalid traffic.
    ///
    /// Complexity: O(1).
    public static func occupancy(agents: Int, traffic: Double) -> Double {
        guard isValidTraffic(traffic) else { return .nan }
        if traffic == 0 { return 0 }
        let n = max(agents, 0)
        if n == 0 { return .infinity }
        return traffic / Double(n)
    }

    // MARK: - Kernels shared with StaffingCalculator (no validation)

    /// Whether `traffic` is finite, non-negative and at most ``maximumTraffic``.
    static func isValidTraffic(_ traffic: Double) -> Bool {
        traffic >= 0 && traffic <= maximumTraffic
    }

    /// The Erlang B recursion up to `agents`, stopping once `B` has been flushed to 0.
    static func erlangBRecursion(agents: Int, traffic a: Double) -> Double {
        var b = 1.0
        var n = 1
        while n <= agents {
            b = erlangBStep(previous: b, agents: n, traffic: a)
            if b == 0 { break }
            n += 1
        }
        return b
    }

    /// One step of the recursion: B(n) from B(n−1). Results below the smallest
    /// normal double (≈ 2.2e−308) are flushed to 0: B only decreases from there,
    /// and subnormal rounding would otherwise keep it stuck at the smallest
    /// subnormal until n ≈ 2A.
    static func erlangBStep(previous b: Double, agents n: Int, traffic a: Double) -> Double {
        let ab = a * b
        let next = ab / (Double(n) + ab)
        return next < Double.leastNormalMagnitude ? 0 : next
    }

    /// Erlang C from Erlang B. Requires `agents > traffic > 0`.
    static func waitProbability(erlangB b: Double, agents: Int, traffic a: Double) -> Double {
        let n = Double(agents)
        let c = n * b / (n - a * (1 - b))
        return min(max(c, 0), 1)
    }

    /// The service level for a known P(wait). Requires `agents > traffic > 0`, `meanHandleSeconds > 0`.
    static func level(metric: ServiceMetric, pWait c: Double, agents: Int, traffic a: Double,
                      meanHandleSeconds aht: Double, limitSeconds t: Double) -> Double {
        if t < 0 { return 0 }
        let tau = t / aht                 // the limit in units of the mean handle time
        if tau == .infinity { return 1 }
        let surplus = Double(agents) - a  // θ/μ = N − A > 0
        switch metric {
        case .wait:
            return min(max(1 - c * exp(-surplus * tau), 0), 1)
        case .reply:
            // P(W+S ≤ T) = (1 − e^(−τ)) − C·(e^(−τ) − e^(−sτ))/(s − 1), s = θ/μ, τ = μT.
            let low = min(surplus, 1)
            let gap = abs(surplus - 1)
            let x = gap * tau
            let h: Double                 // (1 − e^(−gap·τ)) / gap, → τ as gap → 0
            if x < 1e-8 {
                h = tau * (1 - x / 2 + x * x / 6)
            } else {
                h = -expm1(-x) / gap
            }
            let sl = -expm1(-tau) - c * exp(-low * tau) * h
            return min(max(sl, 0), 1)
        }
    }

    /// ASA for a known P(wait). Requires `agents > traffic > 0`.
    static func asa(pWait c: Double, agents: Int, traffic a: Double, meanHandleSeconds aht: Double) -> Double {
        c * aht / (Double(agents) - a)
    }
}
