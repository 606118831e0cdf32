/// Text forms of instants and wall times used by every export, without Foundation formatters
/// (which depend on the machine's locale).
public enum InstantFormat {
    /// `2026-11-30T08:00:00Z`.
    public static func utc(_ instant: Int) -> String {
        let day = instant >= 0 ? instant / 86_400 : -((-instant + 86_399) / 86_400)
        let seconds = instant - day * 86_400
        return "\(LocalDate(dayNumber: day))T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))Z"
    }

    /// `09:05` for a minute of the day.
    public static func clock(_ minute: Int) -> String { ClockTime(minutes: minute).description }

    /// `2026-11-30 09:05` for a wall time.
    public static func wall(_ date: LocalDate, _ minute: Int) -> String { "\(date) \(clock(minute))" }

    /// `Mon 30 Nov`.
    public static func day(_ date: LocalDate) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(date.weekday.shortName) \(two(date.day)) \(months[date.month - 1])"
    }

    /// `+01:00` for an offset in seconds.
    public static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let a = abs(seconds)
        return "\(sign)\(two(a / 3600)):\(two(a / 60 % 60))"
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
