import SocialPlanCore

/// The log reader (TWCS CSV, or JSON Lines with the TWCS field names) on any bytes: no crash;
/// it never reports more rows than the input has lines; used and skipped rows add up to the
/// rows read; every skip and failure names a line of the input; and reading in small chunks
/// gives exactly what reading in one piece gives (but the bytes fed after a failure); and the
/// audit reading the bytes in parts, split anywhere, gives what one reader gives.
enum LogFuzz {
    static func run(_ bytes: [UInt8], jsonLines: Bool) {
        let format: LogFormat = jsonLines ? .jsonl(.twcs) : .twcs
        // The first byte picks the chunk size of the second read (1–64 bytes), so record
        // boundaries fall everywhere.
        let chunk = Int(bytes.first ?? 0) % 64 + 1
        let whole = LogReader.read(bytes, format: format)
        let lines = bytes.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let s = whole.summary
        FuzzCheck.require(s.rowsRead <= lines, "\(s.rowsRead) rows read from \(lines) lines")
        FuzzCheck.require(s.rowsUsed == whole.messages.count, "\(s.rowsUsed) rows used, \(whole.messages.count) messages")
        FuzzCheck.require(s.rowsUsed + s.rowsSkipped <= s.rowsRead, "\(s.rowsUsed) used + \(s.rowsSkipped) skipped > \(s.rowsRead) read")
        FuzzCheck.require(whole.skips.count == s.rowsSkipped, "\(whole.skips.count) skips listed, \(s.rowsSkipped) counted")
        for skip in whole.skips { FuzzCheck.require(skip.line >= 1 && skip.line <= lines, "skip at line \(skip.line) of \(lines)") }
        if let line = whole.failure?.line { FuzzCheck.require(line >= 1 && line <= lines, "failure at line \(line) of \(lines)") }
        let chunked = LogReader.read(bytes, format: format, chunkSize: chunk)
        FuzzCheck.require(chunked.messages == whole.messages, "reading in \(chunk)-byte chunks gave other messages: \(chunked.messages.count) vs \(whole.messages.count)")
        FuzzCheck.require(chunked.skips == whole.skips, "reading in \(chunk)-byte chunks gave other skips: \(chunked.skips) vs \(whole.skips)")
        FuzzCheck.require(chunked.failure == whole.failure, "reading in \(chunk)-byte chunks gave another failure: \(String(describing: chunked.failure)) vs \(String(describing: whole.failure))")
        // After a failure the reader takes no more chunks, so `bytesRead` depends on where the
        // chunks end; everything else must not.
        var a = chunked.summary, b = whole.summary
        if whole.failure != nil { a.bytesRead = 0; b.bytesRead = 0 }
        FuzzCheck.require(a == b, "reading in \(chunk)-byte chunks gave another summary: \(chunked.summary) vs \(whole.summary)")
        auditInParts(bytes, format: format, chunk: chunk)
    }

    /// Made once: the closing phrases of every language are a table to build.
    static let options = AuditOptions(slas: [])

    /// ``AuditBuilder/read(_:format:plan:report:)`` in up to 4 parts of at least 16 bytes
    /// against one part: the same events, summary and audit.
    static func auditInParts(_ bytes: [UInt8], format: LogFormat, chunk: Int) {
        func audit(parts: Int) -> (AuditResult, LogReadSummary, [LogReadEvent]) {
            var builder = AuditBuilder(options: options)
            var plan = AuditBuilder.ReadPlan()
            plan.parts = parts
            plan.minimumPartBytes = 16
            plan.chunkSize = chunk
            plan.keptSkips = .max
            var events: [LogReadEvent] = []
            let summary = try? builder.read(.bytes(bytes), format: format, plan: plan) { events.append($0); return true }
            return (builder.finish(), summary ?? LogReadSummary(), events)
        }
        let one = audit(parts: 1), split = audit(parts: 4)
        FuzzCheck.require(split.2 == one.2, "reading in parts gave other events: \(split.2.count) vs \(one.2.count)")
        var a = split.1, b = one.1
        if one.2.contains(where: { if case .failed = $0 { return true } else { return false } }) { a.bytesRead = 0; b.bytesRead = 0 }
        FuzzCheck.require(a == b, "reading in parts gave another summary: \(split.1) vs \(one.1)")
        FuzzCheck.require(split.0 == one.0, "reading in parts gave another audit")
    }
}
