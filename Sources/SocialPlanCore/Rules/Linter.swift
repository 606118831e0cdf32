/// Runs the registered rules over a strategy.
public enum Linter {
    /// Findings of every rule not disabled by `disabled` or the file's own `disable:` list, plus
    /// a warning for each disabled id that names no rule.
    /// Complexity: the sum of the rules' costs; each is linear in the strategy's size times the
    /// minutes of a week at most.
    public static func run(_ strategy: Strategy, disabled: Set<String> = [], rules: [any StrategyRule.Type] = RuleRegistry.all) -> [Diagnostic] {
        let ids = RuleRegistry.all.map { $0.description.id }
        var diagnostics: [Diagnostic] = []
        for entry in strategy.disabledRules where !ids.contains(entry.value) {
            diagnostics.append(Diagnostic(
                id: "unknown-rule", severity: .warning, message: "`disable` names `\(entry.value)`, which is not a rule",
                at: entry.position,
                help: Suggestion.closest(to: entry.value, in: ids).map { "did you mean `\($0)`?" } ?? "`socialplan rules` lists every rule id"))
        }
        let off = disabled.union(strategy.disabledRules.map(\.value))
        for rule in rules where !off.contains(rule.description.id) {
            diagnostics += rule.init().check(strategy)
        }
        return diagnostics
    }
}
