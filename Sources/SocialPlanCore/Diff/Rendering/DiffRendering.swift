/// A diff as `socialplan diff` shows it: the comparison and the two files' names as given.
public struct DiffView: Sendable {
    /// The comparison.
    public var diff: StrategyDiff
    /// The old file, as named on the command line.
    public var oldFile: String
    /// The new file, as named on the command line.
    public var newFile: String

    /// Creates a view.
    public init(diff: StrategyDiff, oldFile: String, newFile: String) {
        self.diff = diff
        self.oldFile = oldFile
        self.newFile = newFile
    }
}

/// `diff --format …`: text for a terminal, Markdown for a pull-request comment, JSON for programs.
public enum DiffRendering: ReportRendering {
    /// Text first (the default), then Markdown and JSON.
    public static let formats: [OutputFormat] = [.text, .markdown, .json]

    /// `view` in `format`; any other format falls back to text.
    public static func render(_ view: DiffView, as format: OutputFormat) -> String {
        switch format {
        case .markdown: return DiffMarkdownRenderer.render(view)
        case .json: return DiffJSONRenderer.render(view)
        default: return DiffTextRenderer.render(view)
        }
    }
}
