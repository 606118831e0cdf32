extension RotaScheduleSearch {
    /// The hour-limited search, O(T_open·B) time: only rows where a shift can end and only as
    /// many hour columns as there are open intervals before them are computed.
    ///
    /// `best[e][h]` is the best value of shifts all ending by e and using at most h intervals.
    /// The last shift `[s, e)` adds `prefix[e] − prefix[s]` to `best[s − rest][h − (e − s)]`;
    /// along a diagonal `h − e = d` the term `best[s − rest][s + d] − prefix[s]` depends on s
    /// alone and s ranges over a window that only slides forward, so one monotone queue per
    /// diagonal yields each maximum in amortised O(1) instead of trying every length.
    ///
    /// Two savings keep the answer (and its tie-breaks) exactly that of the full table:
    /// - a row e where no shift can end (`[e − minLength, e)` is not all open) equals row e − 1,
    ///   and the start it would queue can never begin a shift, so the row is not stored: it reads
    ///   through to the last stored row;
    /// - no week ending by e uses more than `cap(e)`, the open intervals before e, so
    ///   `best[e][h] = best[e][cap(e)]` for h > cap(e) (value and chosen shift alike); a row
    ///   stores columns 0…min(B, cap(e)) and reads beyond them clamp. A diagonal that leaves
    ///   that range never comes back into it (cap grows by at most one a row), so its queue is
    ///   not needed either.
    /// For a member open 55 of 168 hours this computes about a fifth of the T·B table. The
    /// memory is the search's `Scratch`, reused from one call to the next.
    mutating func constrained(prefix: [Int64], runStart: [Int], budget: Int) -> [Range<Int>] {
        let count = prefix.count - 1
        let (minLength, maxLength, rest) = (self.minLength, self.maxLength, self.rest)
        // Row layout: where each row's cells start and how many columns it has; a row that is
        // not stored repeats the previous row's entries.
        var rowStart = [Int](repeating: 0, count: count + 1)
        var rowWidth = [Int](repeating: 1, count: count + 1)
        var cells = 1
        var cap = 0
        for end in 1...count {
            if runStart[end] <= end - 1 { cap += 1 }
            if end >= minLength && runStart[end] <= end - minLength {
                rowStart[end] = cells
                rowWidth[end] = min(budget, cap) + 1
                cells += rowWidth[end]
            } else {
                rowStart[end] = rowStart[end - 1]
                rowWidth[end] = rowWidth[end - 1]
            }
        }
        let span = maxLength - minLength + 2
        let diagonals = count + budget + 1
        // A cell here (copy, queue push and pop) costs about three of the free search's.
        work += 3 * cells
        var values = scratch.values(count: cells + diagonals * span)
        var indices = scratch.indices(count: 2 * cells + diagonals * (span + 2))
        defer { scratch.keep(values: values, indices: indices) }
        return values.withUnsafeMutableBufferPointer { values in
            indices.withUnsafeMutableBufferPointer { indices in
                guard let bestUpTo = values.baseAddress, let lastEnd = indices.baseAddress else { return [] }
                let queueValue = bestUpTo + cells
                let lengthAt = lastEnd + cells
                let queueStart = lengthAt + cells
                let head = queueStart + diagonals * span
                let size = head + diagonals
                bestUpTo[0] = 0
                lastEnd[0] = -1
                lengthAt[0] = 0
                head.update(repeating: 0, count: diagonals)
                size.update(repeating: 0, count: diagonals)
                for end in 1...count where rowStart[end] != rowStart[end - 1] {
                    let row = rowStart[end]
                    let width = rowWidth[end]
                    let previousRow = rowStart[end - 1]
                    let previousLast = rowWidth[end - 1] - 1
                    let newest = end - minLength
                    let earliest = max(end - maxLength, runStart[end])
                    let prefixEnd = prefix[end]
                    let prefixNewest = prefix[newest]
                    let beforeRow = newest >= rest ? rowStart[newest - rest] : -1
                    let beforeLast = newest >= rest ? rowWidth[newest - rest] - 1 : 0
                    for used in 0..<width {
                        let cell = row + used
                        let copied = previousRow + min(used, previousLast)
                        bestUpTo[cell] = bestUpTo[copied]
                        lastEnd[cell] = lastEnd[copied]
                        lengthAt[cell] = lengthAt[copied]
                        let diagonal = used - end + count
                        let base = diagonal * span
                        let shifted = used - minLength
                        if shifted >= 0 {
                            let before = beforeRow >= 0 ? bestUpTo[beforeRow + min(shifted, beforeLast)] : 0
                            let value = before - prefixNewest
                            var length = Int(size[diagonal])
                            let first = Int(head[diagonal])
                            while length > 0 {
                                var back = first + length - 1
                                if back >= span { back -= span }
                                guard queueValue[base + back] <= value else { break }
                                length -= 1
                            }
                            var slot = first + length
                            if slot >= span { slot -= span }
                            queueStart[base + slot] = Int32(newest)
                            queueValue[base + slot] = value
                            size[diagonal] = Int32(length + 1)
                        }
                        while size[diagonal] > 0, Int(queueStart[base + Int(head[diagonal])]) < earliest {
                            head[diagonal] = head[diagonal] + 1 == span ? 0 : head[diagonal] + 1
                            size[diagonal] -= 1
                        }
                        guard size[diagonal] > 0 else { continue }
                        let front = base + Int(head[diagonal])
                        let best = prefixEnd + queueValue[front]
                        if best > bestUpTo[cell] {
                            bestUpTo[cell] = best
                            lastEnd[cell] = Int32(end)
                            lengthAt[cell] = Int32(end - Int(queueStart[front]))
                        }
                    }
                }
                var shifts: [Range<Int>] = []
                var cursor = count
                var used = budget
                while cursor >= 0 {
                    let end = Int(lastEnd[rowStart[cursor] + min(used, rowWidth[cursor] - 1)])
                    guard end >= 0 else { break }
                    let length = Int(lengthAt[rowStart[end] + min(used, rowWidth[end] - 1)])
                    shifts.append((end - length)..<end)
                    cursor = end - length - rest
                    used -= length
                }
                return shifts.reversed()
            }
        }
    }
}

extension RotaScheduleSearch {
    /// Memory for the hour-limited search, kept by the search and grown when a call needs more,
    /// so a planner run allocates it a few times instead of once per member search.
    struct Scratch: Sendable {
        /// Table values and queue values.
        private var kept: [Int64] = []
        /// Chosen ends and lengths, queue starts, heads and sizes.
        private var keptIndices: [Int32] = []

        /// Takes the value memory, at least `count` long (the contents are left over).
        mutating func values(count: Int) -> [Int64] {
            var taken: [Int64] = []
            swap(&taken, &kept)
            if taken.count < count { taken = [Int64](repeating: 0, count: count) }
            return taken
        }

        /// Takes the index memory, at least `count` long (the contents are left over).
        mutating func indices(count: Int) -> [Int32] {
            var taken: [Int32] = []
            swap(&taken, &keptIndices)
            if taken.count < count { taken = [Int32](repeating: 0, count: count) }
            return taken
        }

        /// Gives the memory back for the next call.
        mutating func keep(values: [Int64], indices: [Int32]) {
            kept = values
            keptIndices = indices
        }
    }
}
