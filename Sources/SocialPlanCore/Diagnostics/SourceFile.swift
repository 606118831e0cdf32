/// A file's name and text, for rendering diagnostics with source excerpts.
public struct SourceFile: Sendable {
    /// The path as the user gave it.
    public var path: String
    /// The file's text (without a byte-order mark).
    public let text: Substring

    /// Creates a source file; `text` may be empty when the file could not be decoded.
    public init(path: String, text: String) {
        self.path = path
        var t = Substring(text)
        if t.hasPrefix("\u{FEFF}") { t = t.dropFirst() }
        self.text = t
    }

    /// Line `n` (1-based) without its line ending, if the file has it. Lines are found on demand
    /// (only files with diagnostics are ever asked), by a scan from the start: O(file size).
    public func line(_ n: Int) -> Substring? {
        guard n >= 1 else { return nil }
        var current = 1
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "\n" || c == "\r\n" || c == "\r" {
                if current == n { return text[start..<i] }
                current += 1
                start = text.index(after: i)
            }
            i = text.index(after: i)
        }
        return current == n ? text[start..<text.endIndex] : nil
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
