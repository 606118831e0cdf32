/// Reads a reply log pushed in chunks of any size, for the audit: TWCS, mapped CSV or JSON
/// Lines. The caller does the IO (the command line reads ~1 MiB at a time).
///
/// Each data row becomes a ``LogReadEvent/message(_:)`` or a ``LogReadEvent/skipped(_:)`` with
/// its line and reason; a log that cannot be read at all gives one ``LogReadEvent/failed(_:)``
/// and nothing after it. Results do not depend on where the chunks split.
///
/// Complexity: O(n) in the bytes fed; memory is bounded by ``recordBound`` plus one chunk,
/// never by the size of the file.
public struct LogReader: Sendable {
    /// The longest record (4 MiB) a reader holds; longer ones are skipped as `record-too-long`,
    /// and an unterminated quote is given up after this many bytes.
    public static let defaultRecordBound = 4 * 1024 * 1024

    /// The format being read.
    public let format: LogFormat
    /// This reader's record bound in bytes (kept apart from the tokenizer, which is swapped out
    /// while it feeds).
    public let recordBound: Int
    /// Counts so far.
    public private(set) var summary = LogReadSummary()
    /// The failure, once there is one.
    public private(set) var failure: LogReadFailure?

    private var tokenizer: CSVTokenizer
    private var decoder: LogRowDecoder
    private var headerRead = false
    private var sawContent = false

    /// Creates a reader for `format`; `recordBound` (bytes, at least 16) caps one record.
    public init(format: LogFormat, recordBound: Int = LogReader.defaultRecordBound) {
        self.format = format
        self.recordBound = recordBound
        var linesOnly = false
        if case .jsonl = format { linesOnly = true }
        tokenizer = CSVTokenizer(bound: recordBound, linesOnly: linesOnly)
        decoder = LogRowDecoder(format: format)
    }

    /// Whether messages carry ``LogMessage/responseIDs`` (default true; the list is built when
    /// a row becomes a message). The audit's rows never build it (it joins threads by
    /// `in_response_to`); `triage` and `forecast` turn it off.
    public var keepsResponseIDs = true

    /// The most bytes held between two feeds so far (an incomplete record); stays below
    /// ``recordBound`` plus one chunk whatever the file.
    public var peakBufferedBytes: Int { tokenizer.peakBuffered }

    /// True when every byte fed so far belongs to a record already handed over: the next byte
    /// starts a record (no quote, record or dropped line is open).
    var isBetweenRecords: Bool { tokenizer.buffered == 0 && !tokenizer.skipping }

    /// The line the next record starts on.
    var nextLine: Int { tokenizer.line }

    /// A reader for the bytes that follow a record boundary of this log, once its header has
    /// been read: the same columns, counts from zero, lines from 1 (the caller adds the offset).
    /// It shares no reference with this reader, so that each can run on its own thread.
    /// Nil before the header or after a failure.
    func continuation() -> LogReader? {
        guard failure == nil, sawContent, headerRead || isJSONLines else { return nil }
        var next = self
        next.decoder = decoder.withOwnSettings()
        next.summary = LogReadSummary()
        next.tokenizer = CSVTokenizer(bound: recordBound, linesOnly: isJSONLines)
        next.tokenizer.expectedFields = tokenizer.expectedFields
        return next
    }

    /// Reads the next chunk; events for every row completed by it go to `sink`.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer, _ sink: (LogReadEvent) -> Void) {
        let keeps = keepsResponseIDs
        feedRows(chunk) { sink($0.event(withResponses: keeps)) }
    }

    /// Ends the log: the last row (even without a line end, or cut inside a quote) is read, and
    /// an empty log is reported.
    public mutating func finish(_ sink: (LogReadEvent) -> Void) {
        let keeps = keepsResponseIDs
        finishRows { sink($0.event(withResponses: keeps)) }
    }

    /// ``feed(_:_:)`` handing over rows that borrow the chunk instead of messages.
    mutating func feedRows(_ chunk: UnsafeRawBufferPointer, _ sink: (LogRowEvent) -> Void) {
        guard failure == nil else { return }
        summary.bytesRead += chunk.count
        var t = CSVTokenizer(bound: 16)
        swap(&t, &tokenizer)
        t.feed(chunk) { handle($0, sink) }
        swap(&t, &tokenizer)
    }

    /// ``finish(_:)`` handing over rows.
    mutating func finishRows(_ sink: (LogRowEvent) -> Void) {
        guard failure == nil else { return }
        var t = CSVTokenizer(bound: 16)
        swap(&t, &tokenizer)
        t.finish { handle($0, sink) }
        swap(&t, &tokenizer)
        if failure == nil, !sawContent {
            fail(LogReadFailure(line: nil, message: "the log is empty", help: "give a log with a header line and one row per message"), sink)
        }
    }

    private mutating func handle(_ event: CSVTokenizer.Event, _ sink: (LogRowEvent) -> Void) {
        guard failure == nil else { return }
        switch event {
        case .problem(let line, let kind):
            if !headerRead && !isJSONLines {
                fail(LogReadFailure(line: line, message: kind == .recordTooLong
                    ? "the first line is longer than \(LogReader.describe(bytes: recordBound)): this is not a CSV log"
                    : "the header has an unterminated quote: this is not a CSV log",
                    help: "give a CSV file with a header line, saved as UTF-8 text"), sink)
                return
            }
            sawContent = true
            skip(LogSkip(line: line, kind: kind, message: LogRowDecoder.message(for: kind, bound: recordBound)), sink)
        case .record(let record):
            if record.isBlank || (isJSONLines && record.withField(0) { LogBytes.trimmed($0).isEmpty }) { return }
            if !sawContent, let f = LogRowDecoder.notText(record) { return fail(f, sink) }
            sawContent = true
            if !headerRead && !isJSONLines {
                headerRead = true
                if let f = decoder.readHeader(record) { fail(f, sink) }
                return
            }
            // Closure literals, not a closure value: a stored closure would be allocated per row.
            let skipped = isJSONLines ? decoder.decodeJSONRow(record) { sink(.row($0)) } : decoder.decodeRow(record) { sink(.row($0)) }
            if let skipped {
                skip(skipped, sink)
            } else {
                summary.rowsRead += 1
                summary.rowsUsed += 1
            }
        }
    }

    private var isJSONLines: Bool { if case .jsonl = format { return true } else { return false } }

    private mutating func skip(_ s: LogSkip, _ sink: (LogRowEvent) -> Void) {
        summary.count(s)
        sink(.skipped(s))
    }

    private mutating func fail(_ f: LogReadFailure, _ sink: (LogRowEvent) -> Void) {
        failure = f
        sink(.failed(f))
    }

    /// `4 MiB`.
    static func describe(bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : bytes % 1024 == 0 ? "\(bytes >> 10) KiB" : "\(bytes) bytes"
    }
}
