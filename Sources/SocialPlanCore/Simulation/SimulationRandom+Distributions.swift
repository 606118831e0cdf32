import Foundation

extension SimulationRandom {
    /// An exponential variate with the given mean, by inversion: `−mean·log(u)`, `u` = ``uniform()``.
    ///
    /// One uniform per draw; `u` is never 0, so the result is finite and ≥ 0.
    ///
    /// Complexity: O(1).
    @inlinable
    public mutating func exponential(mean: Double) -> Double {
        -mean * log(uniform())
    }

    /// A standard normal variate by the Box–Muller transform, cosine branch only:
    /// `sqrt(−2·log u₁)·cos(2π·u₂)` with two fresh uniforms.
    ///
    /// The sine branch is discarded on purpose so the generator carries no hidden cached
    /// value: every draw consumes exactly two ``next()`` calls, which keeps streams easy to
    /// reason about (and to reproduce in another language).
    ///
    /// Complexity: O(1).
    @inlinable
    public mutating func standardNormal() -> Double {
        let u1 = uniform()
        let u2 = uniform()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// A lognormal variate with the given mean and coefficient of variation (sd / mean).
    ///
    /// With `σ² = ln(1 + cv²)` and `μ = ln(mean) − σ²/2`, returns `exp(μ + σ·Z)` where `Z` is
    /// ``standardNormal()``, so `E = mean` and `sd = cv·mean` exactly in distribution.
    /// `cv = 0` gives `mean` (still consuming two uniforms, so streams stay aligned).
    ///
    /// - Precondition: `mean > 0`, `cv ≥ 0` (programmer error otherwise).
    ///
    /// Complexity: O(1).
    @inlinable
    public mutating func lognormal(mean: Double, cv: Double) -> Double {
        precondition(mean > 0 && cv >= 0, "lognormal needs mean > 0 and cv >= 0")
        let sigma2 = log1p(cv * cv)
        let mu = log(mean) - sigma2 / 2
        return exp(mu + sigma2.squareRoot() * standardNormal())
    }

    /// A Poisson count with the given mean (e.g. mentions in one 15-minute interval).
    ///
    /// Exact method: for `mean ≤ 16`, sequential-search inversion — draw `u`, then walk
    /// `p(k) = p(k−1)·mean/k` from `p(0) = e^(−mean)` until the running CDF reaches `u`.
    /// For a larger mean, the mean is split into chunks of at most 16 and the chunk counts are
    /// added: a sum of independent Poisson counts is Poisson with the summed mean, so this is
    /// exact too, and no chunk's `e^(−16)` comes near underflow. The walk stops at `k = 10·16+50`
    /// (a tail of probability below 10⁻⁵⁰), which only a `u` within rounding of 1 can reach.
    ///
    /// - Precondition: `mean` is finite and ≥ 0. Zero gives 0.
    ///
    /// Complexity: O(mean + 1) expected (about `mean + ⌈mean/16⌉` steps and `⌈mean/16⌉` uniforms).
    public mutating func poisson(mean: Double) -> Int {
        precondition(mean >= 0 && mean.isFinite, "poisson needs a finite mean >= 0")
        var remaining = mean
        var total = 0
        while remaining > 0 {
            let chunk = min(remaining, Self.poissonChunk)
            total += poissonByInversion(mean: chunk)
            remaining -= chunk
        }
        return total
    }

    /// The largest mean drawn by a single inversion in ``poisson(mean:)``.
    @usableFromInline static let poissonChunk = 16.0

    mutating func poissonByInversion(mean: Double) -> Int {
        let u = uniform()
        var k = 0
        var p = exp(-mean)
        var cdf = p
        while cdf < u && k < 210 {
            k += 1
            p *= mean / Double(k)
            cdf += p
        }
        return k
    }
}
