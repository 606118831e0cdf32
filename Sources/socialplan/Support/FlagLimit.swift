import ArgumentParser
import SocialPlanCore

extension Limit {
    /// Refuses `value` of `flag` outside the limit with a usage error (exit 2) that names the
    /// limit and why (docs/limits.md).
    func check(_ flag: String, _ value: Int) throws {
        let v = Double(value)
        if contains(v) { return }
        if exceeds(v) { throw ValidationError("\(flag) \(value) \(aboveWords), \(why)") }
        throw ValidationError("\(flag) must be at least \(show(minimum)), got \(value)")
    }
}
