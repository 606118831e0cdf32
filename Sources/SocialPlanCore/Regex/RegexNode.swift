/// A parsed pattern of the bounded regular-expression engine (``BoundedRegex``): the syntax
/// tree the parser builds and the compiler turns into a program.
indirect enum RegexNode: Sendable, Hashable {
    /// Matches the empty string.
    case empty
    /// One Unicode scalar; `caseless` compares simple case folds.
    case scalar(Unicode.Scalar, caseless: Bool)
    /// One scalar of a set (`.`, `[a-z]`, `\d`).
    case set(RegexScalarSet, caseless: Bool)
    /// A zero-width test of the position (`^`, `$`, `\b`).
    case assertion(RegexAssertion)
    /// The parts one after another.
    case concatenation([RegexNode])
    /// The first alternative that leads to a match, in order.
    case alternation([RegexNode])
    /// A group; `capture` is its number (1-based) when it captures.
    case group(RegexNode, capture: Int?)
    /// `min` to `max` (nil: unbounded) repetitions, as many as possible when `greedy`.
    case repetition(RegexNode, min: Int, max: Int?, greedy: Bool)

    /// True when the node can match without reading a scalar.
    var isNullable: Bool {
        switch self {
        case .empty, .assertion: return true
        case .scalar, .set: return false
        case .concatenation(let parts): return parts.allSatisfy(\.isNullable)
        case .alternation(let parts): return parts.contains { $0.isNullable }
        case .group(let body, _): return body.isNullable
        case .repetition(let body, let min, _, _): return min == 0 || body.isNullable
        }
    }

    /// True when some repetition in the node has a body that can match empty.
    var repeatsNullable: Bool {
        switch self {
        case .empty, .assertion, .scalar, .set: return false
        case .concatenation(let parts), .alternation(let parts): return parts.contains { $0.repeatsNullable }
        case .group(let body, _): return body.repeatsNullable
        case .repetition(let body, _, let max, _): return (body.isNullable && max != 1) || body.repeatsNullable
        }
    }
}

/// A zero-width test of the position between two scalars.
enum RegexAssertion: Sendable, Hashable {
    /// `^`, `\A`: the start of the text.
    case start
    /// `$`, `\Z`: the end of the text, or before a line terminator that ends it.
    case endOrBeforeFinalLineBreak
    /// `\z`: the end of the text.
    case end
    /// `\b`: between a word scalar (`\w`) and a non-word scalar or an end.
    case wordBoundary
    /// `\B`: not a word boundary.
    case notWordBoundary
}
