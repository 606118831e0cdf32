import ArgumentParser
import Dispatch
import SocialPlanCore

/// `socialplan validate FILE…`: load and lint strategy files.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check strategy files and report every problem with its position.",
        discussion: "Exit codes: 0 clean or warnings only, 1 errors (or warnings with --strict), 2 a file could not be read.")

    @Argument(help: "Strategy files to check.", completion: StrategyCompletion.strategyFile)
    var files: [String]

    @Option(help: "Output format: text, json, github (Actions annotations) or sarif (SARIF 2.1.0 for code scanning).")
    var format = FormatChoice<DiagnosticRendering>.standard

    @Option(name: .customLong("docs-url"), help: ArgumentHelp(
        "With --format sarif: where the repository's files are served, e.g. https://github.com/OWNER/REPO/blob/main/, so rule links are absolute (default: relative to the package root).",
        valueName: "URL"))
    var docsURL: String?

    @Flag(help: "Treat warnings as errors for the exit code.")
    var strict = false

    @Option(name: .customLong("disable"), help: "Switch off a rule by id (repeatable); `socialplan rules` lists them.",
            completion: .list(RuleRegistry.all.map { $0.description.id }))
    var disabled: [String] = []

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one strategy file") }
    }

    func run() throws {
        let unknown = disabled.filter { RuleRegistry.rule($0) == nil }
        if !unknown.isEmpty {
            let ids = RuleRegistry.all.map { $0.description.id }
            let hints = unknown.map { id in Suggestion.closest(to: id, in: ids).map { "`\(id)` (did you mean `\($0)`?)" } ?? "`\(id)`" }
            throw ValidationError("--disable names no rule: \(hints.joined(separator: ", ")); `socialplan rules` lists them")
        }
        let outcomes = validateAll()
        var unreadable: [UnreadableFile] = []
        var groups: [FileDiagnostics] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let reports): groups += reports
            case .failure(let error):
                unreadable.append(UnreadableFile(path: error.path, reason: error.reason))
                Terminal.writeError("error: \(error)\n")
            }
        }
        let colors = format.format == .text && output.output == nil && Terminal.colorsAllowed(fileDescriptor: 1)
        // With colours the renderer has escaped every string from the files itself.
        let view = DiagnosticsView(files: groups, colors: colors, unreadable: unreadable, kinds: DiagnosticCatalogue.all,
                                   documentationBase: docsURL, toolVersion: SocialPlan.configuration.version)
        try output.emit(format.render(view), styled: colors)
        let summary = DiagnosticSummary(groups)
        if !unreadable.isEmpty { throw ExitCode(2) }
        if summary.errors > 0 || (strict && summary.warnings > 0) { throw ExitCode(1) }
    }

    /// Validates every file, in parallel across cores, keeping the command-line order.
    private func validateAll() -> [Result<[FileDiagnostics], FileAccessError>] {
        let disabledSet = Set(disabled)
        let results = ResultSlots<Result<[FileDiagnostics], FileAccessError>>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let path = files[i]
            do {
                let bytes = try FileAccess.read(path)
                let outcome = StrategyValidation.validate(bytes: bytes, path: path, disabled: disabledSet, posts: PostFolder.reader(for: path))
                results[i] = .success(StrategyValidation.reports(outcome))
            } catch let error as FileAccessError {
                results[i] = .failure(error)
            } catch {
                results[i] = .failure(FileAccessError(path: path, reason: "\(error)"))
            }
        }
        return results.values
    }
}
