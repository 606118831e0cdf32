extension RotaScheduleSearch {
    /// The hour-limited search, O(T·B) time and memory.
    ///
    /// `best[e][h]` is the best value of shifts all ending by e and using at most h intervals.
    /// The last shift `[s, e)` adds `prefix[e] − prefix[s]` to `best[s − rest][h − (e − s)]`;
    /// along a diagonal `h − e = d` the term `best[s − rest][s + d] − prefix[s]` depends on s
    /// alone and s ranges over a window that only slides forward, so one monotone queue per
    /// diagonal yields each maximum in amortised O(1) instead of trying every length.
    func constrained(prefix: [Int64], runStart: [Int], budget: Int) -> [Range<Int>] {
        let count = prefix.count - 1
        let width = budget + 1
        let cells = (count + 1) * width
        let span = maxLength - minLength + 2
        let diagonals = count + width
        let bestUpTo = UnsafeMutableBufferPointer<Int64>.allocate(capacity: cells)
        let lastEnd = UnsafeMutableBufferPointer<Int32>.allocate(capacity: cells)
        let lengthAt = UnsafeMutableBufferPointer<Int16>.allocate(capacity: cells)
        let queueStart = UnsafeMutableBufferPointer<Int>.allocate(capacity: diagonals * span)
        let queueValue = UnsafeMutableBufferPointer<Int64>.allocate(capacity: diagonals * span)
        let head = UnsafeMutableBufferPointer<Int>.allocate(capacity: diagonals)
        let size = UnsafeMutableBufferPointer<Int>.allocate(capacity: diagonals)
        defer {
            bestUpTo.deallocate()
            queueValue.deallocate()
            lastEnd.deallocate()
            lengthAt.deallocate()
            queueStart.deallocate()
            head.deallocate()
            size.deallocate()
        }
        bestUpTo.initialize(repeating: 0)
        lastEnd.initialize(repeating: -1)
        lengthAt.initialize(repeating: 0)
        head.initialize(repeating: 0)
        size.initialize(repeating: 0)
        let (minLength, maxLength, rest) = (self.minLength, self.maxLength, self.rest)
        for end in 1...count {
            let row = end * width
            let previousRow = row - width
            let newest = end - minLength
            let earliest = max(end - maxLength, runStart[end])
            let usable = newest >= earliest && newest >= 0
            let prefixEnd = prefix[end]
            let prefixNewest = newest >= 0 ? prefix[newest] : 0
            for used in 0...budget {
                bestUpTo[row + used] = bestUpTo[previousRow + used]
                lastEnd[row + used] = lastEnd[previousRow + used]
                let diagonal = used - end + count
                let base = diagonal * span
                let shifted = newest + used - end
                if newest >= 0, shifted >= 0 {
                    let before = newest >= rest ? bestUpTo[(newest - rest) * width + shifted] : 0
                    let value = before - prefixNewest
                    var length = size[diagonal]
                    while length > 0 {
                        var back = head[diagonal] + length - 1
                        if back >= span { back -= span }
                        guard queueValue[base + back] <= value else { break }
                        length -= 1
                    }
                    var slot = head[diagonal] + length
                    if slot >= span { slot -= span }
                    queueStart[base + slot] = newest
                    queueValue[base + slot] = value
                    size[diagonal] = length + 1
                }
                guard usable else { continue }
                while size[diagonal] > 0, queueStart[base + head[diagonal]] < earliest {
                    head[diagonal] = head[diagonal] + 1 == span ? 0 : head[diagonal] + 1
                    size[diagonal] -= 1
                }
                guard size[diagonal] > 0 else { continue }
                let front = base + head[diagonal]
                let best = prefixEnd + queueValue[front]
                if best > bestUpTo[row + used] {
                    bestUpTo[row + used] = best
                    lastEnd[row + used] = Int32(end)
                    lengthAt[row + used] = Int16(end - queueStart[front])
                }
            }
        }
        var shifts: [Range<Int>] = []
        var cursor = count
        var used = budget
        while cursor >= 0, lastEnd[cursor * width + used] >= 0 {
            let end = Int(lastEnd[cursor * width + used])
            let length = Int(lengthAt[end * width + used])
            shifts.append((end - length)..<end)
            cursor = end - length - rest
            used -= length
        }
        return shifts.reversed()
    }
}
