/// The diagnostics of a `validate` run, as printed.
public struct DiagnosticsView: Sendable {
    public var files: [FileDiagnostics]
    /// ANSI colours in the text (only on a terminal, never with `NO_COLOR`).
    public var colors: Bool
    /// The files that could not be read (missing, a folder, not a regular file), with why:
    /// counted and named in the summary, so a run that checked nothing never says "no problems".
    public var unreadable: [UnreadableFile]
    /// Every kind of diagnostic the run could report, for formats that list them (SARIF's
    /// `rules`); the executable passes `DiagnosticCatalogue.all`.
    public var kinds: [DiagnosticKind]
    /// Where the package's files are served (`https://github.com/OWNER/REPO/blob/main/`), so
    /// SARIF links are absolute; `nil` leaves them relative to the package root.
    public var documentationBase: String?
    /// socialplan's version, for formats that name the tool (SARIF).
    public var toolVersion: String

    public init(files: [FileDiagnostics], colors: Bool = false, unreadable: [UnreadableFile] = [],
                kinds: [DiagnosticKind] = [], documentationBase: String? = nil, toolVersion: String = "") {
        self.files = files
        self.colors = colors
        self.unreadable = unreadable
        self.kinds = kinds
        self.documentationBase = documentationBase
        self.toolVersion = toolVersion
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
/// GitHub Actions annotations, or a SARIF 2.1.0 log for code-scanning tools (docs/diagnostics.md).
public enum DiagnosticRendering: ReportRendering {
    public static let formats: [OutputFormat] = [.text, .json, .github, .sarif]

    public static func render(_ view: DiagnosticsView, as format: OutputFormat) -> String {
        switch format {
        case .json: return JSONDiagnosticRenderer.render(view.files, unreadable: view.unreadable)
        case .github: return GitHubDiagnosticRenderer.render(view.files, unreadable: view.unreadable)
        case .sarif: return SARIFDiagnosticRenderer(kinds: view.kinds, documentationBase: view.documentationBase, toolVersion: view.toolVersion)
            .render(view.files, unreadable: view.unreadable)
        default: return TextDiagnosticRenderer(colors: view.colors).render(view.files) + view.summaryLine + "\n"
        }
    }
}
