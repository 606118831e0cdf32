import ArgumentParser
import Foundation

/// `-o/--output PATH`, shared by every command that prints a result.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "Write the result to PATH (atomically) instead of standard output.",
            completion: .file())
    var output: String?

    /// Sends `text` to the output file or standard output (`styled`: see ``Terminal``).
    func emit(_ text: String, styled: Bool = false) throws {
        try emit(styled: styled) { write in try write(text) }
    }

    /// Sends what `body` hands to its `write` function to the output file (atomically) or
    /// standard output, piece by piece, so a large report is never held as one string.
    func emit(styled: Bool = false, _ body: (_ write: (String) throws -> Void) throws -> Void) throws {
        if let output {
            do {
                try FileAccess.writeAtomically(to: output, body)
            } catch {
                Terminal.writeError("error: \(error)\n")
                throw ExitCode(2)
            }
        } else {
            try body { Terminal.writeOutput($0, styled: styled) }
        }
    }
}
