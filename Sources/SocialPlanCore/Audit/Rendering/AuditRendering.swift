/// `audit --format …`: the rollup per account and SLA line, the heatmaps and agents.
public enum AuditRendering: ReportRendering {
    public static let formats: [OutputFormat] = [.text, .json, .csv, .markdown]

    public static func render(_ result: AuditResult, as format: OutputFormat) -> String {
        switch format {
        case .json: return AuditJSONRenderer.render(result)
        case .csv: return AuditCSVRenderer.render(result)
        case .markdown: return AuditMarkdownRenderer.render(result)
        default: return AuditTextRenderer.render(result)
        }
    }
}

/// `forecast --format …`: a derived `mentions:` block for one account.
public enum ForecastRendering: ReportRendering {
    public static let formats: [OutputFormat] = [.yaml, .json]

    public static func render(_ derived: (forecast: ForecastDerivation, account: String), as format: OutputFormat) -> String {
        format == .json ? ForecastJSONRenderer.render(derived.forecast, account: derived.account)
            : "# account: \(derived.account)\n" + derived.forecast.yaml
    }
}
