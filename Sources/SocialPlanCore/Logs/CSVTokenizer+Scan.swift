extension CSVTokenizer {
    enum Scan {
        case needMore
        /// A complete record ending before `end`, holding `lfs` line ends (the last included).
        case record(end: Int, lfs: Int, runaway: QuoteStart?, textAfterQuote: Int?)
        /// The end of the file or the bound was reached inside this quote.
        case openQuote(QuoteStart)
        /// The bound was reached outside quotes.
        case tooLong
    }

    /// Where a quoted field opened: lines after the record's first, and where the line after it
    /// starts (nil when no line end follows within reach).
    struct QuoteStart {
        var lineOffset: Int
        var resumeAt: Int?
    }

    /// Scans one record from `start` into `fields`.
    mutating func scan(_ b: UnsafeRawBufferPointer, from start: Int, atEOF: Bool) -> Scan {
        fields.removeAll(keepingCapacity: true)
        let count = b.count
        let limit = count - start > bound ? start + bound : count
        // Out of bytes at `limit`: the bound when there is more, else wait or end the file.
        let hitBound = limit < count
        var p = start
        var lfs = 0
        var firstMultiline: QuoteStart?
        var textAfterQuote: Int?
        if linesOnly {
            guard let lf = Self.find(CSVByte.lf, in: b, from: p, to: limit) else {
                if hitBound { return .tooLong }
                if !atEOF { return .needMore }
                let e = count > p && b[count - 1] == CSVByte.cr ? count - 1 : count
                fields.append(CSVField(start: p, end: e, escaped: false))
                return .record(end: count, lfs: 0, runaway: nil, textAfterQuote: nil)
            }
            let e = lf > p && b[lf - 1] == CSVByte.cr ? lf - 1 : lf
            fields.append(CSVField(start: p, end: e, escaped: false))
            return .record(end: lf + 1, lfs: 1, runaway: nil, textAfterQuote: nil)
        }
        while true {
            var afterQuote = false
            if p < limit && b[p] == CSVByte.quote {
                let open = QuoteStart(lineOffset: lfs, resumeAt: nil)
                var firstLF: Int?
                p += 1
                let contentStart = p
                var escaped = false
                while true {
                    p = Self.firstOf(CSVByte.quote, CSVByte.lf, in: b, from: p, to: limit)
                    if p >= limit {
                        if hitBound || atEOF { return .openQuote(QuoteStart(lineOffset: open.lineOffset, resumeAt: firstLF)) }
                        return .needMore
                    }
                    let c = b[p]
                    if c == CSVByte.quote {
                        if p + 1 < limit {
                            if b[p + 1] == CSVByte.quote { escaped = true; p += 2; continue }
                        } else if hitBound {
                            return .openQuote(QuoteStart(lineOffset: open.lineOffset, resumeAt: firstLF))
                        } else if !atEOF {
                            return .needMore
                        }
                        break
                    }
                    if c == CSVByte.lf {
                        lfs += 1
                        if firstLF == nil { firstLF = p + 1 }
                    }
                    p += 1
                }
                fields.append(CSVField(start: contentStart, end: p, escaped: escaped))
                p += 1
                if let lf = firstLF, firstMultiline == nil { firstMultiline = QuoteStart(lineOffset: open.lineOffset, resumeAt: lf) }
                if p >= limit {
                    if hitBound { return .tooLong }
                    if !atEOF { return .needMore }
                    return finishRecord(end: count, lfs: lfs, multiline: firstMultiline, textAfterQuote: textAfterQuote)
                }
                let c = b[p]
                if c == CSVByte.comma { p += 1; continue }
                if c == CSVByte.lf { return finishRecord(end: p + 1, lfs: lfs + 1, multiline: firstMultiline, textAfterQuote: textAfterQuote) }
                if c == CSVByte.cr {
                    if p + 1 >= limit {
                        if hitBound { return .tooLong }
                        if !atEOF { return .needMore }
                        return finishRecord(end: count, lfs: lfs, multiline: firstMultiline, textAfterQuote: textAfterQuote)
                    }
                    if b[p + 1] == CSVByte.lf { return finishRecord(end: p + 2, lfs: lfs + 1, multiline: firstMultiline, textAfterQuote: textAfterQuote) }
                }
                // Text after the closing quote: read on as data up to the separator, flag the row.
                if textAfterQuote == nil { textAfterQuote = fields.count - 1 }
                afterQuote = true
            }
            let s = p
            p = Self.firstOf(CSVByte.comma, CSVByte.lf, in: b, from: p, to: limit)
            if p >= limit {
                if hitBound { return .tooLong }
                if !atEOF { return .needMore }
                let e = count > s && b[count - 1] == CSVByte.cr ? count - 1 : count
                if !afterQuote { fields.append(CSVField(start: s, end: e, escaped: false)) }
                return finishRecord(end: count, lfs: lfs, multiline: firstMultiline, textAfterQuote: textAfterQuote)
            }
            let isLF = b[p] == CSVByte.lf
            let e = isLF && p > s && b[p - 1] == CSVByte.cr ? p - 1 : p
            if !afterQuote { fields.append(CSVField(start: s, end: e, escaped: false)) }
            p += 1
            if isLF { return finishRecord(end: p, lfs: lfs + 1, multiline: firstMultiline, textAfterQuote: textAfterQuote) }
        }
    }

    /// A record spanning lines through a quoted field that then turns out malformed is taken as
    /// a runaway quote: only the line where it opened is lost.
    func finishRecord(end: Int, lfs: Int, multiline: QuoteStart?, textAfterQuote: Int?) -> Scan {
        if let m = multiline, textAfterQuote != nil || (expectedFields.map { $0 != fields.count } ?? false) {
            return .record(end: end, lfs: lfs, runaway: m, textAfterQuote: textAfterQuote)
        }
        return .record(end: end, lfs: lfs, runaway: nil, textAfterQuote: textAfterQuote)
    }

    /// The first index in `from..<to` holding `x` or `y`, or `to`. Eight bytes at a time
    /// (the SWAR zero-byte test: the lowest flagged byte is always a true match).
    @inline(__always)
    static func firstOf(_ x: UInt8, _ y: UInt8, in b: UnsafeRawBufferPointer, from: Int, to: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let px = ones &* UInt64(x), py = ones &* UInt64(y)
        var i = from
        while i + 8 <= to {
            let w = UInt64(littleEndian: b.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let a = w ^ px, c = w ^ py
            let hits = ((a &- ones) & ~a & highs) | ((c &- ones) & ~c & highs)
            if hits != 0 { return i + hits.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < to {
            let v = b[i]
            if v == x || v == y { return i }
            i += 1
        }
        return to
    }

    static func find(_ byte: UInt8, in b: UnsafeRawBufferPointer, from: Int, to: Int) -> Int? {
        var i = from
        while i < to {
            if b[i] == byte { return i }
            i += 1
        }
        return nil
    }

    static func count(_ byte: UInt8, in b: UnsafeRawBufferPointer, from: Int, to: Int) -> Int {
        var n = 0
        var i = from
        while i < to {
            if b[i] == byte { n += 1 }
            i += 1
        }
        return n
    }
}
