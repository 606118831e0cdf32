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
        subcommands: [ValidateCommand.self, ScheduleCommand.self, ErlangCommand.self, InitCommand.self, RulesCommand.self, SchemaCommand.self]
    )

    /// Runs the command line, mapping argument-parser's usage exit code (64) to our 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { Terminal.writeError(message + "\n") }
            Foundation.exit(code.rawValue == 64 || code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
