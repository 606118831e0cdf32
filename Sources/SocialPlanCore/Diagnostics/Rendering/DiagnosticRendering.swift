/// The diagnostics of a `validate` run, as printed.
public struct DiagnosticsView: Sendable {
    public var files: [FileDiagnostics]
    /// ANSI colours in the text (only on a terminal, never with `NO_COLOR`).
    public var colors: Bool
    /// The files that could not be read (missing, a folder, not a regular file), with why:
    /// counted and named in the summary, so a run that checked nothing never says "no problems".
    public var unreadable: [UnreadableFile]

    public init(files: [FileDiagnostics], colors: Bool = false, unreadable: [UnreadableFile] = []) {
        self.files = files
        self.colors = colors
        self.unreadable = unreadable
    }

    /// "2 files checked: no problems; 1 file could not be read: missing.yaml" (the checked part
    /// left out when no file could be read).
    public var summaryLine: String {
        guard !unreadable.isEmpty else { return DiagnosticSummary(files).line }
        let names = unreadable.map { TerminalText.inline($0.path) }.joined(separator: ", ")
        let count = unreadable.count == 1 ? "1 file" : "\(unreadable.count) files"
        let unread = "\(count) could not be read: \(names)"
        return files.isEmpty ? unread : DiagnosticSummary(files).line + "; " + unread
    }
}

/// A file `validate` was given but could not read, and why ("no such file").
public struct UnreadableFile: Sendable, Hashable, Codable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// `validate --format …`: text with excerpts and the summary line, one JSON document, or
/// GitHub Actions annotations (docs/diagnostics.md).
public enum DiagnosticRendering: ReportRendering {
    public static let formats: [OutputFormat] = [.text, .json, .github]

    public static func render(_ view: DiagnosticsView, as format: OutputFormat) -> String {
        switch format {
        case .json: return JSONDiagnosticRenderer.render(view.files, unreadable: view.unreadable)
        case .github: return GitHubDiagnosticRenderer.render(view.files, unreadable: view.unreadable)
        default: return TextDiagnosticRenderer(colors: view.colors).render(view.files) + view.summaryLine + "\n"
        }
    }
}
