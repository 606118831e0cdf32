/// One instruction of a compiled pattern (a Thompson automaton written as a program, after
/// Russ Cox, "Regular Expression Matching: the Virtual Machine Approach").
enum RegexInstruction: Sendable, Hashable {
    /// Reads this scalar.
    case scalar(Unicode.Scalar)
    /// Reads a scalar whose simple case fold is this one.
    case foldedScalar(Unicode.Scalar)
    /// Reads a scalar of the program's set at this index.
    case set(Int, caseless: Bool)
    /// Goes on at both, preferring the first (this order gives greedy and lazy quantifiers and
    /// the leftmost-first choice between alternatives, as a backtracking engine would).
    case split(Int, Int)
    case jump(Int)
    /// Records the position in a capture slot (2 and 3: the first group's start and end).
    case save(Int)
    case assert(RegexAssertion)
    /// Records the position where an iteration of a loop whose body can match empty starts.
    case markLoop(Int)
    /// Back to the loop at `to` when the iteration read something; else on past the loop, so a
    /// body that matched empty runs once, as ICU runs it.
    case loopIfProgressed(register: Int, to: Int)
    case match
}

/// A compiled pattern: instructions, the sets they read, and the loop registers they use.
struct RegexProgram: Sendable, Hashable {
    var instructions: [RegexInstruction] = []
    var sets: [RegexScalarSet] = []
    var loopRegisters = 0
    /// True when every match must start at the start of the text (the pattern begins with `^`).
    var anchoredAtStart = false

    /// Compiles `node`, refusing a program longer than `limit` instructions before building it.
    /// Complexity: O(program).
    init(_ node: RegexNode, limit: Int) throws(RegexSyntaxError) {
        let size = Self.size(of: node)
        if size > limit {
            throw RegexSyntaxError("the pattern expands to more than \(limit) matching steps per character (its counted repetitions multiply)",
                                   at: 0, help: "use smaller counts, or `+` and `*` for unbounded ones: `\\d{6,}` rather than `\\d{6,5000}`")
        }
        emit(node)
        instructions.append(.match)
        anchoredAtStart = Self.startsAnchored(node)
    }

    /// The number of instructions `node` compiles to, saturating above `Int.max / 4`.
    static func size(of node: RegexNode) -> Int {
        let cap = Int.max / 4
        func mul(_ a: Int, _ b: Int) -> Int { a == 0 || b == 0 ? 0 : a > cap / b ? cap : a * b }
        switch node {
        case .empty: return 0
        case .scalar, .set, .assertion: return 1
        case .concatenation(let parts): return min(cap, parts.reduce(0) { min(cap, $0 + size(of: $1)) })
        case .alternation(let parts): return min(cap, parts.reduce(0) { min(cap, $0 + size(of: $1)) } + 2 * (parts.count - 1))
        case .group(let body, let capture): return min(cap, size(of: body) + (capture == 1 ? 2 : 0))
        case .repetition(let body, let lo, let hi, _):
            let b = size(of: body)
            let rest = hi.map { mul($0 - lo, b + 1) } ?? (b + 3)
            return min(cap, mul(lo, b) + rest)
        }
    }

    private static func startsAnchored(_ node: RegexNode) -> Bool {
        switch node {
        case .assertion(.start): return true
        case .concatenation(let parts): return parts.first.map(startsAnchored) ?? false
        case .alternation(let parts): return parts.allSatisfy(startsAnchored)
        case .group(let body, _): return startsAnchored(body)
        default: return false
        }
    }

    private mutating func emit(_ node: RegexNode) {
        switch node {
        case .empty: break
        case .scalar(let s, let caseless):
            instructions.append(caseless ? .foldedScalar(RegexCase.fold(s)) : .scalar(s))
        case .set(let set, let caseless):
            sets.append(set)
            instructions.append(.set(sets.count - 1, caseless: caseless))
        case .assertion(let a): instructions.append(.assert(a))
        case .concatenation(let parts): for part in parts { emit(part) }
        case .alternation(let parts):
            var jumps: [Int] = []
            for (k, part) in parts.enumerated() {
                if k < parts.count - 1 {
                    let split = placeholder()
                    emit(part)
                    jumps.append(placeholder())
                    instructions[split] = .split(split + 1, instructions.count)
                } else {
                    emit(part)
                }
            }
            for j in jumps { instructions[j] = .jump(instructions.count) }
        case .group(let body, let capture):
            // Only the first group is reported (the agent of a signature); the others group.
            if capture == 1 { instructions.append(.save(2)) }
            emit(body)
            if capture == 1 { instructions.append(.save(3)) }
        case .repetition(let body, let lo, let hi, let greedy):
            for _ in 0..<lo { emit(body) }
            if let hi {
                var exits: [Int] = []
                for _ in lo..<hi {
                    exits.append(placeholder())
                    emit(body)
                }
                for e in exits { instructions[e] = greedy ? .split(e + 1, instructions.count) : .split(instructions.count, e + 1) }
            } else {
                let loop = placeholder()
                let register: Int? = body.isNullable ? loopRegisters : nil
                if let register {
                    loopRegisters += 1
                    instructions.append(.markLoop(register))
                }
                emit(body)
                instructions.append(register.map { .loopIfProgressed(register: $0, to: loop) } ?? .jump(loop))
                let exit = instructions.count
                instructions[loop] = greedy ? .split(loop + 1, exit) : .split(exit, loop + 1)
            }
        }
    }

    private mutating func placeholder() -> Int {
        instructions.append(.match)
        return instructions.count - 1
    }
}
