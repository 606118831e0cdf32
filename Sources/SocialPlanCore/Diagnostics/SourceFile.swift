/// A file's name and text, for rendering diagnostics with source excerpts.
public struct SourceFile: Sendable {
    /// The path as the user gave it.
    public var path: String
    /// The file's text (without a byte-order mark).
    public let text: Substring

    /// Where each line starts and ends (before its line ending), found once by a byte scan:
    /// a file with thousands of diagnostics is not rescanned for each excerpt.
    private let lines: [Range<Substring.Index>]

    /// Creates a source file; `text` may be empty when the file could not be decoded.
    public init(path: String, text: String) {
        self.path = path
        var t = Substring(text)
        if t.hasPrefix("\u{FEFF}") { t = t.dropFirst() }
        self.text = t
        // LF, CR LF and a lone CR each end a line, as the YAML reader counts them.
        var lines: [Range<Substring.Index>] = []
        let utf8 = t.utf8
        var start = utf8.startIndex
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let byte = utf8[i]
            if byte == 0x0A || byte == 0x0D {
                lines.append(start..<i)
                var next = utf8.index(after: i)
                if byte == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                i = next
            } else {
                i = utf8.index(after: i)
            }
        }
        lines.append(start..<utf8.endIndex)
        self.lines = lines
    }

    /// Line `n` (1-based) without its line ending, if the file has it. O(1).
    public func line(_ n: Int) -> Substring? {
        guard n >= 1, n <= lines.count else { return nil }
        return text[lines[n - 1]]
    }
}

/// Diagnostics for one file, as renderers take them.
public struct FileDiagnostics: Sendable {
    /// The file.
    public var file: SourceFile
    /// Its diagnostics; renderers sort them.
    public var diagnostics: [Diagnostic]

    /// Creates a group.
    public init(file: SourceFile, diagnostics: [Diagnostic]) {
        self.file = file
        self.diagnostics = diagnostics
    }
}

/// Counts per severity over a set of files.
public struct DiagnosticSummary: Sendable, Hashable, Codable {
    public var files: Int
    public var errors: Int
    public var warnings: Int
    public var notes: Int

    /// Counts the diagnostics of `groups`.
    public init(_ groups: [FileDiagnostics]) {
        files = groups.count
        let all = groups.flatMap(\.diagnostics)
        errors = all.filter { $0.severity == .error }.count
        warnings = all.filter { $0.severity == .warning }.count
        notes = all.filter { $0.severity == .note }.count
    }

    /// "3 files checked: 1 error, 2 warnings" (zero counts left out; "no problems" when clean).
    public var line: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let parts = [(errors, "error"), (warnings, "warning"), (notes, "note")].filter { $0.0 > 0 }.map { plural($0.0, $0.1) }
        return "\(plural(files, "file")) checked: " + (parts.isEmpty ? "no problems" : parts.joined(separator: ", "))
    }
}
