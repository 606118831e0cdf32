import Foundation

/// Turns the records of one log into messages: finds the mapped columns in the header, then
/// reads each row's values, or says which value is wrong and why.
struct LogRowDecoder: Sendable {
    /// Field positions of the mapped columns (-1: not mapped).
    struct Columns: Sendable {
        var id = -1, author = -1, inbound = -1, timestamp = -1, text = -1, parent = -1, responses = -1, priority = -1, agent = -1, status = -1
    }

    /// What does not change while reading, behind one reference so that the decoder is cheap to
    /// copy (the reader hands it around once per row).
    final class Settings: Sendable {
        let format: LogFormat
        let mapping: LogColumnMapping
        let zone: LogZoneResolver
        /// Support accounts, lowercased without `@`, when the direction comes from the author.
        let accounts: Set<String>
        /// TWCS ids must be whole numbers; mapped logs may use any text.
        let numericIDs: Bool
        /// The mapping's timestamp format, read once per row without copying the mapping.
        let timeFormat: LogTimestampFormat

        init(format: LogFormat) {
            self.format = format
            mapping = format.mapping
            timeFormat = mapping.timeFormat
            zone = LogZoneResolver(mapping.timeZone)
            if case .accounts(let names) = mapping.direction { accounts = Set(names.map(LogRowDecoder.handleKey)) } else { accounts = [] }
            if case .twcs = format { numericIDs = true } else { numericIDs = false }
        }
    }

    private(set) var settings: Settings
    /// True when timestamps are read in the Twitter form (TWCS).
    let twitterTimes: Bool
    var format: LogFormat { settings.format }
    var mapping: LogColumnMapping { settings.mapping }
    var columns = Columns()
    var width = 0
    /// Bytes of the row being decoded that could not be borrowed from the record (reused).
    private var arena: [UInt8] = []

    init(format: LogFormat) {
        settings = Settings(format: format)
        twitterTimes = settings.timeFormat == .twitter
        if case .jsonl = format {
            // With `accounts:` the author decides the direction: no inbound field is read.
            var inbound = 2
            if case .accounts = settings.mapping.direction { inbound = -1 }
            columns = Columns(id: 0, author: 1, inbound: inbound, timestamp: 3, text: 4, parent: 5, responses: 6, priority: 7, agent: 8,
                              status: 9)
            width = 10
        }
    }

    /// This decoder with settings of its own, for a reader on another thread: two threads
    /// sharing one settings object would both update its reference count once per row, and the
    /// cache line it sits on would go back and forth between the cores. Complexity: O(accounts).
    func withOwnSettings() -> LogRowDecoder {
        var copy = self
        copy.settings = Settings(format: format)
        return copy
    }

    /// `@AppleSupport` → `applesupport`.
    static func handleKey(_ name: String) -> String {
        let t = name.trimmingCharacters(in: .whitespaces)
        return (t.hasPrefix("@") ? String(t.dropFirst()) : t).lowercased()
    }

