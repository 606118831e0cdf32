import Foundation
import XCTest

/// Runs the built `socialplan` binary the way a user does, from the package root.
struct CLIRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built executable next to the test bundle.
    static var executable: URL {
        Bundle.main.bundleURL.appendingPathComponent("socialplan")
    }

    /// True when golden files should be rewritten instead of compared.
    static var updatingGoldens: Bool { ProcessInfo.processInfo.environment["SOCIALPLAN_UPDATE_GOLDEN"] == "1" }

    /// Runs `socialplan args…` in the package root (or `cwd`), with `NO_COLOR` set unless
    /// `environment` says otherwise, and optional standard input.
    static func run(_ args: [String], cwd: URL? = nil, environment: [String: String] = ["NO_COLOR": "1"], stdin: Data? = nil) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = args
        process.currentDirectoryURL = cwd ?? packageRoot
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        // Output goes to temporary files: no pipe can fill up and block the child.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("socialplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
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

    /// Compares `actual` with the golden file at `Tests/SocialPlanCLITests/Golden/<name>`,
    /// or rewrites it when `SOCIALPLAN_UPDATE_GOLDEN=1`.
    static func assertGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = packageRoot.appendingPathComponent("Tests/SocialPlanCLITests/Golden").appendingPathComponent(name)
        if updatingGoldens {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("golden file \(name) is missing; run SOCIALPLAN_UPDATE_GOLDEN=1 swift test", file: file, line: line)
            return
        }
        if expected != actual {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDiff = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            let expectedLine = firstDiff < a.count ? String(a[firstDiff]) : "<end>"
            let actualLine = firstDiff < b.count ? String(b[firstDiff]) : "<end>"
            XCTFail("""
                output differs from golden \(name) at line \(firstDiff + 1):
                  expected: \(expectedLine)
                  actual:   \(actualLine)
                (if the change is intended: SOCIALPLAN_UPDATE_GOLDEN=1 swift test)
                """, file: file, line: line)
        }
    }
}
