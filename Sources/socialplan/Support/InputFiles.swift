import Foundation

/// The files this run has read (device and inode), so no output replaces one of them:
/// `-o shop.yaml` on `check shop.yaml`, `--rows log.csv` on `--log log.csv`.
final class InputFiles: @unchecked Sendable {
    /// The run's inputs (validate reads files on several threads).
    static let shared = InputFiles()

    private let lock = NSLock()
    private var files: Set<[UInt64]> = []

    /// Remembers an input file.
    func add(_ info: stat) {
        lock.withLock { _ = files.insert([UInt64(info.st_dev), UInt64(info.st_ino)]) }
    }

    /// Whether `info` is an input of this run.
    func contains(_ info: stat) -> Bool {
        lock.withLock { files.contains([UInt64(info.st_dev), UInt64(info.st_ino)]) }
    }
}