    /// Reads one data record into a row handed to `body` (valid during the call), or says why
    /// the record is skipped. Values are borrowed from the record; only a field holding `""`
    /// or an id that needs normalising is copied, into `arena`. Complexity: O(record length).
    ///
    /// The closures below capture only `s` (the shared settings) and plain values, never the
    /// decoder itself: capturing `self` copied the decoder (and retained its arrays) once per row.
    mutating func decodeRow(_ r: CSVRecord, _ body: (LogRow) -> Void) -> LogSkip? {
        let c = columns
        let s = settings
        guard r.fields.count == width else {
            return skip(r.line, .fieldCount, "expected \(width) fields as in the header, found \(r.fields.count)")
        }
        if let q = r.textAfterQuote {
            return skip(r.line, .textAfterQuote, "\(name(at: q)) has text after its closing quote; quotes inside a quoted field are written \"\"")
        }
        arena.removeAll(keepingCapacity: true)
        let numeric = s.numericIDs
        let idResult = idSpan(r, c.id, numeric: numeric, column: s.mapping.id, required: true)
        guard case .success(let id?) = idResult else { return failure(idResult, r.line) }
        let author = span(r, c.author, trimmed: true)
        if author.isEmpty { return skip(r.line, .missingValue, "\(s.mapping.author) is empty") }
        let inbound: Bool
        if c.inbound >= 0 {
            guard let flag = r.withField(c.inbound, LogBytes.flag) else {
                let (name, raw) = (mapping.columns.first { $0.role == "inbound" }?.name ?? "inbound", r.string(c.inbound))
                if raw.allSatisfy({ $0 == " " }) { return skip(r.line, .missingValue, "\(name) is empty") }
                return skip(r.line, .badInbound, "\(name) \(LogBytes.quoted(raw)) is not true or false")
            }
            inbound = flag
        } else {
            inbound = !s.accounts.contains(Self.handleKey(r.trimmedString(c.author)))
        }
        // A TWCS timestamp in the dataset's layout is read at fixed positions without touching
        // the zone (it carries its offset); anything else goes through the format's parser.
        let field = r.fields[c.timestamp]
        var time: Int?
        if twitterTimes, !field.escaped,
           case .instant(let t)? = LogTimestampParser.twitterFixed(LogBytes.trimmed(UnsafeRawBufferPointer(rebasing: r.base[field.start..<field.end]))) {
            time = t
        } else {
            time = r.withField(c.timestamp) { raw -> Int? in
                LogTimestampParser.parse(raw, s.timeFormat).map { s.zone.instant($0) }
            }
        }
        guard let createdAt = time else {
            let raw = r.string(c.timestamp)
            if raw.allSatisfy({ $0 == " " }) { return skip(r.line, .missingValue, "\(mapping.timestamp) is empty") }
            let form = mapping.timeFormat == .twitter ? "" : " (expected \(mapping.timeFormat))"
            return skip(r.line, .badTimestamp, "\(mapping.timestamp) \(LogBytes.quoted(raw)) is not a timestamp\(form)")
        }
        // Instants and reply times are kept in 32 bits unsigned: a row outside the range is
        // skipped with its line rather than clamped (docs/log-formats.md, "Timestamps").
        guard LogTimestampParser.supportedRange.contains(createdAt) else {
            return skip(r.line, .badTimestamp, "\(mapping.timestamp) \(LogBytes.quoted(r.string(c.timestamp))) is outside \(LogTimestampParser.supportedRangeWords), the times a log may hold")
        }
        var parent: Span?
        if c.parent >= 0 {
            let p = idSpan(r, c.parent, numeric: numeric, column: s.mapping.parent ?? "parent", required: false)
            guard case .success(let value) = p else { return failure(p, r.line) }
            parent = value
        }
        let text = c.text >= 0 ? span(r, c.text, trimmed: false) : Span(start: 0, end: 0, inArena: true)
        let responses = c.responses >= 0 ? span(r, c.responses, trimmed: false) : nil
        let priority = c.priority >= 0 ? nonEmpty(span(r, c.priority, trimmed: true)) : nil
        let agent = c.agent >= 0 ? nonEmpty(span(r, c.agent, trimmed: true)) : nil
        let status = c.status >= 0 ? nonEmpty(span(r, c.status, trimmed: true)) : nil
        arena.withUnsafeBytes { a in
            let base = r.base
            func bytes(_ x: Span) -> UnsafeBufferPointer<UInt8> {
                UnsafeRawBufferPointer(rebasing: (x.inArena ? a : base)[x.start..<x.end]).assumingMemoryBound(to: UInt8.self)
            }
            body(LogRow(id: bytes(id), author: bytes(author), inbound: inbound, createdAt: createdAt, text: bytes(text),
                        inResponseTo: parent.map(bytes), responses: responses.map(bytes), priority: priority.map(bytes),
                        agent: agent.map(bytes), status: status.map(bytes), line: r.line))
        }
        return nil
    }

    /// Where a value of a row lies: in the record's buffer, or in ``arena`` (a field holding
    /// `""`, an id written in another form).
    struct Span {
        var start: Int, end: Int, inArena: Bool
        var isEmpty: Bool { start == end }
    }

