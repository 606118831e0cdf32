import Foundation
import SocialPlanCore

/// A file problem worth exit code 2: missing, unreadable, a folder, too big, not a regular file.
struct FileAccessError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): \(reason)" }
}

/// Reading inputs and writing outputs: the only file access in socialplan. Inputs and outputs
/// are regular files only (docs/cli.md, "Reading and writing files").
enum FileAccess {
    /// Reads a whole file, refusing folders, FIFOs, devices and files larger than `maxBytes`
    /// before reading them. The file is remembered as an input of this run (``InputFiles``).
    static func read(_ path: String, maxBytes: Int = YAMLLimits.standard.maxBytes) throws -> [UInt8] {
        let fd = try openForReading(path, kind: "strategy file")
        defer { close(fd) }
        // Read at most one byte past the limit so a huge file is refused without loading it.
        var bytes: [UInt8] = []
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        while bytes.count <= maxBytes {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, min(chunk, maxBytes + 1 - bytes.count)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileAccessError(path: path, reason: "cannot be read: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            bytes += buffer[0..<n]
        }
        guard bytes.count <= maxBytes else {
            throw FileAccessError(path: path, reason: "is larger than the \(maxBytes / (1 << 20)) MiB limit for strategy files")
        }
        return bytes
    }

    /// Opens `path` for reading if it is a regular file, without blocking on a FIFO: the type is
    /// checked before opening and again on the open descriptor. `kind` names the file in the
    /// messages ("is a folder, not a log file").
    static func openForReading(_ path: String, kind: String) throws -> Int32 {
        var info = stat()
        guard stat(path, &info) == 0 else { throw FileAccessError(path: path, reason: missingReason(path, errno: errno)) }
        try requireRegular(info, path: path, kind: kind)
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw FileAccessError(path: path, reason: missingReason(path, errno: errno)) }
        guard fstat(fd, &info) == 0 else { close(fd); throw FileAccessError(path: path, reason: "cannot be read") }
        do { try requireRegular(info, path: path, kind: kind) } catch { close(fd); throw error }
        InputFiles.shared.add(info)
        return fd
    }

    /// Why `path` could not be found or opened, in words that are true: a name that is not
    /// UTF-8 arrives with U+FFFD in it, and is said to be that rather than missing.
    static func missingReason(_ path: String, errno code: Int32) -> String {
        switch code {
        case ENOENT where path.contains("\u{FFFD}"):
            return "cannot be opened: its name is not valid UTF-8 (shown with �); rename the file"
        case ENOENT: return "no such file"
        case EACCES: return "cannot be read (permission denied)"
        default: return "cannot be read: \(String(cString: strerror(code)))"
        }
    }

    /// Throws unless `info` is a regular file.
    static func requireRegular(_ info: stat, path: String, kind: String) throws {
        let type = info.st_mode & S_IFMT
        if type == S_IFREG { return }
        if type == S_IFDIR { throw FileAccessError(path: path, reason: "is a folder, not a \(kind)") }
        throw FileAccessError(path: path, reason: "is \(describe(type)), not a regular file; socialplan reads regular files only")
    }

    /// "a FIFO (named pipe)", "a character device"… for a file type.
    static func describe(_ type: mode_t) -> String {
        switch type {
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a folder"
        case S_IFLNK: return "a symbolic link"
        default: return "not a regular file"
        }
    }

    /// Writes `text` atomically (see ``writeAtomically(to:overwrite:_:)``).
    static func writeAtomically(_ text: String, to path: String, overwrite: Bool = true) throws {
        try writeAtomically(to: path, overwrite: overwrite) { write in try write(text) }
    }

    /// Writes what `body` hands to its `write` function to `path` atomically: a temporary file in
    /// the same folder (removed on failure, SIGINT or SIGTERM), then a rename, so readers never
    /// see half a file and a large output is streamed, not held. The rules of ``OutputTarget``
    /// decide where it goes (regular files only; a symlink writes its target); a replaced file
    /// keeps its mode and, where allowed, its owner. Refuses to replace an existing file unless
    /// `overwrite` is set.
    static func writeAtomically(to path: String, overwrite: Bool = true,
                                _ body: (_ write: (String) throws -> Void) throws -> Void) throws {
        let target = try OutputTarget.resolve(path, overwrite: overwrite)
        let folder = (target.path as NSString).deletingLastPathComponent
        let name = (target.path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(getpid()).tmp"
        TemporaryOutput.register(temporary)
        defer { TemporaryOutput.clear() }
        var fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if fd < 0 && errno == EEXIST {
            unlink(temporary)  // our own leftover: the name carries this process id
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        }
        guard fd >= 0 else {
            throw FileAccessError(path: path, reason: "cannot be written: \(String(cString: strerror(errno)))")
        }
        func abandon(_ reason: String) -> FileAccessError {
            close(fd)
            unlink(temporary)
            return FileAccessError(path: path, reason: reason)
        }
        if let existing = target.existing {
            _ = fchmod(fd, existing.st_mode & 0o7777)
            _ = fchown(fd, existing.st_uid, existing.st_gid)  // allowed for root, or a group of ours
        }
        do {
            try body { text in
                if let code = RawOutput.write(Array(text.utf8), to: fd) {
                    throw FileAccessError(path: path, reason: "cannot be written: \(String(cString: strerror(code)))")
                }
            }
        } catch let error as FileAccessError {
            throw abandon(error.reason)
        } catch {
            throw abandon("cannot be written: \(error)")
        }
        if fsync(fd) != 0 && errno != EINVAL { throw abandon("cannot be written: \(String(cString: strerror(errno)))") }
        guard close(fd) == 0 else {
            unlink(temporary)
            throw FileAccessError(path: path, reason: "cannot be written: \(String(cString: strerror(errno)))")
        }
        if !overwrite {
            // link(2) fails when the name exists: no other run's file is ever replaced.
            defer { unlink(temporary) }
            guard link(temporary, target.path) == 0 else {
                let reason = errno == EEXIST ? "already exists; pass --force to replace it" : "cannot be written: \(String(cString: strerror(errno)))"
                throw FileAccessError(path: path, reason: reason)
            }
            return
        }
        if rename(temporary, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw FileAccessError(path: path, reason: "cannot be written: \(reason)")
        }
    }
}
