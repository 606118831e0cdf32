import Foundation

extension LogRowDecoder {
    /// The TWCS columns, in the dataset's order.
    static let twcsColumns = ["tweet_id", "author_id", "inbound", "created_at", "text", "response_tweet_id", "in_response_to_tweet_id"]

    /// Finds the mapped columns in the header; a failure when one is missing.
    mutating func readHeader(_ r: CSVRecord) -> LogReadFailure? {
        var names = (0..<r.fields.count).map { r.trimmedString($0) }
        if let first = names.first, first.unicodeScalars.first == "\u{FEFF}" {
            names[0] = String(String.UnicodeScalarView(first.unicodeScalars.dropFirst())).trimmingCharacters(in: .whitespaces)
        }
        headerNames = names
        width = names.count
        func find(_ n: String) -> Int? {
            names.firstIndex(of: n) ?? names.firstIndex { $0.lowercased() == n.lowercased() }
        }
        let found = names.prefix(12).map { $0.isEmpty ? "(unnamed)" : LogBytes.quoted($0).dropFirst().dropLast().description }
            .joined(separator: ", ") + (names.count > 12 ? ", …" : "")
        if case .twcs = format {
            let missing = Self.twcsColumns.filter { find($0) == nil }
            if !missing.isEmpty {
                return LogReadFailure(line: r.line, message: "not a TWCS log: expected columns \(Self.twcsColumns.joined(separator: ", ")); found \(found)",
                                      help: "for another CSV layout use `--log-format csv` with a column mapping (the strategy's `audit:` block)")
            }
        } else {
            for (role, name) in mapping.columns where find(name) == nil {
                let close = Suggestion.closest(to: name, in: names, caseInsensitive: true).map { " (did you mean `\($0)`?)" } ?? ""
                return LogReadFailure(line: r.line, message: "the log has no column `\(name)` (mapped as \(role))\(close); found \(found)",
                                      help: "name the log's columns in the strategy's `audit: columns:` block")
            }
        }
        let m = mapping
        columns.id = find(m.id) ?? -1
        columns.author = find(m.author) ?? -1
        if case .inboundColumn(let c) = m.direction { columns.inbound = find(c) ?? -1 }
        columns.timestamp = find(m.timestamp) ?? -1
        columns.text = m.text.flatMap(find) ?? -1
        columns.parent = m.parent.flatMap(find) ?? -1
        columns.responses = m.responses.flatMap(find) ?? -1
        columns.priority = m.priority.flatMap(find) ?? -1
        columns.agent = m.agent.flatMap(find) ?? -1
        columns.status = m.status.flatMap(find) ?? -1
        return nil
    }

    /// A failure when the first record is not text: NUL bytes (binary, or UTF-16), invalid
    /// UTF-8, or control characters.
    static func notText(_ r: CSVRecord) -> LogReadFailure? {
        guard let first = r.fields.first, let last = r.fields.last else { return nil }
        let start = max(0, first.start - 1), end = min(r.base.count, last.end + 1)
        let raw = UnsafeRawBufferPointer(rebasing: r.base[start..<end])
        let help = "give a CSV or JSON Lines file saved as UTF-8 text (a UTF-16 export shows NUL bytes: save it as UTF-8)"
        if raw.contains(0) {
            return LogReadFailure(line: r.line, message: "the log is not text: line \(r.line) holds NUL bytes (a binary file?)", help: help)
        }
        if raw.contains(where: { $0 < 0x20 && $0 != CSVByte.tab && $0 != CSVByte.cr && $0 != CSVByte.lf || $0 == 0x7F }) {
            return LogReadFailure(line: r.line, message: "the log is not text: line \(r.line) holds control characters (a binary file?)", help: help)
        }
        if String(validating: raw, as: UTF8.self) == nil {
            return LogReadFailure(line: r.line, message: "the log is not text: line \(r.line) is not valid UTF-8", help: help)
        }
        return nil
    }
}
