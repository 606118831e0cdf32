/// A file's name and text, for rendering diagnostics with source excerpts.
public struct SourceFile: Sendable {
    /// The path as the user gave it.
    public var path: String
    /// The file's lines without line endings.
    public let lines: [Substring]

    /// Creates a source file; `text` may be empty when the file could not be decoded.
    public init(path: String, text: String) {
        self.path = path
        var t = Substring(text)
        if t.hasPrefix("\u{FEFF}") { t = t.dropFirst() }
        self.lines = t.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }

    /// Line `n` (1-based), if the file has it.
    public func line(_ n: Int) -> Substring? {
        n >= 1 && n <= lines.count ? lines[n - 1] : nil
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
