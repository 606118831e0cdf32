import Foundation
import SocialPlanCore

/// Where output goes and whether it may be coloured. Every byte socialplan writes to standard
/// output or standard error goes through ``write(_:to:styled:)``: control characters are escaped
/// (nothing from a file can drive the terminal) and a failed write ends the run with exit 2
/// instead of a trap (docs/cli.md, "Writing output").
enum Terminal {
    /// Colour only on a terminal, and never when `NO_COLOR` is set to a non-empty value.
    static func colorsAllowed(fileDescriptor: Int32) -> Bool {
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
        if ProcessInfo.processInfo.environment["TERM"] == "dumb" { return false }
        return isatty(fileDescriptor) == 1
    }

    /// Writes to standard error. `styled`: the text carries socialplan's own colour codes and
    /// its user strings were escaped by the renderer (``TextDiagnosticRenderer``).
    static func writeError(_ text: String, styled: Bool = false) {
        write(text, to: 2, styled: styled)
    }

    /// Writes to standard output (see ``writeError(_:styled:)`` for `styled`).
    static func writeOutput(_ text: String, styled: Bool = false) {
        write(text, to: 1, styled: styled)
    }

    /// Writes `text` to `fd` with control characters escaped (line feeds, tabs and CRLF line
    /// ends kept), unless `styled`. A closed pipe (`socialplan … | head`) ends the run quietly
    /// with exit 2; any other failure (a full disk, `> /dev/full`) is reported on standard error
    /// when that still works, and ends the run with exit 2.
    static func write(_ text: String, to fd: Int32, styled: Bool = false) {
        let safe = styled ? text : TerminalText.escaped(text)
        if let failure = RawOutput.write(Array(safe.utf8), to: fd) {
            fail(fd: fd, errno: failure)
        }
    }

    /// Ends the run after a failed write to `fd`: removes a temporary output file, says why on
    /// standard error (unless that is what failed, or the reader of a pipe left) and exits 2.
    static func fail(fd: Int32, errno code: Int32) -> Never {
        TemporaryOutput.removeRegistered()
        if code != EPIPE && fd != 2 {
            let name = fd == 1 ? "standard output" : "file descriptor \(fd)"
            _ = RawOutput.write(Array("error: cannot write to \(name): \(String(cString: strerror(code)))\n".utf8), to: 2)
        }
        exit(2)
    }
}

/// `write(2)` in a loop: short writes continue, `EINTR` retries, `EAGAIN` (a non-blocking
/// descriptor) waits until it is writable. Never traps, unlike `FileHandle.write`.
enum RawOutput {
    /// Writes every byte; nil when done, else the `errno` of the failure.
    static func write(_ bytes: [UInt8], to fd: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, base + offset, buffer.count - offset)
                if n > 0 { offset += n; continue }
                if n < 0 && errno == EINTR { continue }
                if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                    var poller = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&poller, 1, -1)
                    continue
                }
                return n < 0 ? errno : EIO
            }
            return nil
        }
    }
}
