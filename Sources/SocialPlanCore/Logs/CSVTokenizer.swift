/// A push-based RFC 4180 tokenizer over bytes: chunks may split anywhere (inside `""`, a CRLF
/// or a UTF-8 sequence) and the records come out the same.
///
/// - Records end at LF or CRLF; a bare CR is data. Quoted fields may hold separators, `""` and
///   line ends. A `"` inside an unquoted field is data.
/// - Memory is bounded by ``bound`` plus one chunk, never by the file: a record is looked at
///   for at most `bound` bytes.
/// - An unterminated quote does not swallow the file: when the end of the file or the bound is
///   reached inside a quote that opened on line L — or a quoted field spanning lines is followed
///   by a malformed record — line L is reported and reading resumes at line L+1.
/// - A longer record outside quotes is reported and dropped up to the next LF without being held.
///
/// Complexity: O(n) in the bytes fed, plus at most `bound` bytes re-scanned per reported
/// unterminated quote and per record that spans a chunk boundary.
struct CSVTokenizer: Sendable {
    /// What the tokenizer hands out.
    enum Event {
        case record(CSVRecord)
        case problem(line: Int, kind: LogSkipKind)
    }

    /// Bytes a record may span before it is reported as too long.
    let bound: Int
    /// Lines mode: every LF-terminated line is one single-field record (JSON Lines).
    let linesOnly: Bool
    /// Fields a record must have: the width of the first non-blank record (the header), so
    /// that a malformed multi-line record is recognised as a runaway quote.
    var expectedFields: Int?
    /// The largest number of bytes ever held between feeds.
    private(set) var peakBuffered = 0
    /// Bytes held right now (an incomplete record).
    var buffered: Int { carry.count }

    private var carry: [UInt8] = []
    /// The line the next record starts on.
    private(set) var line = 1
    /// True while a record too long to hold is being dropped up to its line end.
    private(set) var skipping = false
    /// The fields of the record being scanned (reused, to avoid an allocation per record).
    var fields: [CSVField] = []

    init(bound: Int = LogReader.defaultRecordBound, linesOnly: Bool = false) {
        self.bound = max(bound, 16)
        self.linesOnly = linesOnly
    }

    /// Feeds bytes; complete records go to `handle`. The buffer of a record is only valid
    /// during the call.
    mutating func feed(_ chunk: UnsafeRawBufferPointer, _ handle: (Event) -> Void) {
        guard chunk.count > 0 else { return }
        if carry.isEmpty {
            let used = process(chunk, atEOF: false, handle)
            if used < chunk.count { carry.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[used...])) }
        } else {
            carry.append(contentsOf: chunk)
            var local: [UInt8] = []
            swap(&local, &carry)
            let used = local.withUnsafeBytes { process($0, atEOF: false, handle) }
            local.removeSubrange(0..<used)
            swap(&local, &carry)
        }
        peakBuffered = max(peakBuffered, carry.count)
    }

    /// Ends the input: the last record (without a line end, or inside an open quote) is handled.
    mutating func finish(_ handle: (Event) -> Void) {
        var local: [UInt8] = []
        swap(&local, &carry)
        _ = local.withUnsafeBytes { process($0, atEOF: true, handle) }
    }

    /// Handles every complete record of `b`; returns how many bytes were consumed.
    private mutating func process(_ b: UnsafeRawBufferPointer, atEOF: Bool, _ handle: (Event) -> Void) -> Int {
        var pos = 0
        while pos < b.count {
            if skipping {
                guard let lf = Self.find(CSVByte.lf, in: b, from: pos, to: b.count) else { return b.count }
                line += 1
                pos = lf + 1
                skipping = false
                continue
            }
            let start = line
            switch scan(b, from: pos, atEOF: atEOF) {
            case .needMore:
                return pos
            case .record(let end, let lfs, let runaway, let textAfterQuote):
                if let q = runaway {
                    handle(.problem(line: start + q.lineOffset, kind: .unterminatedQuote))
                    line = start + q.lineOffset + 1
                    pos = q.resumeAt ?? end
                } else {
                    let record = CSVRecord(base: b, fields: fields, line: start, textAfterQuote: textAfterQuote)
                    // The first non-blank record is the header: its width is the expected one.
                    if expectedFields == nil, !linesOnly, !record.isBlank { expectedFields = fields.count }
                    handle(.record(record))
                    line += lfs
                    pos = end
                }
            case .openQuote(let q):
                handle(.problem(line: start + q.lineOffset, kind: .unterminatedQuote))
                guard let resume = q.resumeAt else {
                    // The open quote's line runs past the bound: drop it up to its line end.
                    if !atEOF { skipping = true }
                    return b.count
                }
                line = start + q.lineOffset + 1
                pos = resume
            case .tooLong:
                handle(.problem(line: start, kind: .recordTooLong))
                line += Self.count(CSVByte.lf, in: b, from: pos, to: b.count)
                skipping = true
                return b.count
            }
        }
        return pos
    }
}
