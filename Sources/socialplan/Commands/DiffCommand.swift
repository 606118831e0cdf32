import ArgumentParser
import SocialPlanCore

/// `socialplan diff OLD NEW`: what changed between two versions of a strategy and what that
/// does to the week — the review aid for a strategy's pull request.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a strategy: what changed in the plan, and what it does to the SLAs and the gaps.",
        discussion: """
            Both files are planned for the same week and simulated from the same seed, so the same customers write at the \
            same times and a difference in weeks kept is the plan's (docs/diff.md). --format markdown reads well as a \
            pull-request comment.

            Exit codes: 0 no SLA gets a worse verdict (or the files plan the same), 1 some SLA's verdict gets worse (meets → \
            too close to call or misses, too close to call → misses, or a new SLA that misses) or a file has errors, 2 \
            usage or file problems.
            """)

    @Argument(help: "The strategy before the change.", completion: StrategyCompletion.strategyFile)
    var old: String

    @Argument(help: "The strategy after the change.", completion: StrategyCompletion.strategyFile)
    var new: String

    @OptionGroup var simulation: SimulationOptions

    @Option(help: "Output format: text, markdown (a pull-request comment) or json.")
    var format = FormatChoice<DiffRendering>.standard

    @OptionGroup var output: OutputOptions

    func run() throws {
        let before = try StrategyInput.load(old)
        let after = try StrategyInput.load(new)
        let diff = try simulation.diff(old: before, new: after)
        try output.emit(format.render(DiffView(diff: diff, oldFile: old, newFile: new)))
        if !diff.worseVerdicts.isEmpty { throw ExitCode(1) }
    }
}
