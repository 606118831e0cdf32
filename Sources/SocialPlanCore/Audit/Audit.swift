/// The audit of a reply log as one call: options in, result out (docs/audit.md). The caller
/// owns the reading (a file, standard input, a test's array); the audit owns every step after
/// it: reduce each message on arrival, join threads, measure, roll up.
public enum Audit {
    /// Audits what `read` adds to the builder it is given, in any order (messages with
    /// ``AuditBuilder/add(_:)``, or a whole log with ``AuditBuilder/read(_:format:plan:report:)``);
    /// `read` returns its reader's summary, kept in the result as the source named `logName`.
    /// Complexity: that of ``AuditBuilder/finish()`` plus O(text) per message.
    public static func run(_ options: AuditOptions, logName: String,
                           read: (_ builder: inout AuditBuilder) throws -> LogReadSummary) rethrows -> AuditResult {
        var builder = AuditBuilder(options: options)
        let summary = try read(&builder)
        var result = builder.finish()
        result.source = AuditSource(name: logName, summary: summary)
        return result
    }

    /// Audits `messages` (no reader, so no source in the result).
    public static func run(_ options: AuditOptions, messages: some Sequence<LogMessage>) -> AuditResult {
        var builder = AuditBuilder(options: options)
        for m in messages { builder.add(m) }
        return builder.finish()
    }
}
