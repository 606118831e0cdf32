import CYAML

/// Reads YAML text into a ``YAMLDocument`` through libyaml's event API.
///
/// What it guarantees, whatever the input:
/// - every node and every mapping key carries its 1-based `line:column`;
/// - scalars are typed by the YAML 1.2 core schema (see ``YAMLScalar``);
/// - duplicate keys are reported with both positions (libyaml does not check them);
/// - aliases expand within ``YAMLLimits/maxNodes`` and nesting stays within
///   ``YAMLLimits/maxDepth``, so no input costs unbounded time, memory or stack;
/// - an empty file, a comments-only file and a file with several documents each get their own
///   problem; libyaml's own errors keep libyaml's message and position.
///
/// The encoding is left to libyaml to detect, so UTF-8, UTF-16 and byte-order marks all work.
/// Complexity: O(bytes + nodes).
public struct YAMLParser: Sendable {
    /// The bounds applied while parsing.
    public var limits: YAMLLimits

    /// Creates a parser with the given limits.
    public init(limits: YAMLLimits = .standard) {
        self.limits = limits
    }

    /// Parses `text` (UTF-8) into one document.
    public func parse(_ text: String) -> YAMLDocument {
        parse(bytes: Array(text.utf8))
    }

    /// Parses raw bytes into one document.
    public func parse(bytes: [UInt8]) -> YAMLDocument {
        if bytes.count > limits.maxBytes {
            return YAMLDocument(root: nil, problems: [YAMLProblem(
                id: "yaml-limit",
                message: "the file is \(bytes.count) bytes, more than the \(limits.maxBytes)-byte limit",
                position: nil,
                help: "a strategy file is a few kilobytes; check that this is the right file")])
        }
        var builder = TreeBuilder(limits: limits)
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            return YAMLDocument(root: nil, problems: [YAMLProblem(
                id: "yaml-syntax", message: "libyaml could not start (out of memory)", position: nil)])
        }
        defer { yaml_parser_delete(parser) }
        bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(parser, &event) == 1 else {
                    builder.fail(Self.libyamlProblem(parser.pointee, bytes: buffer))
                    return
                }
                let done = event.type == YAML_STREAM_END_EVENT
                builder.handle(event)
                yaml_event_delete(&event)
                if done || builder.isFinished { return }
            }
        }
        return builder.finish(isBlank: Self.isBlank(bytes))
    }

    /// True when the bytes hold nothing but whitespace and a byte-order mark.
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        return rest.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }

    /// libyaml's own message and position, with a help line for the usual mistakes.
    static func libyamlProblem(_ p: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> YAMLProblem {
        let problem = p.problem.map { String(cString: $0) } ?? "the YAML could not be read"
        let context = p.context.map { String(cString: $0) }
        var position: SourcePosition
        if p.error == YAML_READER_ERROR {
            position = Self.position(ofByteOffset: Int(p.problem_offset), in: bytes)
        } else {
            position = SourcePosition(line: Int(p.problem_mark.line) + 1, column: Int(p.problem_mark.column) + 1)
        }
        position = Self.clamped(position, in: bytes)
        var message = problem
        if let context { message += " (\(context))" }
        var help: String?
        if p.error != YAML_READER_ERROR, Self.scalar(atLine: position.line, column: position.column, in: bytes) == "\t" {
            help = "YAML does not allow tab characters for indentation; indent with spaces"
        } else if p.error == YAML_READER_ERROR {
            help = "save the file as UTF-8 text"
        } else if problem.contains("mapping values are not allowed") {
            help = "a value that contains ': ' must be quoted, e.g. bio: \"Hours: 9-17\""
            position = SourcePosition(line: Int(p.problem_mark.line) + 1, column: Int(p.problem_mark.column) + 1)
        }
        return YAMLProblem(id: "yaml-syntax", message: message, position: position, help: help)
    }

    /// `position`, or the end of the last line when it lies past it: libyaml ends a stream whose
    /// last line has no line break on a line of its own, one past the file, and reports
    /// problems found there (an unclosed `{` at the end) at its start. Lines end at LF, CR LF or
    /// a lone CR, as libyaml and the diagnostics' excerpts count them; a byte-order mark is not
    /// a column. Complexity: O(bytes).
    static func clamped(_ position: SourcePosition, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        var lines = 1, lastStart = 0, i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A || bytes[i] == 0x0D {
                if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                lines += 1
                lastStart = i + 1
            }
            i += 1
        }
        guard position.line > lines else { return position }
        var last = String(decoding: UnsafeBufferPointer(rebasing: bytes[lastStart...]), as: UTF8.self).unicodeScalars[...]
        if lines == 1, last.first == "\u{FEFF}" { last = last.dropFirst() }
        return SourcePosition(line: lines, column: last.count + 1)
    }

    /// The character at a 1-based line and column (columns in Unicode scalars), if any.
    static func scalar(atLine line: Int, column: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var start = 0, currentLine = 1
        while currentLine < line, start < bytes.count {
            if bytes[start] == 0x0A { currentLine += 1 }
            start += 1
        }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        return column >= 1 && column <= scalars.count ? scalars[column - 1] : nil
    }

    /// 1-based line and column of a byte offset, counting columns in UTF-8 lead bytes. Lines end
    /// at LF, CR LF or a lone CR, and a leading byte-order mark is not a column, as libyaml and
    /// the diagnostics' excerpts count them.
    static func position(ofByteOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        var line = 1, column = 1
        let end = max(0, min(offset, bytes.count))
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? min(3, end) : 0
        while i < end {
            let byte = bytes[i]
            if byte == 0x0A || (byte == 0x0D && !(i + 1 < bytes.count && bytes[i + 1] == 0x0A)) {
                line += 1
                column = 1
            } else if byte != 0x0D && byte & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return SourcePosition(line: line, column: column)
    }
}
