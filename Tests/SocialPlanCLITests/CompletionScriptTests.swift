import Foundation
import XCTest
import SocialPlanTestSupport

/// `socialplan --generate-completion-script bash|zsh|fish`: each script is produced, names what
/// the shell should offer (template names, rule ids, formats), and loads without error in each
/// shell installed here (bash always; zsh and fish skip with a message when absent — `.ci/run`
/// installs them).
final class CompletionScriptTests: XCTestCase {
    /// The script for `shell`, written to a temporary file.
    private func script(_ shell: String) throws -> URL {
        let r = try CLIRunner.run(["--generate-completion-script", shell])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
        for word in ["socialplan", "agency-two-zones", "cafe-norway", "dst-boundary", "care-hours-uncovered", "sarif"] {
            XCTAssertTrue(r.stdout.contains(word), "\(shell) script lacks \(word)")
        }
        let folder = try TemporaryFolder.make("completion")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("socialplan.\(shell)")
        try Data(r.stdout.utf8).write(to: url)
        return url
    }

    /// The shell's executable, or a skip saying it is not installed.
    private func shell(_ name: String) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") + ["/usr/bin", "/bin"] {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw XCTSkip("\(name) is not installed here, so its completion script was produced but not loaded (apt-get install \(name))")
    }

    /// Runs `executable args…` with the built socialplan first on PATH (custom completions call it).
    private func run(_ executable: String, _ args: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = args
        process.currentDirectoryURL = CLIRunner.packageRoot
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = CLIRunner.executable.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env["HOME"] = FileManager.default.temporaryDirectory.path
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testBashLoadsTheScriptAndCompletes() throws {
        let bash = try shell("bash")
        let file = try script("bash").path
        let syntax = try run(bash, ["-n", file])
        XCTAssertEqual(syntax.status, 0, syntax.output)
        let loaded = try run(bash, ["-c", "source '\(file)' && complete -p socialplan"])
        XCTAssertEqual(loaded.status, 0, loaded.output)
        XCTAssertEqual(loaded.output, "complete -o filenames -F _socialplan socialplan\n")
        // What TAB offers, asked the way bash asks: the words so far, the word being completed.
        func complete(_ line: String) throws -> [String] {
            let call = """
                source '\(file)'
                read -ra COMP_WORDS <<< '\(line)'
                [[ '\(line)' == *' ' ]] && COMP_WORDS+=('')
                COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
                _socialplan socialplan "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            let r = try run(bash, ["-c", call])
            XCTAssertEqual(r.status, 0, r.output)
            return r.output.split(separator: "\n").map(String.init)
        }
        XCTAssertEqual(try complete("socialplan init --template "), ["agency-two-zones", "cafe-norway", "small-shop"])
        XCTAssertEqual(try complete("socialplan validate --disable dst"), ["dst-boundary"])
        XCTAssertEqual(try complete("socialplan rules dst"), ["dst-boundary"])
        XCTAssertEqual(try complete("socialplan validate --format "), ["text", "json", "github", "sarif"])
        XCTAssertEqual(try complete("socialplan schedule Strategies/fjordkaffe.yaml --member "), ["kari", "ola", "ingrid", "lucia"])
        XCTAssertTrue(try complete("socialplan validate Strategies/fj").contains("Strategies/fjordkaffe.yaml"))
    }

    func testZshLoadsTheScript() throws {
        let file = try script("zsh").path
        let zsh = try shell("zsh")
        let syntax = try run(zsh, ["-n", file])
        XCTAssertEqual(syntax.status, 0, syntax.output)
        let loaded = try run(zsh, ["-f", "-c", "autoload -Uz compinit && compinit -u -D && source '\(file)' && print -r -- ${_comps[socialplan]}"])
        XCTAssertEqual(loaded.status, 0, loaded.output)
        XCTAssertEqual(loaded.output, "_socialplan\n")
    }

    /// zsh completes only in an interactive shell: one runs in a pseudo-terminal (`zpty`), the
    /// line is typed with a TAB, and the screen is read until the expected word shows (at most
    /// about ten seconds; no timing is asserted).
    func testZshCompletesInAnInteractiveShell() throws {
        let file = try script("zsh").path
        let zsh = try shell("zsh")
        let driver = FileManager.default.temporaryDirectory.appendingPathComponent("socialplan-zpty-\(UUID().uuidString).zsh")
        try Data(#"""
            zmodload zsh/zpty
            zpty z 'zsh -f -i'
            zpty -w z "PS1='> '; autoload -Uz compinit; compinit -u -D; source ${(q)1}"
            zpty -n -w z "$2"$'\t'
            local out='' chunk
            for i in {1..100}; do
              while zpty -r -t z chunk; do out+=$chunk; done
              [[ $out == *"$3"* ]] && break
              sleep 0.1
            done
            zpty -d z
            print -r -- "${out//$'\r'/}"
            """#.utf8).write(to: driver)
        defer { try? FileManager.default.removeItem(at: driver) }
        for (line, expected) in [("socialplan init --template ", ["agency-two-zones", "cafe-norway", "small-shop"]),
                                 ("socialplan validate --disable dst-b", ["dst-boundary"]),
                                 ("socialplan schedule Strategies/fjordkaffe.yaml --member ", ["kari", "ola", "ingrid", "lucia"])] {
            let r = try run(zsh, ["-f", driver.path, file, line, expected[expected.count - 1]])
            XCTAssertEqual(r.status, 0, r.output)
            for word in expected { XCTAssertTrue(r.output.contains(word), "\(line): \(word) not offered:\n\(r.output)") }
        }
    }

    func testFishLoadsTheScriptAndCompletes() throws {
        let file = try script("fish").path
        let fish = try shell("fish")
        let syntax = try run(fish, ["--no-execute", file])
        XCTAssertEqual(syntax.status, 0, syntax.output)
        // `complete -C` asks for completions without a terminal; the member ids (a custom
        // completion that reads the command line) need an interactive fish, so they are left out.
        let r = try run(fish, ["--no-config", "-c", "source '\(file)'; complete -C 'socialplan init --template '; complete -C 'socialplan validate --disable dst'"])
        XCTAssertEqual(r.status, 0, r.output)
        let offered = r.output.split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") }
        XCTAssertEqual(offered, ["agency-two-zones", "cafe-norway", "small-shop", "dst-boundary"])
    }
}

/// `rules ID…`, which the completion offers rule ids for.
final class RulesByIdTests: XCTestCase {
    func testRulesShowsTheNamedRulesOnly() throws {
        let r = try CLIRunner.run(["rules", "dst-boundary", "bio-missing"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("dst-boundary"), r.stdout)
        XCTAssertTrue(r.stdout.contains("bio-missing"), r.stdout)
        XCTAssertFalse(r.stdout.contains("care-hours-uncovered"), r.stdout)
        let unknown = try CLIRunner.run(["rules", "dst-boundry"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("did you mean `dst-boundary`?"), unknown.stderr)
    }
}
