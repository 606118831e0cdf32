import ArgumentParser
import Foundation
import SocialPlanCore

/// Streams a reply log (a file, or standard input for `-`) through a ``LogReader`` in 1 MiB
/// chunks, so memory does not grow with the file. Skipped rows are reported on standard error
/// as `LOG:LINE: skipped: reason` (the first `shownSkips`; the summary counts them all); a
/// failure (empty file, wrong header, binary data) ends the command with exit 2.
enum LogInput {
    /// Skipped rows printed one by one before only the counts are kept.
    static let shownSkips = 100

    /// Reads `path` in `format`, handing every message to `each`; returns the reader's summary.
    /// With `strict`, the first malformed row ends the command with exit 2.
    static func read(_ path: String, format: LogFormat, strict: Bool, each: (LogMessage) -> Void) throws -> LogReadSummary {
        let fd: Int32
        if path == "-" {
            fd = 0
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw fail("error: \(path): no such file")
            }
            guard !isDirectory.boolValue else { throw fail("error: \(path): is a folder, not a log file") }
            fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw fail("error: \(path): cannot be read (\(String(cString: strerror(errno))))") }
        }
        defer { if fd > 0 { close(fd) } }
        let name = path == "-" ? "<stdin>" : path
        var reader = LogReader(format: format)
        var shown = 0
        var stop: ExitCode?
        let sink: (LogReadEvent) -> Void = { event in
            guard stop == nil else { return }
            switch event {
            case .message(let message): each(message)
            case .skipped(let skip):
                if strict {
                    Terminal.writeError("error: \(name):\(skip.line): \(skip.message) (--strict stops at the first malformed row)\n")
                    stop = ExitCode(2)
                } else if shown < shownSkips {
                    Terminal.writeError("\(name):\(skip.line): skipped: \(skip.message)\n")
                    shown += 1
                }
            case .failed(let failure):
                let place = failure.line.map { "\(name):\($0)" } ?? name
                Terminal.writeError("error: \(place): \(failure.message)\n" + (failure.help.map { "  = help: \($0)\n" } ?? ""))
                stop = ExitCode(2)
            }
        }
        let size = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        while stop == nil {
            let n = Foundation.read(fd, buffer.baseAddress, size)
            if n < 0 {
                if errno == EINTR { continue }
                throw fail("error: \(name): read failed (\(String(cString: strerror(errno))))")
            }
            if n == 0 { break }
            reader.feed(UnsafeRawBufferPointer(rebasing: buffer[0..<n]), sink)
        }
        if stop == nil { reader.finish(sink) }
        if let stop { throw stop }
        let hidden = reader.summary.rowsSkipped - shown
        if hidden > 0 { Terminal.writeError("\(name): \(hidden) more skipped rows not shown (counted in the summary)\n") }
        return reader.summary
    }

    /// Prints `message` and gives the exit-2 error to throw.
    private static func fail(_ message: String) -> ExitCode {
        Terminal.writeError(message + "\n")
        return ExitCode(2)
    }
}
