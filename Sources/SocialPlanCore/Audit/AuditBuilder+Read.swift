import Foundation

extension AuditBuilder {
    /// How ``read(_:format:plan:report:)`` reads a log.
    public struct ReadPlan: Sendable {
        /// Bytes read at a time.
        public var chunkSize = 1 << 20
        /// The most parts a file is read in at once, one thread each: the cores, at most 8.
        public var parts = min(8, max(1, ProcessInfo.processInfo.activeProcessorCount))
        /// The fewest bytes a part may hold: a smaller log is read on one thread.
        public var minimumPartBytes = 32 << 20
        /// Skipped rows each part keeps to report; the rest are counted in the summary only.
        public var keptSkips = 100

        /// The default plan.
        public init() {}
    }

    /// Reads `source` into the audit row by row, without making a ``LogMessage`` or a `String`
    /// per row, and returns the reader's summary (docs/performance.md, "Audit").
    ///
    /// A file of at least two ``ReadPlan/minimumPartBytes`` is read in parts on as many
    /// threads, each part by its own reader into its own builder, joined in log order. A part
    /// starts at a line end where the next bytes read as a row; whether that is really where a
    /// record starts (and not inside a quoted field) is known only when the part before it has
    /// been read up to there, so the join checks it: when the reader before stopped inside a
    /// record, the part is thrown away and read again by that reader. The result is the same as
    /// one reader's, byte for byte, whatever the split.
    ///
    /// `report` sees the failure and the skipped rows in log order (of a part read on another
    /// thread, its first ``ReadPlan/keptSkips``, once it has been read); it returns false to
    /// stop reading. Complexity: O(n) for n bytes, plus a part's bytes again when its start
    /// was not a record boundary.
    public mutating func read(_ source: LogSource, format: LogFormat, plan: ReadPlan = ReadPlan(),
                              report: (LogReadEvent) -> Bool) throws -> LogReadSummary {
        let first = AuditReadPart(reader: LogReader(format: format), builder: self, keptSkips: plan.keptSkips)
        self = AuditBuilder(options: options)
        defer { swap(&self, &first.builder) }
        let chunk = max(plan.chunkSize, 16)
        // The header, on this thread.
        var offset = 0
        while !first.stopped, first.reader.continuation() == nil {
            let end = try first.pump(source, offset..<offset + chunk, chunk: chunk, finish: false, report)
            if end == offset { break }
            offset = end
        }
        guard !first.stopped, first.reader.continuation() != nil else {
            if !first.stopped { first.reader.finishRows { first.take($0, report) } }
            return first.reader.summary
        }
        var bounds = [offset]
        if let size = source.size, plan.parts > 1, let probe = first.reader.continuation() {
            bounds += try Self.splitPoints(source, from: offset, to: size, plan: plan, probe: probe) + [size]
        }
        // Each builder reserves room for its rows, estimated from the first chunk's, and the first
        // for the whole log, so that its arrays do not grow by copying and the join appends
        // without copying them (reserved memory is not touched until rows are written, so an
        // estimate too high costs nothing).
        // At most 2^25 rows are reserved (about 1 GB of address space in all), so that a huge
        // log or a dense first chunk cannot ask for more than a machine would map.
        let perByte = Double(first.builder.count) / Double(max(offset, 1)) * 1.15
        func rows(_ bytes: Int) -> Int { Int(min(perByte * Double(bytes), Double(1 << 25))) }
        if let size = source.size { first.builder.reserveCapacity(rows(size)) }
        guard bounds.count > 2 else {
            try first.pump(source, offset..<Int.max, chunk: chunk, finish: true, report)
            return first.reader.summary
        }
        // Every part at once; the first keeps this builder.
        let last = bounds.count - 2, starts = bounds
        let parts = [first] + (1...last).map { i in
            var builder = AuditBuilder(options: options)
            builder.reserveCapacity(rows(starts[i + 1] - starts[i]))
            return AuditReadPart(reader: first.reader.continuation()!, builder: builder, keptSkips: plan.keptSkips)
        }
        DispatchQueue.concurrentPerform(iterations: parts.count) { i in
            parts[i].pumpCollecting(source, starts[i]..<starts[i + 1], chunk: chunk, finish: i == last)
        }
        // Joined in log order.
        for part in parts { if let error = part.error { throw error } }
        var summary = LogReadSummary()
        guard first.replay(report) else { return first.reader.summary }
        for i in 1...last {
            let part = parts[i]
            if first.reader.isBetweenRecords {
                part.lineOffset = first.lineOffset + first.reader.nextLine - 1
                guard part.replay(report) else { break }
                first.builder.append(&part.builder)
                summary.add(first.reader.summary)
                first.reader = part.reader
                first.lineOffset = part.lineOffset
            } else {
                // The part began inside a record: its bytes are read again after the part before.
                try first.pump(source, bounds[i]..<bounds[i + 1], chunk: chunk, finish: i == last, report)
            }
            if first.stopped { break }
        }
        summary.add(first.reader.summary)
        return summary
    }

