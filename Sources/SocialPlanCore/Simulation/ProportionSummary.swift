/// The share of replications in which something happened (a week kept its promise), with the
/// 95 % Wilson score interval for a binomial proportion.
///
/// **Formula.** For k successes in n trials, p̂ = k/n and z = 1.959963985 (the normal 97.5 %
/// quantile): centre `(p̂ + z²/2n) / (1 + z²/n)`, half-width
/// `z / (1 + z²/n) · sqrt(p̂(1 − p̂)/n + z²/4n²)` (Wilson 1927).
///
/// **Why Wilson.** The shares that matter here are near 80–100 % and n is small (20 simulated
/// weeks by default). The textbook normal ("Wald") interval p̂ ± z·sqrt(p̂(1 − p̂)/n) has zero
/// width at 0/n and n/n — 20 of 20 weeks kept would "prove" 100 % — can leave [0, 1], and
/// covers the true share far less often than 95 % near the ends. Wilson's interval inverts the
/// score test instead: it stays inside [0, 1], is never empty at 0/n or n/n (20/20 gives
/// 83.9–100 %), and keeps close to 95 % coverage at small n (Brown, Cai & DasGupta 2001
/// recommend it for n < 40). Clopper–Pearson would be wider still (it guarantees at least
/// 95 %), so more weeks would be needed to decide anything, and it needs the beta quantile.
public struct ProportionSummary: Sendable, Hashable {
    /// Trials in which it happened, k.
    public let successes: Int
    /// Trials, n (at least one).
    public let trials: Int
    /// Lower end of the 95 % Wilson interval, in [0, 1].
    public let lower: Double
    /// Upper end of the 95 % Wilson interval, in [0, 1].
    public let upper: Double

    /// The normal distribution's 97.5 % quantile (two-sided 95 %).
    static let z = 1.959963984540054

    /// Summarises `successes` of `trials`.
    ///
    /// - Precondition: `0 ≤ successes ≤ trials` and `trials ≥ 1` (programmer error otherwise).
    ///
    /// Complexity: O(1).
    public init(successes: Int, trials: Int) {
        precondition(trials >= 1 && (0...trials).contains(successes), "0 ≤ successes ≤ trials, trials ≥ 1")
        self.successes = successes
        self.trials = trials
        let n = Double(trials), p = Double(successes) / n
        let z2 = Self.z * Self.z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let half = Self.z / denominator * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        // At 0/n and n/n the centre and half-width are equal in exact arithmetic; pin the end.
        lower = successes == 0 ? 0 : max(0, centre - half)
        upper = successes == trials ? 1 : min(1, centre + half)
    }

    /// k/n.
    public var share: Double { Double(successes) / Double(trials) }

    /// The least number of trials, all successes, whose interval lies at or above `share`
    /// (n/(n + z²) ≥ share): what it takes before a run can show a share is reached at all.
    /// Nil when `share` is 1 or more (never).
    ///
    /// Complexity: O(1).
    public static func fewestTrialsShowing(atLeast share: Double) -> Int? {
        guard share < 1 else { return nil }
        guard share > 0 else { return 1 }
        var n = max(1, Int((share * z * z / (1 - share)).rounded(.up)))
        while ProportionSummary(successes: n, trials: n).lower < share { n += 1 }
        while n > 1 && ProportionSummary(successes: n - 1, trials: n - 1).lower >= share { n -= 1 }
        return n
    }
}
