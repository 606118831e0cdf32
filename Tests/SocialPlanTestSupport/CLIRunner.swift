import Foundation
import XCTest

/// Runs the built `socialplan` binary the way a user does, from the package root.
public enum CLIRunner {
    /// What a run printed and how it ended.
    public struct Output: Sendable {
        /// The exit status.
        public var status: Int32
        /// Everything written to standard output.
        public var stdout: String
        /// Everything written to standard error.
        public var stderr: String
    }

    /// The package root, where the binary runs unless told otherwise.
    public static var packageRoot: URL { PackageRoot.url }

    /// The built executable next to the test bundle.
    public static var executable: URL {
        Bundle.main.bundleURL.appendingPathComponent("socialplan")
    }

    /// Runs `socialplan args…` in the package root (or `cwd`), with `NO_COLOR` set unless
    /// `environment` says otherwise, and optional standard input. With `timeout`, the run is
    /// killed after that many seconds (through `timeout(1)`, exit 124), so a hang fails a test
    /// instead of stopping the suite.
    public static func run(_ args: [String], cwd: URL? = nil, environment: [String: String] = ["NO_COLOR": "1"],
                           stdin: Data? = nil, timeout: Int? = nil) throws -> Output {
        let process = Process()
        if let timeout {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
            process.arguments = [String(timeout), executable.path] + args
        } else {
            process.executableURL = executable
            process.arguments = args
        }
        process.currentDirectoryURL = cwd ?? packageRoot
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        // Output goes to temporary files: no pipe can fill up and block the child.
        let folder = try TemporaryFolder.make("cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// The command-line tests' goldens: `Tests/SocialPlanCLITests/Golden/<name>`, compared (or
    /// rewritten) by ``GoldenFile/assert(_:matches:file:line:)``.
    public static func assertGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        GoldenFile.assert(actual, matches: "Tests/SocialPlanCLITests/Golden/" + name, file: file, line: line)
    }
}
