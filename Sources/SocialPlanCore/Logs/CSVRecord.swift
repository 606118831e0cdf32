/// The bytes the tokenizer looks for.
enum CSVByte {
    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
}

/// One field of a record: a byte range of the record's buffer, without its quotes.
struct CSVField: Sendable {
    var start: Int
    var end: Int
    /// True when the field holds `""` that must be undoubled.
    var escaped: Bool
}

/// One record as the tokenizer hands it out. `base` is only valid during the call.
struct CSVRecord {
    var base: UnsafeRawBufferPointer
    var fields: [CSVField]
    /// The 1-based line on which the record starts.
    var line: Int
    /// The first field with text after its closing quote, if any.
    var textAfterQuote: Int?

    /// True for an empty line (one empty, unquoted field).
    var isBlank: Bool { fields.count == 1 && fields[0].start == fields[0].end && !fields[0].escaped }

    /// Calls `body` with the field's bytes, `""` undoubled. Complexity: O(1) for a plain field.
    func withField<R>(_ i: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        let f = fields[i]
        let raw = UnsafeRawBufferPointer(rebasing: base[f.start..<f.end])
        guard f.escaped else { return body(raw) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            let c = raw[i]
            out.append(c)
            i += c == CSVByte.quote && i + 1 < raw.count && raw[i + 1] == CSVByte.quote ? 2 : 1
        }
        return out.withUnsafeBytes(body)
    }

    /// The field as text; invalid UTF-8 becomes U+FFFD.
    func string(_ i: Int) -> String {
        withField(i) { String(decoding: $0, as: UTF8.self) }
    }

    /// The field as text without surrounding spaces and tabs.
    func trimmedString(_ i: Int) -> String {
        withField(i) { String(decoding: LogBytes.trimmed($0), as: UTF8.self) }
    }
}
