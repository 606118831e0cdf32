import ArgumentParser
import Foundation
import SocialPlanCore

/// `check --suggest-fix PATH`: writing the strategy with the suggested fix, or saying why not.
enum FixOutput {
    /// Writes `fix` applied to `source` (the checked file's bytes) to `path`, atomically. Writes
    /// nothing, with a note on standard error, when no fix was needed or found; exit 2 when the
    /// edit or the write fails.
    /// `postsFrom` (the strategy's `posts_from:` folder, as written relative to `original`) is
    /// rewritten relative to `path` when the fixed file goes to another folder, so it still
    /// finds its posts.
    static func write(_ fix: SuggestedFix, source: [UInt8], to path: String, from original: String, postsFrom: String?) throws {
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
        case .success(var text):
            if let postsFrom, let moved = relocated(postsFrom, from: original, to: path) {
                text = replacingPostsFrom(in: text, with: moved)
                Terminal.writeError("note: posts_from becomes \(moved) in \(path), so the fixed file finds the same post files\n")
            }
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


    /// The `posts_from:` folder written relative to `original` as seen from `path`'s folder, or
    /// nil when both files are in the same folder (or the folder is absolute).
    static func relocated(_ folder: String, from original: String, to path: String) -> String? {
        guard !folder.hasPrefix("/") else { return nil }
        let from = URL(fileURLWithPath: original).standardizedFileURL.deletingLastPathComponent()
        let to = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
        guard from.path != to.path else { return nil }
        let target = from.appendingPathComponent(folder).standardizedFileURL.pathComponents
        let base = to.pathComponents
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        let parts = Array(repeating: "..", count: base.count - common) + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// `text` with the value of its top-level `posts_from:` line replaced by `folder` (quoted),
    /// keeping a trailing comment.
    static func replacingPostsFrom(in text: String, with folder: String) -> String {
        let quoted = "\"" + folder.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        var lines = text.components(separatedBy: "\n")
        for i in lines.indices where lines[i].hasPrefix("posts_from:") {
            let comment = lines[i].range(of: " #").map { String(lines[i][$0.lowerBound...]) } ?? ""
            lines[i] = "posts_from: " + quoted + comment
        }
        return lines.joined(separator: "\n")
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
