extension HandleTime {
    /// One handle time in seconds drawn from the stated distribution: exponential with the
    /// mean when no `cv` is written, a fixed mean when `cv` is 0, lognormal with the mean and
    /// `cv` otherwise (see ``SimulationRandom/lognormal(mean:cv:)``).
    ///
    /// Uniforms consumed: one (exponential), none (fixed) or two (lognormal). A mean of 0 gives 0
    /// and consumes nothing.
    ///
    /// Complexity: O(1).
    public func sample(using random: inout SimulationRandom) -> Double {
        let m = Double(mean.seconds)
        guard m > 0 else { return 0 }
        guard let cv else { return random.exponential(mean: m) }
        guard cv > 0 else { return m }
        return random.lognormal(mean: m, cv: cv)
    }
}
