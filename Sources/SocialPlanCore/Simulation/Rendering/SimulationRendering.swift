/// A simulated week as `simulate` shows it: the report and the strategy it came from.
public struct SimulationView: Sendable {
    public var report: SimulationReport
    public var strategy: Strategy
    /// The text's length: `.full` (simulate) or `.verdict` (check).
    public var detail: SimulationTextRenderer.Detail

    public init(report: SimulationReport, strategy: Strategy, detail: SimulationTextRenderer.Detail = .full) {
        self.report = report
        self.strategy = strategy
        self.detail = detail
    }
}

/// `simulate --format …`.
public enum SimulationRendering: ReportRendering {
    public static let formats: [OutputFormat] = [.text, .json, .csv, .markdown]

    public static func render(_ view: SimulationView, as format: OutputFormat) -> String {
        switch format {
        case .json: return SimulationJSONRenderer.render(view.report, strategy: view.strategy)
        case .csv: return SimulationCSVRenderer.render(view.report)
        case .markdown: return SimulationMarkdownRenderer.render(view.report, strategy: view.strategy)
        default: return SimulationTextRenderer(detail: view.detail).render(view.report, strategy: view.strategy)
        }
    }
}
