import ArgumentParser
import Foundation
import SocialPlanCore

/// `check --suggest-fix PATH`: writing the strategy with the suggested fix, or saying why not.
enum FixOutput {
    /// Writes `fix` applied to `source` (the checked file's bytes) to `path`, atomically. Writes
    /// nothing, with a note on standard error, when no fix was needed or found; exit 2 when the
    /// edit or the write fails.
    static func write(_ fix: SuggestedFix, source: [UInt8], to path: String) throws {
        switch fix.outcome {
        case .notNeeded:
            Terminal.writeError("note: every SLA holds; no fix needed, \(path) not written\n")
            return
        case .notFound:
            Terminal.writeError("note: no verified fix found; \(path) not written\n")
            return
        case .found:
            break
        }
        guard let text = SuggestedFix.editableText(source) else {
            Terminal.writeError("error: --suggest-fix edits UTF-8 files; \(path) not written\n")
            throw ExitCode(2)
        }
        switch fix.source(editing: text) {
        case .success(let text):
            do {
                try FileAccess.writeAtomically(text, to: path)
            } catch {
                Terminal.writeError("error: \(error)\n")
                throw ExitCode(2)
            }
            Terminal.writeError("wrote \(path): the strategy with the suggested fix\n")
        case .failure(let problem):
            Terminal.writeError("error: --suggest-fix: \(problem.message); \(path) not written\n")
            throw ExitCode(2)
        }
    }


    /// Why `path` cannot be written, checked before the week is simulated so a long run does not
    /// end in a write error: its folder is missing or not a folder. Nil when it looks writable.
    static func unwritable(_ path: String) -> String? {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else { return "the folder \(folder) does not exist" }
        guard isFolder.boolValue else { return "\(folder) is not a folder" }
        var isTarget: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isTarget), isTarget.boolValue { return "\(path) is a folder" }
        return nil
    }

    /// True when `a` and `b` name the same file (after resolving `.`, `..` and links).
    static func isSameFile(_ a: String, _ b: String) -> Bool {
        let x = URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
        let y = URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
        return x == y
    }
}
