/// `check --format …`: the verdict part of the simulation report followed by the fix.
public enum CheckRendering: ReportRendering {
    public static let formats: [OutputFormat] = [.text, .json, .markdown]

    public static func render(_ result: CheckResult, as format: OutputFormat) -> String {
        let (report, fix, strategy) = (result.report, result.fix, result.strategy)
        switch format {
        case .json:
            let extra: [(String, JSONValue)] = fix.outcome == .notNeeded ? [] : [("fix", SuggestedFixRenderer.json(fix))]
            return SimulationJSONRenderer.render(report, strategy: strategy, extra: extra)
        case .markdown:
            return SimulationMarkdownRenderer.render(report, strategy: strategy) + SuggestedFixRenderer.markdown(fix, strategy: strategy)
        default:
            return SimulationTextRenderer(detail: .verdict).render(report, strategy: strategy)
                + SuggestedFixRenderer.text(fix, strategy: strategy)
        }
    }
}
