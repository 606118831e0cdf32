/// The simulator's seeded pseudo-random generator: xoshiro256** seeded through SplitMix64.
///
/// **Algorithm.** The 256-bit state `s0…s3` is filled by four successive outputs of
/// SplitMix64 (Steele, Lea & Flood 2014) started at `seed`:
/// `z = (x += 0x9E3779B97F4A7C15); z = (z ^ z>>30)·0xBF58476D1CE4E5B9;
/// z = (z ^ z>>27)·0x94D049BB133111EB; z ^ z>>31`. Each ``next()`` is xoshiro256**
/// (Blackman & Vigna 2018): `result = rotl(s1·5, 7)·9`, then
/// `t = s1<<17; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 45)`.
/// SplitMix64 never yields four zero words, so the xoshiro state is never all zero.
///
/// **Determinism.** Only wrapping 64-bit integer arithmetic is used, so the integer stream
/// and ``uniform()`` are bit-identical on every platform. The continuous distributions in
/// `SimulationRandom+Distributions.swift` also call `log`, `exp`, `sqrt` and `cos`: `sqrt` is
/// exact everywhere; the others come from the platform's libm (glibc on Linux, correctly
/// rounded in practice for `log` and `exp`), so a different libm could differ in the last bit.
///
/// The generator is a value: copying it forks the stream. It is not cryptographic.
public struct SimulationRandom: Sendable, Hashable, RandomNumberGenerator {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// A generator whose stream is fully determined by `seed`.
    ///
    /// Complexity: O(1).
    public init(seed: UInt64) {
        var x = seed
        s0 = Self.splitMix64(&x)
        s1 = Self.splitMix64(&x)
        s2 = Self.splitMix64(&x)
        s3 = Self.splitMix64(&x)
    }

    /// One SplitMix64 step: advances `state` by the golden-ratio increment and returns the mixed value.
    ///
    /// Complexity: O(1).
    @inlinable
    public static func splitMix64(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The seed of replication `index` in a run started with `base`: two SplitMix64 mixes of
    /// `base` and `index`, so replications are independent streams whatever order
    /// (or thread) they run in.
    ///
    /// Complexity: O(1).
    public static func replicationSeed(base: UInt64, index: Int) -> UInt64 {
        var x = base
        let mixedBase = splitMix64(&x)
        var y = mixedBase ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03)
        return splitMix64(&y)
    }

    /// The next 64 uniformly distributed bits (xoshiro256**).
    ///
    /// Complexity: O(1).
    @inlinable
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform double strictly inside (0, 1): `(k + 0.5)·2⁻⁵³` with `k` the top 53 bits
    /// of ``next()``. Both operations are exact, so the value never is 0 or 1 and
    /// `log(uniform())` is always finite.
    ///
    /// Complexity: O(1).
    @inlinable
    public mutating func uniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1.0p-53
    }

    @inlinable
    func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
