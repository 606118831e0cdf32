import ArgumentParser
import Foundation
import SocialPlanCore

/// `socialplan check FILE`: the main job — validate, plan the week, simulate it, and say
/// whether every SLA promise holds, with the staffing gaps behind any that do not and a
/// verified suggested fix.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate, plan and simulate the week: does every SLA target hold with this rota, and where are the gaps?",
        discussion: """
            When a target is missed, check searches for the smallest change from the file's own people (a higher weekly \
            limit, up to 48h; longer days; one extra person) that makes it hold, re-checks it with another seed and prints \
            it; --suggest-fix writes the changed file.

            A target is met when the share of simulated weeks that keep it is clearly at least care.confidence (default \
            80 %); while a verdict is too close to call, twice as many weeks are simulated, up to --max-replications.

            Exit codes: 0 every SLA target is met (or too close to call, unless --strict), 1 a target is missed or the file \
            has errors, 2 usage or file problems.
            """)

    @Argument(help: "The strategy file.", completion: StrategyCompletion.strategyFile)
    var file: String

    @OptionGroup var simulation: SimulationOptions

    @Option(help: "Output format: text, json or markdown.")
    var format = FormatChoice<CheckRendering>.standard

    @Flag(help: "Also exit 1 when a target is too close to call.")
    var strict = false

    @Option(name: .customLong("suggest-fix"), help: ArgumentHelp(
        "Write the strategy with the suggested fix to PATH (atomically; never the input file).", valueName: "PATH"),
            completion: StrategyCompletion.strategyFile)
    var suggestFix: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let suggestFix, FixOutput.isSameFile(suggestFix, file) {
            throw ValidationError("--suggest-fix: \(suggestFix) is the input file; write the fixed strategy to a new file")
        }
        if let suggestFix, let problem = FixOutput.unwritable(suggestFix) {
            throw ValidationError("--suggest-fix: \(problem); nothing was simulated")
        }
    }

    func run() throws {
        let (strategy, bytes) = try StrategyInput.loadWithBytes(file)
        // The fix is written by editing the file's text, which needs UTF-8 (a UTF-16 file loads,
        // but its text cannot be edited in place): say so before simulating.
        let text = SuggestedFix.editableText(bytes)
        if suggestFix != nil, text == nil {
            Terminal.writeError("error: --suggest-fix edits UTF-8 files; \(file) is not UTF-8 (convert it, e.g. iconv -t UTF-8)\n")
            throw ExitCode(2)
        }
        let result = try simulation.check(strategy: strategy, source: text)
        try output.emit(format.render(result))
        if let suggestFix {
            try FixOutput.write(result.fix, source: bytes, to: suggestFix, from: file, postsFrom: strategy.postsFrom?.value)
        }
        if result.fails(strict: strict) { throw ExitCode(1) }
    }
}
