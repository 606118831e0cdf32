import Foundation

/// How a log writes its timestamps.
///
/// Spellings users type (`--time-format`, `audit: time_format:`), see ``parse(_:)``:
/// `iso8601`, `twitter`, `unix`, `unix-ms`, or a strftime-like pattern (`%Y-%m-%d %H:%M:%S`).
public enum LogTimestampFormat: Sendable, Hashable, CustomStringConvertible {
    /// `2017-10-31T22:10:47Z`, `2017-10-31 22:10:47+01:00`, `2017-10-31T22:10`, fractions
    /// allowed; without an offset the time is read in the mapping's zone (UTC by default).
    case iso8601
    /// `Tue Oct 31 22:10:47 +0000 2017` (the TWCS form, honouring the offset); ISO 8601 is also
    /// accepted, since tools that re-export the dataset rewrite the column that way.
    case twitter
    /// Seconds since 1970-01-01 UTC, decimals allowed (truncated towards the past).
    case unix
    /// Milliseconds since 1970-01-01 UTC.
    case unixMillis
    /// A pattern of `%` directives, see ``LogTimePattern``.
    case pattern(LogTimePattern)

    /// Reads a format as users type it. Complexity: O(n).
    public static func parse(_ text: String) -> Result<LogTimestampFormat, ValueError> {
        let t = text.trimmingCharacters(in: .whitespaces)
        switch t.lowercased() {
        case "iso8601", "iso-8601", "iso": return .success(.iso8601)
        case "twitter", "twcs": return .success(.twitter)
        case "unix", "unix-seconds", "epoch": return .success(.unix)
        case "unix-ms", "unix-millis", "unixmillis", "epoch-ms": return .success(.unixMillis)
        default: break
        }
        guard t.contains("%") else {
            return .failure(ValueError("`\(text)` is not a time format", help: Self.help))
        }
        return LogTimePattern.parse(t).map { .pattern($0) }
    }

    /// What valid formats look like.
    static let help = "write iso8601, twitter, unix, unix-ms, or a pattern such as \"%Y-%m-%d %H:%M:%S\""

    /// The spelling ``parse(_:)`` reads back.
    public var description: String {
        switch self {
        case .iso8601: return "iso8601"
        case .twitter: return "twitter"
        case .unix: return "unix"
        case .unixMillis: return "unix-ms"
        case .pattern(let p): return p.text
        }
    }
}