    /// Field `i`, trimmed of spaces and tabs when `trimmed`; copied into the arena with `""`
    /// undoubled when it holds them.
    private mutating func span(_ r: CSVRecord, _ i: Int, trimmed: Bool) -> Span {
        let f = r.fields[i]
        guard f.escaped else {
            guard trimmed else { return Span(start: f.start, end: f.end, inArena: false) }
            let all = UnsafeRawBufferPointer(rebasing: r.base[f.start..<f.end])
            let t = LogBytes.trimmed(all)
            let start = f.start + (t.baseAddress.map { $0 - all.baseAddress! } ?? 0)
            return Span(start: start, end: start + t.count, inArena: false)
        }
        let start = arena.count
        r.withField(i) { arena.append(contentsOf: trimmed ? LogBytes.trimmed($0) : $0) }
        return Span(start: start, end: arena.count, inArena: true)
    }

    /// An id's span; `nil` for an empty optional one. With `numeric` (TWCS) it must be a whole
    /// number. Written in normal form (no spaces, digits as written), it is borrowed as it is.
    private mutating func idSpan(_ r: CSVRecord, _ i: Int, numeric: Bool, column: @autoclosure () -> String,
                                 required: Bool) -> Result<Span?, LogSkip> {
        let f = r.fields[i]
        if !f.escaped, f.end > f.start {
            if LogBytes.allDigits(UnsafeRawBufferPointer(rebasing: r.base[f.start..<f.end])) {
                return .success(Span(start: f.start, end: f.end, inArena: false))
            }
        }
        switch r.withField(i, { Self.readID($0, numeric: numeric, column: column(), required: required) }) {
        case .failure(let skip): return .failure(skip)
        case .success(nil): return .success(nil)
        case .success(let id?):
            let start = arena.count
            arena.append(contentsOf: id.utf8)
            return .success(Span(start: start, end: arena.count, inArena: true))
        }
    }

    private func nonEmpty(_ s: Span) -> Span? { s.isEmpty ? nil : s }

    /// An id; `nil` for an empty optional one. With `numeric` (TWCS) it must be a whole number.
    private static func readID(_ raw: UnsafeRawBufferPointer, numeric: Bool, column: @autoclosure () -> String,
                               required: Bool) -> Result<String?, LogSkip> {
        let t = LogBytes.trimmed(raw)
        if t.isEmpty {
            if required { return .failure(LogSkip(line: 0, kind: .missingValue, message: "\(column()) is empty")) }
            return .success(nil)
        }
        if LogBytes.allDigits(t) { return .success(String(decoding: t, as: UTF8.self)) }
        let id = LogBytes.normalizedID(t)
        if numeric, !id.utf8.allSatisfy(LogBytes.isDigit) {
            return .failure(LogSkip(line: 0, kind: .badID, message: "\(column()) \(LogBytes.quoted(t)) is not a whole number"))
        }
        return .success(id)
    }

    private func failure<T>(_ r: Result<T, LogSkip>, _ line: Int) -> LogSkip {
        if case .failure(var s) = r {
            s.line = line
            return s
        }
        return skip(line, .missingValue, "\(mapping.id) is empty")
    }

    /// `"5,7"` → `["5", "7"]`, each normalised; empty parts dropped.
    static func idList(_ raw: UnsafeRawBufferPointer) -> [String] {
        var list: [String] = []
        var start = 0
        for i in 0...raw.count where i == raw.count || raw[i] == CSVByte.comma {
            let part = LogBytes.trimmed(UnsafeRawBufferPointer(rebasing: raw[start..<i]))
            if !part.isEmpty { list.append(LogBytes.normalizedID(part)) }
            start = i + 1
        }
        return list
    }

    func skip(_ line: Int, _ kind: LogSkipKind, _ message: String) -> LogSkip {
        LogSkip(line: line, kind: kind, message: message)
    }

    /// The header name of field `i`.
    func name(at i: Int) -> String {
        if case .jsonl = format { return ["id", "author", "inbound", "timestamp", "text", "parent", "responses", "priority", "agent", "status"][min(i, 9)] }
        return headerNames.indices.contains(i) ? "column `\(headerNames[i])`" : "field \(i + 1)"
    }

    var headerNames: [String] = []

    /// The message of a tokenizer problem.
    static func message(for kind: LogSkipKind, bound: Int) -> String {
        switch kind {
        case .unterminatedQuote: return "unterminated quote: a quoted field opened on this line never closes; reading resumes on the next line"
        case .recordTooLong: return "row longer than \(LogReader.describe(bytes: bound)) (the record bound) skipped"
        default: return kind.rawValue
        }
    }
}
