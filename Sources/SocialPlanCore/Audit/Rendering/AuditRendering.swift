/// What `audit` renders: the result and how much of it the text report shows.
public struct AuditView: Sendable {
    /// The audit.
    public var result: AuditResult
    /// The text report's thresholds (`--heatmaps`).
    public var layout: AuditTextLayout

    /// Creates a view.
    public init(result: AuditResult, layout: AuditTextLayout = .standard) {
        self.result = result
        self.layout = layout
    }
}

/// `audit --format …`: the rollup per account and SLA line, the heatmaps and agents.
public enum AuditRendering: ReportRendering {
    public static let formats: [OutputFormat] = [.text, .json, .csv, .markdown]

    public static func render(_ view: AuditView, as format: OutputFormat) -> String {
        switch format {
        case .json: return AuditJSONRenderer.render(view.result)
        case .csv: return AuditCSVRenderer.render(view.result)
        case .markdown: return AuditMarkdownRenderer.render(view.result)
        default: return AuditTextRenderer.render(view.result, layout: view.layout)
        }
    }

    /// JSON and CSV a piece per account or so, so that the output of many accounts is never
    /// held whole (docs/performance.md, "Audit output for many accounts").
    public static func render(_ view: AuditView, as format: OutputFormat, into write: (String) throws -> Void) rethrows {
        switch format {
        case .json: try AuditJSONRenderer.render(view.result, into: write)
        case .csv: try AuditCSVRenderer.render(view.result, into: write)
        default: try write(render(view, as: format))
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
