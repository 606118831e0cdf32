import Foundation

/// Where an output file (`-o`, `--rows`, `--log-out`, `--suggest-fix`, `init`) really goes, and
/// whether it may: socialplan writes regular files only (docs/cli.md, "Reading and writing files").
///
/// - a new name in an existing folder: created;
/// - a regular file: replaced atomically, keeping its mode and owner; refused when it has other
///   hard links (the rename would split them) or is an input of this run;
/// - a symbolic link: the regular file it points to is replaced (the link stays a link); a link
///   to nothing, to a device or to a folder is refused;
/// - a device, FIFO, socket, folder or `/proc` / `/dev/fd` link: refused.
struct OutputTarget {
    /// The path to replace (the link's target for a symbolic link).
    var path: String
    /// The file being replaced, if any.
    var existing: stat?

    /// The target of `path`, or the reason it may not be written.
    static func resolve(_ path: String, overwrite: Bool) throws -> OutputTarget {
        func refuse(_ reason: String) -> FileAccessError { FileAccessError(path: path, reason: reason) }
        if isOpenFileLink(path) {
            throw refuse("is a link to an open file (/proc, /dev/fd); socialplan writes regular files only — leave out the option to write to standard output")
        }
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT else { throw refuse("cannot be written: \(String(cString: strerror(errno)))") }
            let folder = (path as NSString).deletingLastPathComponent
            var folderInfo = stat()
            guard stat(folder.isEmpty ? "." : folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
                throw refuse("folder \(folder) does not exist")
            }
            return OutputTarget(path: path, existing: nil)
        }
        var target = path
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realPath(path) else {
                throw refuse("is a symbolic link to nothing; socialplan writes through a link to an existing regular file only")
            }
            if isOpenFileLink(resolved) { throw refuse("links to an open file (\(resolved)); socialplan writes regular files only") }
            guard stat(resolved, &info) == 0 else { throw refuse("cannot be written: \(String(cString: strerror(errno)))") }
            target = resolved
        }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw refuse(target == path ? "is a folder" : "links to a folder (\(target))") }
        guard type == S_IFREG else {
            throw refuse("is \(FileAccess.describe(type)), not a regular file; socialplan writes regular files only")
        }
        if InputFiles.shared.contains(info) {
            throw refuse("is an input of this run; write the result to another file")
        }
        if !overwrite { throw refuse("already exists; pass --force to replace it") }
        if info.st_nlink > 1 {
            throw refuse("has \(info.st_nlink) hard links; replacing it would split them (the other names keep the old text) — write to a new file and move it")
        }
        return OutputTarget(path: target, existing: info)
    }

    /// `/proc/…`, `/dev/fd/…` and `/dev/stdin|stdout|stderr`: names of open descriptors.
    static func isOpenFileLink(_ path: String) -> Bool {
        // Only `//` and `/./` are folded: resolving links here would turn /proc/self/fd/1 into
        // the file behind it.
        var p = path
        while p.contains("//") { p = p.replacingOccurrences(of: "//", with: "/") }
        while p.contains("/./") { p = p.replacingOccurrences(of: "/./", with: "/") }
        return p.hasPrefix("/proc/") || p.hasPrefix("/dev/fd/") || ["/dev/stdin", "/dev/stdout", "/dev/stderr"].contains(p)
    }

    /// The absolute path with every link resolved, or nil when it leads nowhere.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
