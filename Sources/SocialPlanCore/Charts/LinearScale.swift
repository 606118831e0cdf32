/// Maps a value of a domain onto a length of the drawing, linearly: the x positions of a
/// chart's bars and ticks. Values outside the domain are clamped to its ends, so a whisker
/// running past 100 % stops at the axis instead of leaving the chart.
public struct LinearScale: Sendable, Hashable {
    /// The values at the two ends (`lower` may equal `upper`: everything maps to the start).
    public var domain: (lower: Double, upper: Double)
    /// The drawing coordinates of the two ends.
    public var range: (start: Double, end: Double)

    /// A scale from `domain` onto `range`.
    public init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = (domain.0, domain.1)
        self.range = (range.0, range.1)
    }

    /// The coordinate of `value` (clamped to the domain; non-finite values go to the start).
    ///
    /// Complexity: O(1).
    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.upper - domain.lower
        guard value.isFinite, span > 0 else { return range.start }
        let share = min(1, max(0, (value - domain.lower) / span))
        return range.start + share * (range.end - range.start)
    }

    /// Round tick values inside the domain, `step` apart, starting at the first multiple of
    /// `step` at or above the lower end.
    ///
    /// Complexity: O(ticks).
    public func ticks(step: Double) -> [Double] {
        guard step > 0, domain.upper >= domain.lower else { return [] }
        var out: [Double] = []
        var value = (domain.lower / step).rounded(.up) * step
        while value <= domain.upper + step * 1e-9 {
            out.append(value)
            value += step
        }
        return out
    }

    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(domain.lower); hasher.combine(domain.upper)
        hasher.combine(range.start); hasher.combine(range.end)
    }
}
