import Foundation

extension HandleTime {
    /// The coefficient of variation in force: 1 (exponential) when none is written.
    public var effectiveCV: Double { cv ?? 1 }

    /// True when handle times are exponential (no `cv` written).
    public var isExponential: Bool { cv == nil }

    /// P(handle time ≤ `seconds`): exponential with the mean when no `cv` is written, otherwise
    /// lognormal with the mean and coefficient of variation (cv 0 is a fixed time).
    public func probabilityWithin(seconds: Double) -> Double {
        let m = Double(mean.seconds)
        guard seconds > 0 else { return 0 }
        guard m > 0 else { return 1 }
        guard let cv else { return 1 - exp(-seconds / m) }
        if cv <= 0 { return seconds >= m ? 1 : 0 }
        let sigma2 = log(1 + cv * cv)
        let mu = log(m) - sigma2 / 2
        let z = (log(seconds) - mu) / sqrt(sigma2)
        return 0.5 * erfc(-z / 2.0.squareRoot())
    }

    /// The smallest whole minute within which a share `p` of mentions is handled (bisection on
    /// ``probabilityWithin(seconds:)``). Complexity: O(60) evaluations.
    public func minutesToHandle(share p: Double) -> Int {
        var lo = 0.0, hi = Double(max(1, mean.seconds)) * 200
        for _ in 0..<60 {
            let mid = (lo + hi) / 2
            if probabilityWithin(seconds: mid) >= p { hi = mid } else { lo = mid }
        }
        return Int((hi / 60).rounded(.up))
    }
}
