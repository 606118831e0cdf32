import ArgumentParser
import SocialPlanCore

/// `socialplan rules`: every validation rule with its rationale.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every validation rule with its id, severity and rationale.")

    @Option(help: "Output format: text, json or markdown (the markdown is docs/rules.md).")
    var format = FormatChoice<RulesRendering>.standard

    @OptionGroup var output: OutputOptions

    func run() throws {
        try output.emit(format.render(RuleRegistry.all))
    }
}
