import Foundation
import SocialPlanCore

/// A file problem worth exit code 2: missing, unreadable, a folder, too big.
struct FileAccessError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): \(reason)" }
}

/// Reading inputs and writing outputs: the only file access in socialplan.
enum FileAccess {
    /// Reads a whole file, refusing folders and files larger than `maxBytes` before reading them.
    static func read(_ path: String, maxBytes: Int = YAMLLimits.standard.maxBytes) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FileAccessError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw FileAccessError(path: path, reason: "is a folder, not a strategy file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileAccessError(path: path, reason: "cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        // Read at most one byte past the limit so a huge file is refused without loading it.
        let data: Data
        do {
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            throw FileAccessError(path: path, reason: "cannot be read: \(error.localizedDescription)")
        }
        guard data.count <= maxBytes else {
            throw FileAccessError(path: path, reason: "is larger than the \(maxBytes / (1 << 20)) MiB limit for strategy files")
        }
        return [UInt8](data)
    }

    /// Writes `text` atomically: a temporary file in the same folder, then a rename, so readers
    /// never see half a file. Refuses to replace an existing file unless `overwrite` is set.
    static func writeAtomically(_ text: String, to path: String, overwrite: Bool = true) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FileAccessError(path: path, reason: "folder \(folder.path) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw FileAccessError(path: path, reason: "is a folder") }
            if !overwrite { throw FileAccessError(path: path, reason: "already exists; pass --force to replace it") }
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            if !overwrite, FileManager.default.fileExists(atPath: path) {
                try? FileManager.default.removeItem(at: temporary)
                throw FileAccessError(path: path, reason: "already exists; pass --force to replace it")
            }
            if rename(temporary.path, path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw FileAccessError(path: path, reason: "cannot be written: \(reason)")
            }
        } catch let error as FileAccessError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw FileAccessError(path: path, reason: "cannot be written: \(error.localizedDescription)")
        }
    }
}
