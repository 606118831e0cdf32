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
            do {
                fd = try FileAccess.openForReading(path, kind: "log file")
            } catch let error as FileAccessError {
                let stream = error.reason.contains("FIFO") || error.reason.contains("device")
                throw fail("error: \(error)" + (stream ? "\n  = help: to read a stream, pass --log - and redirect it to standard input" : ""))
            }
            // Regular files only reach here; reading them blocks as usual.
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        }
        defer { if fd > 0 { close(fd) } }
        let name = path == "-" ? "<stdin>" : path
        var shown = 0
        var stop: ExitCode?
        func sink(_ event: LogReadEvent) {
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
        // Reading and decoding run on a second thread, handing over batches of events, so that
        // `each` (the audit's bookkeeping) overlaps with reading: the order of events is kept.
        let pipe = EventPipe()
        let producer = Thread { pipe.produce(fd: fd, format: format) }
        producer.stackSize = 1 << 22
        producer.start()
        while stop == nil, let batch = pipe.take() {
            // Each event is moved out of the batch (no copy of the message).
            for i in 0..<batch.count {
                let event = (batch.base + i).move()
                if stop == nil {
                    sink(event)
                }
            }
            batch.base.deallocate()
        }
        pipe.cancel()
        let (summary, readError) = pipe.result()
        if stop == nil, let readError { throw fail("error: \(name): read failed (\(readError))") }
        if let stop { throw stop }
        let hidden = summary.rowsSkipped - shown
        if hidden > 0 { Terminal.writeError("\(name): \(hidden) more skipped rows not shown (counted in the summary)\n") }
        return summary
    }

    /// Ends the command with exit 2, as `audit` does, when `result` used no row of its log
    /// or names an `--account` the log never has.
    static func requireMeasured(_ result: AuditResult) throws {
        if let source = result.source, source.summary.rowsUsed == 0 {
            throw fail("error: \(source.name == "-" ? "<stdin>" : source.name): no row could be used (\(source.description)); nothing was measured")
        }
        guard !result.unknownAccounts.isEmpty else { return }
        for unknown in result.unknownAccounts { Terminal.writeError("error: \(unknown.description)\n") }
        throw ExitCode(2)
    }

    /// Ends the command with exit 2 when `comparison` found no whole ISO week in `zone`;
    /// `option` names what needs one (`--compare`, `--log`).
    static func requireWholeWeek(_ comparison: AuditComparison, zone: String, option: String) throws {
        guard comparison.weeks.isEmpty else { return }
        throw fail("error: the log covers no whole ISO week in \(zone) (partial: "
            + (comparison.partialWeeks.isEmpty ? "none" : comparison.partialWeeks.map(\.description).joined(separator: ", "))
            + "); \(option) needs at least one week from Monday to Sunday")
    }

    /// Prints `message` and gives the exit-2 error to throw.
    private static func fail(_ message: String) -> ExitCode {
        Terminal.writeError(message + "\n")
        return ExitCode(2)
    }
}

/// Events read, in order: `count` initialised values at `base`, owned by whoever holds the batch
/// (the taker moves them out and deallocates).
private struct EventBatch: @unchecked Sendable {
    let base: UnsafeMutablePointer<LogReadEvent>
    let count: Int

    /// Destroys the events and frees the memory.
    func discard() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}

/// A bounded hand-over of reader events from the reading thread to the caller's thread: at most
/// `limit` batches wait, so memory stays bounded whatever the file size.
private final class EventPipe: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [EventBatch] = []
    private var finished = false, cancelled = false
    private var summary: LogReadSummary?
    private var readError: String?
    private let limit = 4, batchSize = 2048

    /// Reads `fd` in 1 MiB chunks through a ``LogReader`` (on the reading thread) until the end,
    /// a read error or `cancel()`.
    func produce(fd: Int32, format: LogFormat) {
        var reader = LogReader(format: format)
        reader.keepsResponseIDs = false
        let size = batchSize
        var base = UnsafeMutablePointer<LogReadEvent>.allocate(capacity: size)
        var count = 0
        var open = true
        let sink: (LogReadEvent) -> Void = { event in
            (base + count).initialize(to: event)
            count += 1
            if count == size {
                open = self.put(EventBatch(base: base, count: count)) && open
                base = .allocate(capacity: size)
                count = 0
            }
        }
        let chunk = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        var error: String?
        while open {
            let n = Foundation.read(fd, buffer.baseAddress, chunk)
            if n < 0 {
                if errno == EINTR { continue }
                error = String(cString: strerror(errno))
                break
            }
            if n == 0 { break }
            reader.feed(UnsafeRawBufferPointer(rebasing: buffer[0..<n]), sink)
        }
        if open && error == nil { reader.finish(sink) }
        _ = put(EventBatch(base: base, count: count))
        condition.lock()
        summary = reader.summary
        readError = error
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Hands over one batch, waiting while `limit` are queued; false (and the batch discarded)
    /// once cancelled.
    private func put(_ batch: EventBatch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= limit && !cancelled { condition.wait() }
        guard !cancelled else { batch.discard(); return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// The next batch, waiting for one; nil when reading has finished and all were taken.
    func take() -> EventBatch? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        guard !batches.isEmpty else { return nil }
        let batch = batches.removeFirst()
        condition.broadcast()
        return batch
    }

    /// Stops the reading thread at its next batch (the caller has seen enough).
    func cancel() {
        condition.lock()
        cancelled = true
        for batch in batches { batch.discard() }
        batches.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// The reader's summary and any read error, once the reading thread has finished.
    func result() -> (LogReadSummary, String?) {
        condition.lock()
        defer { condition.unlock() }
        while !finished { condition.wait() }
        return (summary!, readError)
    }
}
