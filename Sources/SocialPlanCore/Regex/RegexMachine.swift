/// Runs a ``RegexProgram`` over a text by simulating all its threads in lock step (a Pike VM):
/// each position is read once and each instruction is visited at most once per position, so a
/// search costs O(instructions × (scalars + 1)) whatever the pattern, with no backtracking.
/// Threads are kept in priority order and a thread reaching an instruction another has already
/// reached at that position is dropped, which gives the leftmost match and, within it, the
/// choice a backtracking engine (ICU) makes between alternatives and quantifiers.
struct RegexMachine {
    private let instructions: [RegexInstruction]
    private let sets: [RegexScalarSet]
    private let anchoredAtStart: Bool
    private let text: [Unicode.Scalar]
    /// Capture slots (match start, match end, first group start, end) then loop registers.
    private let width: Int
    private var current: ThreadList
    private var next: ThreadList
    private var work: [Int]
    private var stack: [Frame] = []
    /// Instructions visited so far: each at most once per position, so at most
    /// instructions × (scalars + 1) per search.
    private(set) var steps = 0

    private enum Frame { case explore(Int), restore(Int, Int) }

    /// The threads at one position: instruction → slots, in priority order.
    private struct ThreadList {
        var sparse: [Int32]
        var dense: [Int32] = []
        var slots: [Int] = []
        init(size: Int) { sparse = Array(repeating: 0, count: size) }
        func contains(_ pc: Int) -> Bool {
            let k = Int(sparse[pc])
            return k < dense.count && Int(dense[k]) == pc
        }
        mutating func clear() { dense.removeAll(keepingCapacity: true); slots.removeAll(keepingCapacity: true) }
    }

    init(_ program: RegexProgram, text: [Unicode.Scalar]) {
        instructions = program.instructions
        sets = program.sets
        anchoredAtStart = program.anchoredAtStart
        self.text = text
        width = 4 + program.loopRegisters
        current = ThreadList(size: program.instructions.count)
        next = ThreadList(size: program.instructions.count)
        work = Array(repeating: -1, count: width)
    }

    /// The first match starting at or after `start`: its slots (start, end, first group's
    /// start and end; -1 where the group did not take part), or nil.
    mutating func firstMatch(from start: Int) -> [Int]? {
        let n = text.count
        var found: [Int]? = nil
        current.clear()
        var pos = start
        while pos <= n {
            if found == nil && (!anchoredAtStart || pos == 0) {
                for k in 0..<width { work[k] = -1 }
                work[0] = pos
                add(toNext: false, 0, at: pos)
            }
            if current.dense.isEmpty { if found != nil || anchoredAtStart { break } }
            next.clear()
            var t = 0
            threads: while t < current.dense.count {
                let pc = Int(current.dense[t])
                let base = t * width
                t += 1
                let reads: Bool
                switch instructions[pc] {
                case .match:
                    found = [current.slots[base], pos, current.slots[base + 2], current.slots[base + 3]]
                    break threads   // the threads after this one have lower priority
                case .scalar(let s): reads = pos < n && text[pos] == s
                case .foldedScalar(let f): reads = pos < n && (text[pos] == f || RegexCase.fold(text[pos]) == f)
                case .set(let k, let caseless): reads = pos < n && sets[k].contains(text[pos], caseless: caseless)
                default: reads = false
                }
                if reads {
                    for k in 0..<width { work[k] = current.slots[base + k] }
                    add(toNext: true, pc + 1, at: pos + 1)
                }
            }
            swap(&current, &next)
            if current.dense.isEmpty && found != nil { break }
            pos += 1
        }
        return found
    }

    /// Adds the thread at `pc0` with slots `work`, and every instruction it reaches without
    /// reading, to the current or the next list (depth first, so in priority order).
    private mutating func add(toNext: Bool, _ pc0: Int, at pos: Int) {
        // The list is moved out of self while it grows, so that it is not copied.
        var list = ThreadList(size: 0)
        if toNext { swap(&list, &next) } else { swap(&list, &current) }
        defer { if toNext { swap(&list, &next) } else { swap(&list, &current) } }
        stack.append(.explore(pc0))
        while let frame = stack.popLast() {
            switch frame {
            case .restore(let slot, let value): work[slot] = value
            case .explore(let pc):
                guard !list.contains(pc) else { continue }
                steps += 1
                list.sparse[pc] = Int32(list.dense.count)
                list.dense.append(Int32(pc))
                list.slots.append(contentsOf: work)
                switch instructions[pc] {
                case .jump(let to): stack.append(.explore(to))
                case .split(let a, let b):
                    stack.append(.explore(b))
                    stack.append(.explore(a))
                case .save(let slot):
                    stack.append(.restore(slot, work[slot]))
                    work[slot] = pos
                    stack.append(.explore(pc + 1))
                case .markLoop(let r):
                    stack.append(.restore(4 + r, work[4 + r]))
                    work[4 + r] = pos
                    stack.append(.explore(pc + 1))
                case .loopIfProgressed(let r, let to):
                    stack.append(.explore(work[4 + r] != pos ? to : pc + 1))
                case .assert(let a):
                    if holds(a, at: pos) { stack.append(.explore(pc + 1)) }
                case .scalar, .foldedScalar, .set, .match: break
                }
            }
        }
    }

    private func holds(_ a: RegexAssertion, at pos: Int) -> Bool {
        let n = text.count
        switch a {
        case .start: return pos == 0
        case .end: return pos == n
        case .endOrBeforeFinalLineBreak:
            if pos == n { return true }
            if pos == n - 2 { return text[pos] == "\r" && text[pos + 1] == "\n" }
            return pos == n - 1 && RegexScalarSet.Named.isLineTerminator(text[pos]) && !(text[pos] == "\n" && pos > 0 && text[pos - 1] == "\r")
        case .wordBoundary, .notWordBoundary:
            let before = pos > 0 && RegexScalarSet.Named.word.contains(text[pos - 1])
            let after = pos < n && RegexScalarSet.Named.word.contains(text[pos])
            return (before != after) == (a == .wordBoundary)
        }
    }
}
