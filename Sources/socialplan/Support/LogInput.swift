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
        let fd = try open(path)
        defer { if fd > 0 { close(fd) } }
        var printer = EventPrinter(name: name(path), strict: strict)
        // Reading and decoding run on a second thread, handing over batches of events, so that
        // `each` overlaps with reading: the order of events is kept.
        let pipe = EventPipe()
        let producer = Thread { pipe.produce(fd: fd, format: format) }
        producer.stackSize = 1 << 22
        producer.start()
        while printer.stop == nil, let batch = pipe.take() {
            // Each event is moved out of the batch (no copy of the message).
            for i in 0..<batch.count {
                let event = (batch.base + i).move()
                guard printer.stop == nil else { continue }
                if case .message(let message) = event { each(message) } else { _ = printer.take(event) }
            }
            batch.base.deallocate()
        }
        pipe.cancel()
        let (summary, readError) = pipe.result()
        if printer.stop == nil, let readError { throw fail("error: \(printer.name): read failed (\(readError))") }
        return try printer.end(summary)
    }

    /// Reads `path` in `format` into the audit `builder` (``AuditBuilder/read(_:format:plan:report:)``):
    /// rows go in without becoming messages, and a large file is read in parts on every core
    /// (one part with `strict`, so that the first malformed row ends reading at once).
    static func read(_ path: String, format: LogFormat, strict: Bool, into builder: inout AuditBuilder) throws -> LogReadSummary {
        let fd = try open(path)
        defer { if fd > 0 { close(fd) } }
        var printer = EventPrinter(name: name(path), strict: strict)
        var info = stat()
        let size: Int? = fd > 0 && fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
        let source = LogSource(size: size) { offset, buffer in
            while true {
                let n = size == nil ? Foundation.read(fd, buffer.baseAddress, buffer.count) : pread(fd, buffer.baseAddress, buffer.count, off_t(offset))
                if n >= 0 { return n }
                if errno != EINTR { throw LogReadError(reason: String(cString: strerror(errno))) }
            }
        }
        var plan = AuditBuilder.ReadPlan()
        plan.keptSkips = shownSkips
        if strict { plan.parts = 1 }
        let summary: LogReadSummary
        do {
            summary = try builder.read(source, format: format, plan: plan) { printer.take($0) }
        } catch let error as LogReadError {
            throw fail("error: \(printer.name): read failed (\(error.reason))")
        }
        return try printer.end(summary)
    }

    /// The descriptor of `path` (0 for `-`, standard input), or exit 2 with the reason.
    private static func open(_ path: String) throws -> Int32 {
        guard path != "-" else { return 0 }
        let fd: Int32
        do {
            fd = try FileAccess.openForReading(path, kind: "log file")
        } catch let error as FileAccessError {
            let stream = error.reason.contains("FIFO") || error.reason.contains("device")
            throw fail("error: \(error)" + (stream ? "\n  = help: to read a stream, pass --log - and redirect it to standard input" : ""))
        }
        // Regular files only reach here; reading them blocks as usual.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    private static func name(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    /// A read that failed, with the system's words.
    private struct LogReadError: Error { let reason: String }

    /// Prints skipped rows on standard error as `LOG:LINE: skipped: reason` (the first
    /// ``shownSkips``) and a failure as an error; decides when reading stops.
    private struct EventPrinter {
        let name: String
        let strict: Bool
        var shown = 0
        /// Set when the command must end (a failure, or a malformed row with `strict`).
        var stop: ExitCode?

        init(name: String, strict: Bool) {
            self.name = name
            self.strict = strict
        }

        /// Prints a skipped row or the failure; false once reading must stop.
        mutating func take(_ event: LogReadEvent) -> Bool {
            guard stop == nil else { return false }
            switch event {
            case .message: break
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
            return stop == nil
        }

        /// Ends the read: throws the exit it stopped with, or says how many skipped rows were not shown.
        func end(_ summary: LogReadSummary) throws -> LogReadSummary {
            if let stop { throw stop }
            let hidden = summary.rowsSkipped - shown
            if hidden > 0 { Terminal.writeError("\(name): \(hidden) more skipped rows not shown (counted in the summary)\n") }
            return summary
        }
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
