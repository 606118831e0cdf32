/// `rules --format …`: the rule catalogue (the markdown is docs/rules.md).
public enum RulesRendering: ReportRendering {
    public static let formats: [OutputFormat] = [.text, .json, .markdown]

    public static func render(_ rules: [any StrategyRule.Type], as format: OutputFormat) -> String {
        switch format {
        case .json: return RulesDocument.json(rules: rules)
        case .markdown: return RulesDocument.markdown(rules: rules)
        default: return RulesDocument.text(rules: rules)
        }
    }
}
