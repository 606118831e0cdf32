import ArgumentParser
import SocialPlanCore

/// `socialplan rules`: every validation rule with its rationale.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every validation rule with its id, severity and rationale.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @Option(help: "Output format: text, json or markdown (the markdown is docs/rules.md).")
    var format: Format = .text

    @OptionGroup var output: OutputOptions

    func run() throws {
        switch format {
        case .text: try output.emit(RulesDocument.text())
        case .json: try output.emit(RulesDocument.json())
        case .markdown: try output.emit(RulesDocument.markdown())
        }
    }
}