    /// Where the parts after the first start: near equal shares of `start..<size`, each just
    /// after a line end that the next bytes read as a row after (`probe`: a reader that has read
    /// the header). A share with no such line end in its first 64 KiB joins the part before.
    static func splitPoints(_ source: LogSource, from start: Int, to size: Int, plan: ReadPlan, probe: LogReader) throws -> [Int] {
        let count = min(plan.parts, (size - start) / max(plan.minimumPartBytes, 1))
        guard count > 1 else { return [] }
        let window = 1 << 16
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: window, alignment: 16)
        defer { buffer.deallocate() }
        var points: [Int] = []
        for k in 1..<count {
            let target = start + (size - start) / count * k
            var n = 0
            while n < window {
                let got = try source.read(target + n, UnsafeMutableRawBufferPointer(rebasing: buffer[n...]))
                if got <= 0 { break }
                n += got
            }
            let bytes = UnsafeRawBufferPointer(rebasing: buffer[0..<n])
            var i = 0
            while let lf = bytes[i...].firstIndex(of: CSVByte.lf) {
                if startsRow(UnsafeRawBufferPointer(rebasing: bytes[(lf + 1)...]), probe), target + lf + 1 > (points.last ?? start) {
                    points.append(target + lf + 1)
                    break
                }
                i = lf + 1
            }
        }
        return points
    }

    /// True when the first record of `bytes` reads as a row.
    private static func startsRow(_ bytes: UnsafeRawBufferPointer, _ probe: LogReader) -> Bool {
        var reader = probe
        var first: Bool?
        reader.feedRows(bytes) { event in
            if first == nil { if case .row = event { first = true } else { first = false } }
        }
        return first == true
    }
}

/// One part of a log being read: its reader, the builder it feeds, and what it has to report.
/// Used by one thread at a time (the part's own while reading, the caller's while joining).
final class AuditReadPart: @unchecked Sendable {
    var reader: LogReader
    var builder: AuditBuilder
    /// Added to the reader's lines to give the log's.
    var lineOffset = 0
    /// Skipped rows kept for the join, and how many to keep.
    private(set) var skips: [LogSkip] = []
    let keptSkips: Int
    private(set) var failure: LogReadFailure?
    private(set) var error: Error?
    /// True once `report` asked to stop or the log failed.
    private(set) var stopped = false

    init(reader: LogReader, builder: AuditBuilder, keptSkips: Int) {
        self.reader = reader
        self.builder = builder
        self.keptSkips = keptSkips
    }

    /// Hands one event on: a row to the builder, the rest to `report` (lines made the log's).
    func take(_ event: LogRowEvent, _ report: (LogReadEvent) -> Bool) {
        guard !stopped else { return }
        switch event {
        case .row(let row): builder.add(row)
        case .skipped(var skip):
            skip.line += lineOffset
            if !report(.skipped(skip)) { stopped = true }
        case .failed(let failure):
            _ = report(.failed(failure))
            stopped = true
        }
    }

    /// Reads `range` (to the end of the log at most), reporting as it goes; `finish` ends the log.
    /// Returns the offset reached.
    @discardableResult
    func pump(_ source: LogSource, _ range: Range<Int>, chunk: Int, finish: Bool, _ report: (LogReadEvent) -> Bool) throws -> Int {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        var offset = range.lowerBound
        while !stopped, offset < range.upperBound {
            let want = min(chunk, range.upperBound - offset)
            let n = try source.read(offset, UnsafeMutableRawBufferPointer(rebasing: buffer[0..<want]))
            if n <= 0 { break }
            offset += n
            reader.feedRows(UnsafeRawBufferPointer(rebasing: buffer[0..<n])) { take($0, report) }
        }
        if finish && !stopped { reader.finishRows { take($0, report) } }
        return offset
    }

    /// ``pump(_:_:chunk:finish:_:)`` on a part's own thread: skipped rows and the failure are
    /// kept for ``replay(_:)``, a read error in ``error``.
    func pumpCollecting(_ source: LogSource, _ range: Range<Int>, chunk: Int, finish: Bool) {
        do {
            try pump(source, range, chunk: chunk, finish: finish) { event in
                switch event {
                case .skipped(var skip):
                    // Kept with the part's own lines: the offset is known only at the join.
                    skip.line -= lineOffset
                    if skips.count < keptSkips { skips.append(skip) }
                case .failed(let f): failure = f
                case .message: break
                }
                return true
            }
        } catch {
            self.error = error
        }
    }

    /// Reports what ``pumpCollecting(_:_:chunk:finish:)`` kept, with the log's lines; false
    /// when `report` asked to stop.
    func replay(_ report: (LogReadEvent) -> Bool) -> Bool {
        for var skip in skips {
            skip.line += lineOffset
            guard report(.skipped(skip)) else { stopped = true; return false }
        }
        skips = []
        if let failure { _ = report(.failed(failure)); stopped = true; return false }
        return true
    }
}
