@testable import SocialPlanCore

/// Builders shared by the SLA tests: Oslo wall times, weekly hours, calendars over a window.
enum SLAFixture {
    static let zone = "Europe/Oslo"
    /// 2026-01-01 and 2027-01-01 in UTC: every calendar in these tests covers 2026.
    static let from = 1_767_225_600, to = 1_798_761_600
    static let clock = ZoneClock(zone: zone, from: from, to: to)

    /// The instant of an (unambiguous) Oslo wall time, `second` seconds past the minute.
    static func at(_ date: String, _ hour: Int, _ minute: Int = 0, second: Int = 0) -> Int {
        clock.instant(of: day(date), minute: hour * 60 + minute) + second
    }

    static func day(_ text: String) -> LocalDate {
        if case .success(let d) = LocalDate.parse(text) { return d }
        preconditionFailure("bad test date \(text)")
    }

    /// Hours with the same `periods` (like `"09:00-17:00"`) on each of `days`.
    static func hours(_ days: [Weekday], _ periods: String...) -> WeeklyHours {
        var h = WeeklyHours.none
        let parsed = periods.compactMap { try? TimePeriod.parse($0).get() }
        precondition(parsed.count == periods.count, "bad test period")
        for d in days { h[d] = parsed }
        return h
    }

    static let weekdays: [Weekday] = [.mon, .tue, .wed, .thu, .fri]

    static func calendar(_ hours: WeeklyHours, holidays: [String] = []) -> BusinessCalendar {
        let spans = holidays.compactMap { try? DateSpan.parse($0).get() }
        let c = BusinessCalendar(hours: hours, holidays: spans, zone: zone, from: from, to: to)
        c._checkInvariants()
        return c
    }

    static let officeHours = calendar(hours(weekdays, "09:00-17:00"))
}
