import ArgumentParser
import SocialPlanCore

/// `socialplan rules [ID…]`: every validation rule (or the ones named) with its rationale.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every validation rule with its id, severity and rationale.")

    @Argument(help: "Show only these rules (ids; default: all).", completion: .list(RuleRegistry.all.map { $0.description.id }))
    var ids: [String] = []

    @Option(help: "Output format: text, json or markdown (the markdown is docs/rules.md).")
    var format = FormatChoice<RulesRendering>.standard

    @OptionGroup var output: OutputOptions

    func validate() throws {
        let known = RuleRegistry.all.map { $0.description.id }
        let unknown = ids.filter { !known.contains($0) }
        if !unknown.isEmpty {
            let hints = unknown.map { id in Suggestion.closest(to: id, in: known).map { "`\(id)` (did you mean `\($0)`?)" } ?? "`\(id)`" }
            throw ValidationError("no rule \(hints.joined(separator: ", ")); `socialplan rules` lists them")
        }
    }

    func run() throws {
        let rules = ids.isEmpty ? RuleRegistry.all : RuleRegistry.all.filter { ids.contains($0.description.id) }
        try output.emit(format.render(rules))
    }
}
