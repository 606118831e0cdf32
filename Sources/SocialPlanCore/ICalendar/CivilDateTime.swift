/// A proleptic-Gregorian date and time of day with no zone, and its arithmetic.
///
/// Plain integer arithmetic (``LocalDate``'s, Howard Hinnant's `days_from_civil`) instead of
/// `Calendar`, so the result never depends on a locale, a default time zone or the wall clock.
struct CivilDateTime: Sendable, Hashable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int

    /// A date and time from parts; out-of-range parts are carried, not checked.
    init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The date and time `seconds` after 1970-01-01 00:00.
    init(wallSeconds seconds: Int) {
        let days = Self.floorDiv(seconds, 86_400)
        let inDay = seconds - days * 86_400
        let (y, m, d) = Self.civil(fromDays: days)
        self.init(year: y, month: m, day: d, hour: inDay / 3600, minute: inDay % 3600 / 60, second: inDay % 60)
    }

    /// Seconds since 1970-01-01 00:00, carrying out-of-range parts (month 13 is next January).
    var wallSeconds: Int {
        let monthIndex = month - 1
        let y = year + Self.floorDiv(monthIndex, 12)
        let m = monthIndex - Self.floorDiv(monthIndex, 12) * 12 + 1
        let days = Self.days(year: y, month: m, day: 1) + day - 1
        return days * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// `YYYYMMDDTHHMMSS`, the RFC 5545 DATE-TIME form without zone suffix.
    var basicFormat: String {
        Self.pad(year, 4) + Self.pad(month, 2) + Self.pad(day, 2) + "T"
            + Self.pad(hour, 2) + Self.pad(minute, 2) + Self.pad(second, 2)
    }

    /// Day of the week, 0 = Sunday … 6 = Saturday.
    var weekday: Int {
        let days = Self.days(year: year, month: month, day: day)
        return Self.floorMod(days + 4, 7)          // 1970-01-01 was a Thursday
    }

    /// Days since 1970-01-01 of a valid date (``LocalDate``'s day arithmetic).
    static func days(year: Int, month: Int, day: Int) -> Int {
        LocalDate(year: year, month: month, day: day).dayNumber
    }

    /// The valid date `days` after 1970-01-01.
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let date = LocalDate(dayNumber: days)
        return (date.year, date.month, date.day)
    }

    /// Days in `month` of `year`.
    static func daysInMonth(year: Int, month: Int) -> Int {
        let next = month == 12 ? days(year: year + 1, month: 1, day: 1) : days(year: year, month: month + 1, day: 1)
        return next - days(year: year, month: month, day: 1)
    }

    /// `a / b` rounded toward negative infinity (times before 1970 are negative).
    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    /// `a mod b` in `0..<b` for positive `b`.
    static func floorMod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }

    /// Zero-padded decimal; a negative year keeps its sign (never written by socialplan).
    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
