/// A daily period of wall-clock time, `08:00-16:00`.
///
/// A period whose end is at or before its start runs past midnight into the next local date
/// (`22:00-02:00`); `24:00` is a valid end, and `00:00-24:00` is the whole day.
public struct TimePeriod: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Where the period starts (0…1439 minutes).
    public var start: ClockTime
    /// Where it ends (1…1440 minutes); at or before `start` means the next day.
    public var end: ClockTime

    /// Creates a period.
    public init(start: ClockTime, end: ClockTime) {
        self.start = start
        self.end = end
    }

    /// True when the period runs past midnight.
    public var crossesMidnight: Bool { end <= start }

    /// Length in minutes (1…1440).
    public var lengthMinutes: Int {
        crossesMidnight ? 1440 - start.minutes + end.minutes : end.minutes - start.minutes
    }

    /// The period as minute offsets from the start of its own day: `start..<start+length`.
    public var minuteRange: Range<Int> { start.minutes..<(start.minutes + lengthMinutes) }

    /// `08:00-16:00`.
    public var description: String { "\(start)-\(end)" }

    /// Parses `HH:MM-HH:MM` (an en dash is accepted too).
    public static func parse(_ text: String) -> Result<TimePeriod, ValueError> {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
        guard parts.count == 2 else {
            return .failure(ValueError("`\(text)` is not a time period", help: "write a period like \"08:00-16:00\""))
        }
        let start: ClockTime
        switch ClockTime.parse(String(parts[0])) {
        case .success(let s): start = s
        case .failure(let e): return .failure(ValueError("`\(text)` is not a time period: \(e.message)", help: e.help))
        }
        switch ClockTime.parse(String(parts[1]), allowMidnightEnd: true) {
        case .success(let end): return .success(TimePeriod(start: start, end: end))
        case .failure(let e): return .failure(ValueError("`\(text)` is not a time period: \(e.message)", help: e.help))
        }
    }
}

