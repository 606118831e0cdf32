import ArgumentParser
import Foundation

/// The `socialplan` command: a social-media strategy as code.
@main
struct SocialPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "socialplan",
        abstract: "Check a social-media strategy file: who says what, how often, and how fast customers get a reply.",
        discussion: """
            Exit codes: 0 ok, 1 findings (errors, or warnings with --strict), 2 usage or file problems.
            Docs: docs/cli.md, docs/strategy-format.md, docs/rules.md.
            """,
        version: "0.1.0",
        subcommands: [CheckCommand.self, DiffCommand.self, ValidateCommand.self, ScheduleCommand.self, SimulateCommand.self, ReportCommand.self, AuditCommand.self, TriageCommand.self, ForecastCommand.self, ErlangCommand.self, InitCommand.self, RulesCommand.self, SchemaCommand.self]
    )

    /// Runs the command line, mapping argument-parser's usage exit code (64) to our 2.
    /// Errors thrown while a subcommand runs are reported with that subcommand's usage.
    static func main() {
        TemporaryOutput.installSignalHandlers()
        let command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            finish(fullMessage(for: error), exitCode(for: error))
        }
        do {
            var running = command
            try running.run()
        } catch let error as ValidationError {
            // A value the parser accepted but the command refused: say which command's usage.
            let type = Swift.type(of: command)
            let name = usageString(for: type).split(separator: " ").prefix(2).joined(separator: " ")
            finish("Error: \(error.message)\nUsage: \(usageString(for: type))\n  See '\(name) --help' for more information.", .validationFailure)
        } catch {
            finish(fullMessage(for: error), exitCode(for: error))
        }
    }

    /// Prints `message` where it belongs and exits with our code for `code`.
    static func finish(_ message: String, _ code: ExitCode) -> Never {
        if code == .success {
            if !message.isEmpty { Terminal.writeOutput(message + "\n") }
            Foundation.exit(0)
        }
        if !message.isEmpty { Terminal.writeError(message + "\n") }
        Foundation.exit(code.rawValue == 64 || code == .validationFailure ? 2 : code.rawValue)
    }
}
