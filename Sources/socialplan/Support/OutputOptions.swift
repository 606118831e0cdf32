import ArgumentParser
import Foundation

/// `-o/--output PATH`, shared by every command that prints a result.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "Write the result to PATH (atomically) instead of standard output.",
            completion: .file())
    var output: String?

    /// Sends `text` to the output file or standard output (`styled`: see ``Terminal``).
    func emit(_ text: String, styled: Bool = false) throws {
        if let output {
            do {
                try FileAccess.writeAtomically(text, to: output)
            } catch {
                Terminal.writeError("error: \(error)\n")
                throw ExitCode(2)
            }
        } else {
            Terminal.writeOutput(text, styled: styled)
        }
    }
}
