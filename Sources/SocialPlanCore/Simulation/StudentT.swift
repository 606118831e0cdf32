/// Quantiles of Student's t distribution, for confidence intervals over replications.
enum StudentT {
    /// t(0.975, ν) for ν = 1…30, to 9 decimals (standard table values, checked against
    /// SciPy's `stats.t.ppf(0.975, ν)`).
    static let quantile975Table: [Double] = [
        12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836,
        2.446911851, 2.364624252, 2.306004135, 2.262157163, 2.228138852,
        2.200985160, 2.178812830, 2.160368656, 2.144786688, 2.131449546,
        2.119905299, 2.109815578, 2.100922040, 2.093024054, 2.085963447,
        2.079613845, 2.073873068, 2.068657610, 2.063898562, 2.059538553,
        2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456,
    ]

    /// The 97.5 % quantile of t with `degreesOfFreedom` (two-sided 95 % intervals).
    ///
    /// ν ≤ 30: the table. ν > 30: the Cornish–Fisher expansion of t in powers of 1/ν around the
    /// normal quantile z = 1.959963985 (Abramowitz & Stegun 26.7.5, four terms), whose error
    /// is below 10⁻⁶ for ν > 30. ν < 1 gives `.nan`.
    ///
    /// Complexity: O(1).
    static func quantile975(degreesOfFreedom nu: Int) -> Double {
        guard nu >= 1 else { return .nan }
        if nu <= quantile975Table.count { return quantile975Table[nu - 1] }
        let z = 1.959963984540054
        let v = Double(nu)
        let z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z, z9 = z7 * z * z
        let g1 = (z3 + z) / 4
        let g2 = (5 * z5 + 16 * z3 + 3 * z) / 96
        let g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384
        let g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160
        return z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v)
    }
}
