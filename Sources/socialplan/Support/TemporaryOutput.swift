import Foundation

/// The temporary file an atomic write is filling, removed when the run is interrupted.
///
/// SIGINT and SIGTERM run a handler that unlinks the registered path (only async-signal-safe
/// calls: `unlink`, `signal`, `raise`) and re-raises the signal, so the shell still sees the run
/// killed by it. SIGPIPE is ignored, so a closed pipe is a write error (``Terminal``), not a kill.
enum TemporaryOutput {
    /// The registered path as a NUL-terminated C string; an empty string when none.
    nonisolated(unsafe) private static let path: UnsafeMutablePointer<CChar> = {
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: Int(PATH_MAX) + 1)
        p.initialize(repeating: 0, count: Int(PATH_MAX) + 1)
        return p
    }()

    /// Installs the handlers; called once when the run starts.
    static func installSignalHandlers() {
        _ = path
        signal(SIGPIPE, SIG_IGN)
        signal(SIGINT, onSignal)
        signal(SIGTERM, onSignal)
    }

    /// Registers `file` as the temporary file to remove on a signal (one at a time).
    static func register(_ file: String) {
        let bytes = Array(file.utf8.prefix(Int(PATH_MAX)))
        path[0] = 0
        for (i, b) in bytes.enumerated() where i > 0 { path[i] = CChar(bitPattern: b) }
        path[bytes.count] = 0
        if let first = bytes.first { path[0] = CChar(bitPattern: first) }
    }

    /// Forgets the registered file (it was renamed into place or removed).
    static func clear() { path[0] = 0 }

    /// Removes the registered file now (a write failed and the run is ending).
    static func removeRegistered() {
        if path[0] != 0 { unlink(path) }
        clear()
    }
}

/// The handler: unlink the temporary file, restore the default action and re-raise.
private func onSignal(_ signal: Int32) {
    TemporaryOutput.removeRegistered()
    Foundation.signal(signal, SIG_DFL)
    raise(signal)
}
