import SocialPlanCore

/// The value parsers on any text: no crash, and a refusal always says something.
enum ValuesFuzz {
    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        func check<T>(_ r: Result<T, ValueError>, _ what: String) {
            if case .failure(let e) = r { FuzzCheck.require(!e.message.isEmpty, "\(what) refused `\(text)` without a message") }
        }
        check(TimeSpan.parse(text), "duration")
        check(ClockTime.parse(text), "clock time")
        check(ClockTime.parse(text, allowMidnightEnd: true), "clock time (end)")
        check(TimePeriod.parse(text), "period")
        check(Weekday.parseSet(text), "weekday set")
        _ = Weekday.parse(text)
        check(ArrivalRate.parse(text), "rate")
        check(Cadence.parse(text), "cadence")
        check(Percentage.parse(text), "percentage")
        check(LocalDate.parse(text), "date")
        check(DateSpan.parse(text), "date span")
    }
}
