import ArgumentParser
import SocialPlanCore

/// `socialplan check FILE`: the main job — validate, plan the week, simulate it, and say
/// whether every SLA promise holds, with the staffing gaps behind any that do not.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate, plan and simulate the week: does every SLA target hold with this rota, and where are the gaps?",
        discussion: """
            A target is met when the share of simulated weeks that keep it is clearly at least care.confidence (default \
            80 %); while a verdict is too close to call, twice as many weeks are simulated, up to --max-replications.
            Exit codes: 0 every SLA target is met (or too close to call, unless --strict), 1 a target is missed or the file \
            has errors, 2 usage or file problems.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @Argument(help: "The strategy file.")
    var file: String

    @OptionGroup var simulation: SimulationOptions

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

    @Flag(help: "Also exit 1 when a target is too close to call.")
    var strict = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        let strategy = try StrategyInput.load(file)
        let report = try simulation.report(strategy: strategy)
        switch format {
        case .text: try output.emit(SimulationTextRenderer(detail: .verdict).render(report, strategy: strategy))
        case .json: try output.emit(SimulationJSONRenderer.render(report, strategy: strategy))
        case .markdown: try output.emit(SimulationMarkdownRenderer.render(report, strategy: strategy))
        }
        switch report.verdict {
        case .misses: throw ExitCode(1)
        case .tooCloseToCall where strict: throw ExitCode(1)
        default: return
        }
    }
}
