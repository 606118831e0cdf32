/// The diagnostics of a `validate` run, as printed.
public struct DiagnosticsView: Sendable {
    public var files: [FileDiagnostics]
    /// ANSI colours in the text (only on a terminal, never with `NO_COLOR`).
    public var colors: Bool

    public init(files: [FileDiagnostics], colors: Bool = false) {
        self.files = files
        self.colors = colors
    }
}

/// `validate --format …`: text with excerpts and the summary line, one JSON document, or
/// GitHub Actions annotations (docs/diagnostics.md).
public enum DiagnosticRendering: ReportRendering {
    public static let formats: [OutputFormat] = [.text, .json, .github]

    public static func render(_ view: DiagnosticsView, as format: OutputFormat) -> String {
        switch format {
        case .json: return JSONDiagnosticRenderer.render(view.files)
        case .github: return GitHubDiagnosticRenderer.render(view.files)
        default: return TextDiagnosticRenderer(colors: view.colors).render(view.files) + DiagnosticSummary(view.files).line + "\n"
        }
    }
}
